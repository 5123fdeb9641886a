import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { hasClassRule, selectPhrases } from './lib/select.js';

const ID = 'quantity/bounded-number';

/**
 * A count or measure with a one-sided qualifier (mindestens, mehr als, über, bis zu, unter …) or an
 * approximation word (rund, etwa, ca., knapp …) and its counted noun.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„mindestens 10.000 Soldaten“ → ≥ 10000 Soldat; „rund 500 Gäste“ → ≈ 500 Gast',
    priority: 60,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !hasClassRule(p) && p.shape === 'bounded'),
};

export default rule;
