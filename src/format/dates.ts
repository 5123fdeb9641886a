/**
 * Readable German renderings of the date layer's ISO 8601 values, for the human formats (html,
 * md): a journalist reads "8. Okt.", not "--10-08". Machine formats (json, jsonl, csv) keep the
 * ISO value. Anything not recognised is returned unchanged.
 */

const MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const WEEKDAYS = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'];

function month(mm: string): string | null {
  const m = Number(mm);
  return m >= 1 && m <= 12 ? MONTHS[m - 1] : null;
}

function day(dd: string): string | null {
  const d = Number(dd);
  return d >= 1 && d <= 31 ? `${d}.` : null;
}

function time(t: string | undefined): string {
  if (!t) return '';
  const m = /^T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?$/.exec(t);
  return m ? `, ${m[1]}:${m[2] ?? '00'} Uhr` : '';
}

/** "2024-12-18" → "18. Dez. 2024"; "--10-08" → "8. Okt."; "-W-5" → "Fr."; "2024-W51" → "KW 51/2024". */
export function readableDate(iso: string): string {
  let m: RegExpExecArray | null;
  // A publication time's zone (Z, +01:00) is dropped: the reader reads the outlet's local time.
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso))) {
    const d = day(m[3]);
    const mo = month(m[2]);
    return d && mo ? `${d} ${mo} ${m[1]}${time(m[4])}` : iso;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) {
    const mo = month(m[2]);
    return mo ? `${mo} ${m[1]}` : iso;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) return `KW ${Number(m[2])}/${m[1]}`;
  if ((m = /^--(\d{2})-(\d{2})(T[\d:]+)?$/.exec(iso))) {
    const d = day(m[2]);
    const mo = month(m[1]);
    return d && mo ? `${d} ${mo}${time(m[3])}` : iso;
  }
  if ((m = /^--(\d{2})$/.exec(iso))) return month(m[1]) ?? iso;
  if ((m = /^-W-([1-7])(T[\d:]+)?$/.exec(iso))) return WEEKDAYS[Number(m[1]) - 1] + time(m[2]);
  if ((m = /^(\d{3})X$/.exec(iso))) return `${m[1]}0er`;
  if ((m = /^(\d{2})$/.exec(iso))) return `${Number(m[1]) + 1}. Jh.`;
  if (/^\d{4}$/.test(iso)) return iso;
  if ((m = /^(T\d{2}(?::\d{2})?)$/.exec(iso))) return time(m[1]).slice(2);
  return iso;
}
