import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { hasClassRule, selectPhrases } from './lib/select.js';

const ID = 'quantity/range';

/**
 * Two-sided ranges of a count or measure („zwischen 10 und 20 Soldaten“, „10 bis 20 km“, „10-20“):
 * interval [min, max], value = min, bound gte. Ranges of money, percents, durations and ages
 * belong to those rules.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwischen 10 und 20 Soldaten“, „10 bis 20 Soldaten“ → [10, 20] Soldat',
    priority: 65,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !hasClassRule(p) && p.shape === 'range'),
};

export default rule;
