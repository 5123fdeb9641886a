import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** A number with a one-sided qualifier (mindestens, mehr als, über, bis zu, unter …) or an approximation word (rund, etwa, ca., knapp …) and its counted noun. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/bounded-number',
    description: '„mindestens 10.000 Soldaten“ → ≥ 10000 Soldat; „rund 500 Gäste“ → ≈ 500 Gast',
  },
  find: (ctx) => findKind(ctx, 'bounded-number', rule.meta.id),
};

export default rule;
