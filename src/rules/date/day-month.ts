import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan,
  MONTH_OR_ABBR, NB, NE, S, SO, WB, WE, WEEKDAY_PREFIX, ci, dayValue, mention, monthNumber, notDateBefore, relationOf, timeAfter,
  validDay,
} from './lib/common.js';

const ID = 'date/day-month';

const PREP = `(?:(${ci('am')}|${ci('vom')}|${ci('zum')}|${ci('seit')}(?:${S}dem)?|${ci('ab')}(?:${S}dem)?|${ci('bis')}(?:${S}zum)?|${ci('vor')}${S}dem|${ci('nach')}${S}dem|${ci('um')}${S}den|${ci('gegen')}${S}den)${S})?`;

/** "3. März", "am 1. Januar 2025", "Freitag, 13. Dezember 2024", "3. Okt. 2024", "3.März". */
const RE = new Pattern(
  `${WB}${PREP}${WEEKDAY_PREFIX}`,
  `${NB}([0-9]{1,2})\\.${SO}${MONTH_OR_ABBR}${WE}(?:${S}([0-9]{4})${NE})?`,
);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Tag und Monatsname: „am 3. März“ → --03-03, „1. Januar 2025“ → 2025-01-01, „Freitag, 13. Dezember 2024, 14 Uhr“ → 2024-12-13T14',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const day = Number(m[3]);
      const monthWord = m[4];
      const month = monthNumber(monthWord);
      const year = m[5] !== undefined ? Number(m[5]) : undefined;
      if (!month || !validDay(day, month, year)) continue;
      let end = m.index + m[0].length;
      if (notDateBefore(text, m.index)) continue;
      let value = dayValue(day, month, year);
      const t = timeAfter(text, end);
      if (t) {
        end = t.end;
        value += t.time;
      }
      out.push(mention(doc, m.index, end, value, ID, { relation: relationOf(m[1]) }));
    }
    return out;
  },
};

export default rule;
