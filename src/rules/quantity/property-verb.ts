import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareQuantity } from './lib/bare.js';
import { verbFigures } from './lib/antecedent.js';

const ID = 'quantity/property-verb';

/**
 * „Bei dem Unglück kamen fünf ums Leben, zwölf wurden verletzt“ → 5 Tote, 12 Verletzte: a number
 * without its noun that is the subject of a verb naming what it counts (sterben, ums Leben kommen,
 * verletzt/getötet/festgenommen/evakuiert werden, teilnehmen …; `property-verbs.txt`, units as the
 * layer lemmatises „drei Tote“, „14 Verletzte“). Not after a preposition („bei 30 wurden …“),
 * not after a determiner („die drei wurden verletzt“: people counted before).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwölf wurden verletzt“ → 12 Verletzte; „fünf kamen ums Leben“ → 5 Tote; „An der Demo nahmen 3.000 teil“ → 3000 Teilnehmer',
    priority: 40,
  },
  find(ctx) {
    const out: Quantity[] = [];
    for (const { bare, unit } of verbFigures(ctx)) {
      const q = bareQuantity(ctx, bare, unit, ID);
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
