import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, DASH, MONTH, NB, NE, S, SO, WB, WE, ci, mention, monthNumber, monthValue } from './lib/common.js';

const ID = 'date/month-range';

const FROM = `(?:(${ci('von')}|${ci('vom')}|${ci('zwischen')}|${ci('im')}${S}Zeitraum${S}von)${S})?`;
const QUAL = `(?:(?:Anfang|Mitte|Ende)${S})?`;
const TO = `(?:${SO}(bis(?:${S}(?:zum|in${S}den))?|und)${S}|${SO}(${DASH})${SO}|(/))`;
const YEAR = `(?:${S}${NB}([0-9]{4})${NE})?`;

/** "Januar bis März 2024", "von Juni 2023 bis Mai 2024", "zwischen Januar und März", "Juni/Juli 2024". */
const RE = new Pattern(`${WB}${FROM}${QUAL}`, `${MONTH}${WE}${YEAR}${TO}${QUAL}${MONTH}${WE}${YEAR}`);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Monatsspannen: „Januar bis März 2024“ → 2024-01 bis 2024-03, „von Juni 2023 bis Mai 2024“, „zwischen Januar und März“ → --01 bis --03',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of RE.scan(text)) {
      const [, from, w1, y1Text, word, dash, slash, w2, y2Text] = m;
      const m1 = monthNumber(w1);
      const m2 = monthNumber(w2);
      let y1 = y1Text !== undefined ? Number(y1Text) : undefined;
      let y2 = y2Text !== undefined ? Number(y2Text) : undefined;
      const zwischen = from !== undefined && /^zwischen/i.test(from);
      if (word === 'und' && !zwischen) continue;
      if (slash && y2 === undefined) continue;
      if (!from && !dash && !word && y1 === undefined && y2 === undefined) continue;
      if (y1 === undefined && y2 !== undefined) y1 = m1 > m2 ? y2 - 1 : y2;
      if (y2 === undefined && y1 !== undefined) y2 = m2 >= m1 ? y1 : y1 + 1;
      if ((y1 !== undefined && y1 < 1000) || (y2 !== undefined && y2 < 1000)) continue;
      const a = (y1 ?? 0) * 100 + m1;
      const b = (y2 ?? 0) * 100 + m2;
      if (a >= b && !(y1 === undefined && m1 > m2)) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, monthValue(m1, y1), ID, { end_value: monthValue(m2, y2) }));
    }
    return out;
  },
};

export default rule;
