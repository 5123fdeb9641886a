import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Two-sided ranges with their counted noun: interval [min, max], value = min, bound gte. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/range',
    description: '„zwischen 10 und 20 Soldaten“, „10 bis 20 Soldaten“ → [10, 20] Soldat',
  },
  find: (ctx) => findKind(ctx, 'range', rule.meta.id),
};

export default rule;
