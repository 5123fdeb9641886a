import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { hasClassRule, selectPhrases } from './lib/select.js';

const ID = 'quantity/vague-plural';

/**
 * Vague plurals (Dutzende, Hunderte, Tausende, Zehntausende, Millionen …) with their counted noun:
 * value = lower bound, bound gte.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„Tausende von Truppen“ → ≥ 1000 Truppe, interval [1000, 10000)',
    priority: 55,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !hasClassRule(p) && p.shape === 'vague'),
};

export default rule;
