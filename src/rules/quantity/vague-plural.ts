import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Vague plurals (Dutzende, Hunderte, Tausende, Zehntausende, Millionen …) with their counted noun: value = lower bound, bound gte. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/vague-plural',
    description: '„Tausende von Truppen“ → ≥ 1000 Truppe, interval [1000, 10000)',
  },
  find: (ctx) => findKind(ctx, 'vague-plural', rule.meta.id),
};

export default rule;
