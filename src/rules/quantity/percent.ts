import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Percents and percentage points (%, Prozent, Prozentpunkte), with or without qualifier or range. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/percent',
    description: '„5 %“ → 5 Prozent; „um 2,5 Prozentpunkte“ → 2.5 Prozentpunkt',
  },
  find: (ctx) => findKind(ctx, 'percent', rule.meta.id),
};

export default rule;
