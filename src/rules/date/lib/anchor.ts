/**
 * The reference date of an article: its publication date from metadata, else a full date (day,
 * month, year) in its dateline, i.e. in the first two sentences or the first 400 characters ("… sagt Seoul – 18.12.2024 um 13:39 Uhr").
 * Relative expressions ("gestern", "letzte Woche") get values only when it is known.
 */
import type { Doc } from '../../../text/document.js';
import { MONTH, NB, NE, S, SO, WB, monthNumber, validDay } from './common.js';

export interface Anchor {
  year: number;
  month: number;
  day: number;
}

const NUMERIC = new RegExp(`${NB}([0-9]{1,2})\\.${SO}([0-9]{1,2})\\.${SO}([0-9]{4})${NE}`, 'g');
const NAMED = new RegExp(`${NB}([0-9]{1,2})\\.${SO}${MONTH}${S}([0-9]{4})${NE}`, 'g');
const ISO = new RegExp(`${NB}([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])`, 'g');

/**
 * A date in the running text ("Am 9. November 1989 fiel die Mauer") is no dateline: it follows a
 * preposition. After a publishing word ("Veröffentlicht am 18.12.2024", "Stand: …") it is one.
 */
const IN_TEXT = new RegExp(`${WB}(?:am|Am|vom|Vom|seit|Seit|bis|Bis|zum|Zum|ab|Ab|dem|den|nach|Nach|vor|Vor|zwischen)${S}(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?${S}(?:(?:den|dem)${S})?)?$`);
const PUBLISHED = new RegExp(`${WB}(?:[Vv]eröffentlicht|[Aa]ktualisiert|[Ee]rstellt|[Pp]ubliziert|[Ss]tand|[Dd]atum|[Zz]uletzt)${S}(?:am${S})?$`);

const cache = new WeakMap<Doc, Anchor | null>();

/** "2024-03-02…" → its calendar day (as the outlet dated it), or null. */
function isoDay(iso: string | undefined): Anchor | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const a = { year: +m[1], month: +m[2], day: +m[3] };
  return validDay(a.day, a.month, a.year) ? a : null;
}

/**
 * The article's reference date: its publication date from metadata (HTML meta tags, JSON
 * fields, front matter), else a dateline in the text, else the `--reference-date` fallback.
 */
export function anchorOf(doc: Doc): Anchor | null {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit;
  const published = isoDay(doc.published);
  if (published) {
    cache.set(doc, published);
    return published;
  }
  const found = datelineOf(doc) ?? isoDay(doc.referenceDate);
  cache.set(doc, found);
  return found;
}

function datelineOf(doc: Doc): Anchor | null {
  let limit = Math.min(doc.text.length, 400);
  if (doc.sentences.length > 1) limit = Math.max(limit, Math.min(doc.sentences[1].end, 1000));
  const head = doc.text.slice(0, limit);
  const found: { at: number; a: Anchor }[] = [];
  for (const n of head.matchAll(NUMERIC)) found.push({ at: n.index, a: { day: Number(n[1]), month: Number(n[2]), year: Number(n[3]) } });
  for (const w of head.matchAll(NAMED)) found.push({ at: w.index, a: { day: Number(w[1]), month: monthNumber(w[2]), year: Number(w[3]) } });
  for (const i of head.matchAll(ISO)) found.push({ at: i.index, a: { year: Number(i[1]), month: Number(i[2]), day: Number(i[3]) } });
  found.sort((x, y) => x.at - y.at);
  const first = found.find((f) => {
    if (f.a.year < 1900 || f.a.year > 2199 || !validDay(f.a.day, f.a.month, f.a.year)) return false;
    const before = head.slice(Math.max(0, f.at - 40), f.at);
    return !IN_TEXT.test(before) || PUBLISHED.test(before.replace(IN_TEXT, ' '));
  });
  return first ? first.a : null;
}

/** Days since 1970-01-01 (UTC, proleptic Gregorian). */
export function toDays(a: Anchor): number {
  return Math.floor(Date.UTC(a.year, a.month - 1, a.day) / 86400000);
}

export function fromDays(days: number): Anchor {
  const d = new Date(days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO week date of a day: year and week number. */
export function isoWeek(a: Anchor): { year: number; week: number } {
  const days = toDays(a);
  const weekday = ((new Date(days * 86400000).getUTCDay() + 6) % 7) + 1; // Monday = 1
  const thursday = fromDays(days - weekday + 4);
  const jan1 = toDays({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}
