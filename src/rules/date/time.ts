import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan,
  DAYPART, HOUR_WORD, NB, NE, S, WB, WE, ZONE, applyDaypart, ci, hourNumber, mention, relationOf, timeValue,
} from './lib/common.js';

const ID = 'date/time';

const PREP = `(?:(${ci('um')}|${ci('gegen')}|${ci('ab')}|${ci('bis')}|${ci('seit')}|${ci('vor')}|${ci('nach')}|${ci('kurz')}${S}(?:vor|nach)|${ci('bereits')}${S}um|${ci('schon')}${S}um)${S})?`;
const TAIL = `(?:${S}${DAYPART}${WE})?(?:${S}${ZONE}${WE})?`;

/** "13:39 Uhr", "um 14 Uhr", "gegen 20.15 Uhr", "um acht Uhr abends", "14 Uhr 30", "12 Uhr MEZ". */
const UHR = new Pattern(
  `${WB}${PREP}`,
  `(?:${NB}([0-9]{1,2})(?:[:.]([0-9]{2}))?|${HOUR_WORD})${S}Uhr${WE}(?:${S}([0-9]{2})${NE}${WE})?${TAIL}`,
);
/** "um 13:39", "ab 18:30" — a clock time without "Uhr" needs the preposition and two-digit minutes. */
const CLOCK = new RegExp(`${WB}(${ci('um')}|${ci('gegen')}|${ci('ab')}|${ci('seit')})${S}${NB}([0-9]{1,2}):([0-9]{2})${NE}${WE}${TAIL}`, 'g');

/** "um halb acht", "gegen Viertel nach neun abends", "um Mitternacht". */
const SPOKEN = new RegExp(
  `${WB}(${ci('um')}|${ci('gegen')}|${ci('ab')}|${ci('bis')}|${ci('kurz')}${S}(?:vor|nach))${S}` +
    `(?:(halb|[Vv]iertel${S}nach|[Vv]iertel${S}vor|dreiviertel)${S}(?:${HOUR_WORD}|${NB}([0-9]{1,2})${NE})(?:${S}Uhr)?${WE}(?:${S}${DAYPART}${WE})?|(Mitternacht)${WE})`,
  'g',
);

/** Hour and minute of "halb acht" (7:30), "Viertel nach acht" (8:15), "Viertel vor acht", "dreiviertel acht" (7:45). */
function spoken(kind: string, hour: number): [number, number] {
  const k = kind.toLowerCase().replace(/\s+/g, ' ');
  if (k === 'halb') return [hour - 1, 30];
  if (k === 'viertel nach') return [hour, 15];
  return [hour - 1, 45];
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Uhrzeiten: „13:39 Uhr“ → T13:39, „um 14 Uhr“ → T14, „gegen acht Uhr abends“ → T20, „um 18:30“ → T18:30',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    const hasUhr = text.includes('Uhr');
    for (const m of hasUhr ? UHR.scan(text) : []) {
      const [, prep, hDigits, mDigits, hWord, mAfter, daypart, zone] = m;
      const hour = hourNumber(hDigits ?? hWord);
      const minuteText = mDigits ?? mAfter;
      const value = timeValue(applyDaypart(hour, daypart), minuteText !== undefined ? Number(minuteText) : undefined, zone);
      if (!value) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { relation: relationOf(prep) }));
    }
    for (const m of text.includes(':') ? scan(CLOCK, text) : []) {
      const [, prep, h, min, daypart, zone] = m;
      const value = timeValue(applyDaypart(Number(h), daypart), Number(min), zone);
      if (!value) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { relation: relationOf(prep) }));
    }
    for (const m of scan(SPOKEN, text)) {
      const [, prep, kind, hWord, hDigits, daypart, midnight] = m;
      let value: string;
      if (midnight) value = 'T00:00';
      else {
        const base = hourNumber(hDigits ?? hWord);
        if (base < 1 || base > 12) continue;
        const [h, min] = spoken(kind, base);
        // "halb eins" is 0:30, or 12:30 at noon ("halb eins mittags").
        const noon = daypart !== undefined && /mittags/i.test(daypart);
        value = h === 0 ? timeValue(noon ? 12 : 0, min) : timeValue(applyDaypart(h, daypart), min);
      }
      if (!value) continue;
      out.push(mention(doc, m.index, m.index + m[0].length, value, ID, { relation: relationOf(prep) }));
    }
    return out;
  },
};

export default rule;
