import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Shares of a group: a fraction (Drittel, Viertel, die Hälfte, jeder Dritte) of what follows; value = the fraction, unit Anteil. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/share',
    description: '„zwei Drittel der Wähler“ → 0.667 Anteil; „jeder fünfte Befragte“ → 0.2 Anteil',
  },
  find: (ctx) => findKind(ctx, 'share', rule.meta.id),
};

export default rule;
