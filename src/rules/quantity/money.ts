import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { selectPhrases } from './lib/select.js';

const ID = 'quantity/money';

/**
 * Amounts of money: a number phrase whose unit is a currency (Euro, €, Dollar, $, CHF 2,5 Mio.,
 * Fr. 300.– …; `units.txt` class money), with whatever qualifier or range it has („mehr als 100
 * Dollar“, „zwischen 3 und 5 Millionen Euro“).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„3,5 Milliarden Euro“ → 3500000000 Euro; „mehr als 100 Dollar“ → > 100 Dollar',
    priority: 85,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !p.age && p.unitClass === 'money', 'money'),
};

export default rule;
