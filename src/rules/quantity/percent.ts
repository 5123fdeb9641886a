import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { selectPhrases } from './lib/select.js';

const ID = 'quantity/percent';

/**
 * Percents and percentage points: a number phrase with %, Prozent or Prozentpunkte, with or
 * without qualifier or range („mehr als 5 Prozent“, „zwischen 3 und 4 Prozent“).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„5 %“ → 5 Prozent; „um 2,5 Prozentpunkte“ → 2.5 Prozentpunkt',
    priority: 80,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !p.age && p.unitClass === 'percent', 'percent'),
};

export default rule;
