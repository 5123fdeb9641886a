import type { Rule } from '../types.js';
import type { DateMention } from '../../types.js';
import { Pattern, scan,
  DASH, MONTH_OR_ABBR, NB, NE, S, SO, WB, WE, ci, dayValue, expandYear, mention, monthNumber, notDateBefore, validDay,
} from './lib/common.js';

const ID = 'date/day-range';

const FROM = `(?:(${ci('am')}|${ci('vom')}|${ci('von')}|${ci('zwischen')}(?:${S}dem)?)${S})?`;
const TO = `${SO}(?:(bis(?:${S}(?:zum|einschließlich))?|und(?:${S}dem)?)${S}|${DASH}${SO})`;

/** "vom 8. bis 13. Oktober", "8.–13. Oktober 2024", "vom 28. Februar bis 3. März 2024". */
const NAMED = new Pattern(
  `${WB}${FROM}`,
  `${NB}([0-9]{1,2})\\.(?:${SO}${MONTH_OR_ABBR}${WE}(?:${S}([0-9]{4})${NE})?)?${TO}` +
    `([0-9]{1,2})\\.${SO}${MONTH_OR_ABBR}${WE}(?:${S}([0-9]{4})${NE})?`,
);
/** "vom 18.12. bis 20.12.2024", "18.–20.12.2024", "vom 18.12.2024 bis zum 3.1.2025". */
const NUMERIC = new Pattern(
  `${WB}${FROM}`,
  `${NB}([0-9]{1,2})\\.(?:([0-9]{1,2})\\.([0-9]{4}|[0-9]{2})?)?${TO}` +
    `([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4}|[0-9]{2})?${NE}`,
);

interface Parts {
  from?: string;
  conn: string | undefined;
  d1: number;
  m1?: number;
  y1?: number;
  d2: number;
  m2: number;
  y2?: number;
}

/** Fills the start's missing month and year from the end; null when no sensible range. */
function resolveRange(p: Parts): { value: string; end_value: string } | null {
  // "und" makes a range after "zwischen"; otherwise only two consecutive days are one stretch
  // ("am 18. und 19. Oktober"); "am 3. und 10. Mai" is a list of two days.
  const consecutive = (p.m1 === undefined || p.m1 === p.m2) && p.d2 === p.d1 + 1;
  if (p.conn && p.conn.startsWith('und') && !(p.from && /^zwischen/i.test(p.from)) && !consecutive) return null;
  const m1 = p.m1 ?? p.m2;
  let y1 = p.y1;
  const y2 = p.y2 ?? (p.y1 !== undefined && m1 <= p.m2 ? p.y1 : undefined);
  if (y1 === undefined && y2 !== undefined) y1 = m1 > p.m2 ? y2 - 1 : y2;
  if (!validDay(p.d1, m1, y1) || !validDay(p.d2, p.m2, y2)) return null;
  const a = (y1 ?? 0) * 10000 + m1 * 100 + p.d1;
  const b = (y2 ?? 0) * 10000 + p.m2 * 100 + p.d2;
  // Without years a range may wrap the year end ("28. Dezember bis 3. Januar").
  if (a >= b && !(y1 === undefined && m1 > p.m2)) return null;
  return { value: dayValue(p.d1, m1, y1), end_value: dayValue(p.d2, p.m2, y2) };
}

const rule: Rule<DateMention> = {
  meta: {
    id: ID,
    description: 'Tagesspannen: „vom 8. bis 13. Oktober“ → --10-08 bis --10-13, „18.–20.12.2024“ → 2024-12-18 bis 2024-12-20',
  },
  find(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const out: DateMention[] = [];
    for (const m of NAMED.scan(text)) {
      if (notDateBefore(text, m.index)) continue;
      const r = resolveRange({
        from: m[1],
        d1: Number(m[2]),
        m1: m[3] ? monthNumber(m[3]) : undefined,
        y1: m[4] ? Number(m[4]) : undefined,
        conn: m[5],
        d2: Number(m[6]),
        m2: monthNumber(m[7]),
        y2: m[8] ? Number(m[8]) : undefined,
      });
      if (r) out.push(mention(doc, m.index, m.index + m[0].length, r.value, ID, r));
    }
    for (const m of NUMERIC.scan(text)) {
      if (notDateBefore(text, m.index)) continue;
      // A bare "8.-13.12." needs "vom"/"zwischen" or a year to be a date range.
      if (!m[1] && !m[4] && !m[8]) continue;
      const r = resolveRange({
        from: m[1],
        d1: Number(m[2]),
        m1: m[3] ? Number(m[3]) : undefined,
        y1: m[4] ? expandYear(m[4]) : undefined,
        conn: m[5],
        d2: Number(m[6]),
        m2: Number(m[7]),
        y2: m[8] ? expandYear(m[8]) : undefined,
      });
      if (r) out.push(mention(doc, m.index, m.index + m[0].length, r.value, ID, r));
    }
    return out;
  },
};

export default rule;
