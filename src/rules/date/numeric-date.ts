import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan,
  NB, NE, S, SO, WB, WEEKDAY_PREFIX, ci, dayValue, expandYear, mention, notDateBefore, relationOf, timeAfter, validDay,
} from './lib/common.js';

const ID = 'date/numeric-date';

/** Leading preposition (kept in the span). */
const PREP = `(?:(${ci('am')}|${ci('vom')}|${ci('zum')}|${ci('seit')}(?:${S}dem)?|${ci('ab')}(?:${S}dem)?|${ci('bis')}(?:${S}zum)?|${ci('vor')}${S}dem|${ci('nach')}${S}dem)${S})?`;

/** dd.mm.yyyy / dd.mm.yy ("18.12.2024", "3.1.25"), optional weekday and preposition before. */
const DMY = new Pattern(`${WB}${PREP}${WEEKDAY_PREFIX}`, `${NB}([0-9]{1,2})\\.${SO}([0-9]{1,2})\\.${SO}([0-9]{4}|[0-9]{2})${NE}(?!\\.[0-9])`);
/** ISO dates "2024-12-18". */
const ISO = new RegExp(
  `${NB}(?<![-\u2010-\u2014])([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9]|-[0-9]|:[0-9])`,
  'g',
);
/** dd.mm. without year, only after a preposition or weekday: "am 18.12.", "Freitag, 13.12." */
const DM = new Pattern(
  `${WB}(?:(${ci('am')}|${ci('vom')}|${ci('zum')}|${ci('für')}${S}den|${ci('auf')}${S}den|${ci('den')}|${ci('seit')}(?:${S}dem)?|${ci('ab')}(?:${S}dem)?|${ci('bis')}(?:${S}zum)?|${ci('vor')}${S}dem|${ci('nach')}${S}dem)${S}|(?=(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),))` +
    `${WEEKDAY_PREFIX}`,
  `${NB}([0-9]{1,2})\\.([0-9]{1,2})\\.(?![0-9]|${SO}[0-9])`,
);

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Numerische Daten: „18.12.2024 um 13:39 Uhr“ → 2024-12-18T13:39, „am 3.1.25“ → 2025-01-03, „2024-12-18“, „am 18.12.“ → --12-18',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    const push = (start: number, end: number, value: string, prep: string | undefined) => {
      const t = timeAfter(text, end);
      if (t) {
        end = t.end;
        value += t.time;
      }
      out.push(mention(doc, start, end, value, ID, { relation: relationOf(prep) }));
    };
    for (const m of DMY.scan(text)) {
      const day = Number(m[3]);
      const month = Number(m[4]);
      const year = expandYear(m[5]);
      if (!validDay(day, month, year)) continue;
      if (notDateBefore(text, m.index)) continue;
      push(m.index, m.index + m[0].length, dayValue(day, month, year), m[1]);
    }
    for (const m of scan(ISO, text)) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (year < 1000 || !validDay(day, month, year)) continue;
      let value = dayValue(day, month, year);
      if (m[4] !== undefined) {
        const hour = Number(m[4]);
        const minute = Number(m[5]);
        if (hour > 24 || minute > 59 || (m[6] !== undefined && Number(m[6]) > 60)) continue;
        const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].length === 5 ? m[7].slice(0, 3) + ':' + m[7].slice(3) : m[7];
        value += 'T' + m[4] + ':' + m[5] + (m[6] !== undefined ? ':' + m[6] : '') + zone;
        out.push(mention(doc, m.index, m.index + m[0].length, value, ID));
        continue;
      }
      push(m.index, m.index + m[0].length, value, undefined);
    }
    for (const m of DM.scan(text)) {
      const day = Number(m[3]);
      const month = Number(m[4]);
      if (!validDay(day, month)) continue;
      push(m.index, m.index + m[0].length, dayValue(day, month), m[1]);
    }
    return out;
  },
};

export default rule;
