import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Amounts of money: a number with a currency word or sign (Euro, €, Dollar, $ …), with or without qualifier. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/money',
    description: '„3,5 Milliarden Euro“ → 3500000000 Euro; „mehr als 100 Dollar“ → > 100 Dollar',
  },
  find: (ctx) => findKind(ctx, 'money', rule.meta.id),
};

export default rule;
