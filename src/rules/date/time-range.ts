import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan, DASH, DAYPART, NB, S, SO, WB, WE, applyDaypart, ci, mention, timeValue } from './lib/common.js';

const ID = 'date/time-range';

const T = `${NB}([0-9]{1,2})(?:[:.]([0-9]{2}))?`;

/** "von 9 bis 17 Uhr", "zwischen 8 und 10 Uhr", "9–17 Uhr", "von 22 Uhr bis 6 Uhr morgens". */
const RE = new Pattern(
  `${WB}(?:(${ci('von')}|${ci('zwischen')})${S})?`,
  `${T}(?:${S}Uhr)?(?:${SO}(bis|und)${S}|${SO}${DASH}${SO})${T}${S}Uhr${WE}(?:${S}${DAYPART}${WE})?`,
);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Zeitspannen: „von 9 bis 17 Uhr“ → T09 bis T17, „zwischen 8.30 und 10 Uhr“ → T08:30 bis T10',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    if (!text.includes('Uhr')) return out;
    for (const m of RE.scan(text)) {
      const [, from, h1, m1, word, h2, m2, daypart] = m;
      if (word === 'und' && !(from && /^zwischen/i.test(from))) continue;
      // The part of day names the end; it applies to the start too when the hours stay in order.
      let a = Number(h1);
      const b = applyDaypart(Number(h2), daypart);
      if (daypart && b !== Number(h2) && applyDaypart(a, daypart) <= b) a = applyDaypart(a, daypart);
      const value = timeValue(a, m1 !== undefined ? Number(m1) : undefined);
      const end_value = timeValue(b, m2 !== undefined ? Number(m2) : undefined);
      if (!value || !end_value) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { end_value }));
    }
    return out;
  },
};

export default rule;
