import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { selectPhrases } from './lib/select.js';

const ID = 'quantity/duration';

/**
 * Spans of time: a number phrase with a time unit (Jahr, Monat, Woche, Tag, Stunde, Minute …) or a
 * duration adjective before a thing that lasts („eine 14-stündige Sitzung“, „ein zweijähriger
 * Vertrag“), with or without qualifier.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwei Monate“ → 2 Monat; „30 Minuten“ → 30 Minute',
    priority: 70,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !p.age && p.unitClass === 'duration', 'duration'),
};

export default rule;
