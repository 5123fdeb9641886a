import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern,
  MONTH_OR_ABBR, NB, NE, S, SO, WB, WE, WEEKDAY_PREFIX, ci, dayValue, mention, monthNumber, notDateBefore, relationOf, timeAfter,
  validDay,
} from './lib/common.js';

const ID = 'date/day-month';

const PREP = `(?:(${ci('am')}|${ci('vom')}|${ci('zum')}|${ci('seit')}(?:${S}dem)?|${ci('ab')}(?:${S}dem)?|${ci('bis')}(?:${S}zum)?|${ci('vor')}${S}dem|${ci('nach')}${S}dem|${ci('um')}${S}den|${ci('gegen')}${S}den|${ci('für')}${S}den|${ci('auf')}${S}den|${ci('den')})${S})?`;

const UNITS = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
/** Ordinal day words in the dative/accusative: "ersten" … "einunddreißigsten" → 1 … 31. */
const ORDINAL_DAYS: Readonly<Record<string, number>> = (() => {
  const t: Record<string, number> = {
    ersten: 1, zweiten: 2, dritten: 3, vierten: 4, fünften: 5, sechsten: 6, siebten: 7, siebenten: 7, achten: 8, neunten: 9,
    zehnten: 10, elften: 11, zwölften: 12, dreizehnten: 13, vierzehnten: 14, fünfzehnten: 15, sechzehnten: 16, siebzehnten: 17,
    achtzehnten: 18, neunzehnten: 19, zwanzigsten: 20, dreißigsten: 30, einunddreißigsten: 31,
  };
  for (let u = 1; u <= 9; u++) t[UNITS[u] + 'undzwanzigsten'] = 20 + u;
  return t;
})();
const ORDINAL_WORD = `(${Object.keys(ORDINAL_DAYS)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|')})`;

/** "3. März", "am 1. Januar 2025", "Freitag, 13. Dezember 2024", "3. Okt. 2024", "3.März", "am zweiten Februar". */
const RE = new Pattern(
  `${WB}${PREP}${WEEKDAY_PREFIX}`,
  `(?:${NB}([0-9]{1,2})\\.${SO}|${ORDINAL_WORD}${S})${MONTH_OR_ABBR}${WE}(?:${S}([0-9]{4})${NE})?`,
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
      const day = m[3] !== undefined ? Number(m[3]) : ORDINAL_DAYS[m[4]];
      const monthWord = m[5];
      const month = monthNumber(monthWord);
      const year = m[6] !== undefined ? Number(m[6]) : undefined;
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
