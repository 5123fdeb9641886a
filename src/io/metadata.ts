/**
 * Article metadata — publication time, outlet, URL, author — from the places real inputs keep
 * it: JSON/JSONL record fields, Markdown front matter (both through `metadataFromRecord`) and
 * HTML pages (`src/io/html.ts`). Values are cleaned here: a publication time becomes ISO 8601 as
 * precise as the source gives it (`2024-03-02`, `2024-03-02T14:10`, `2024-03-02T14:10:00+01:00`),
 * or is dropped when it cannot be read; a URL must be http(s).
 */
import { stripControls } from '../format/sanitize.js';

export interface ArticleMetadata {
  published?: string;
  outlet?: string;
  url?: string;
  author?: string;
}

/** Field names tried in order when no `--date-field` etc. is given. */
export const DEFAULT_FIELDS = {
  date: ['published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubDate', 'publication_date', 'time', 'created_at'],
  outlet: ['outlet', 'source', 'site', 'site_name', 'siteName', 'publisher', 'medium'],
  url: ['url', 'link', 'canonical', 'href', 'permalink'],
  author: ['author', 'authors', 'byline', 'creator'],
} as const;

export interface MetadataFields {
  dateField?: string;
  outletField?: string;
  urlField?: string;
  authorField?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const RFC2822_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** "+0100", "+01:00", "Z", "GMT", "UTC" → "+01:00" / "Z"; undefined when absent, null when unreadable. */
function zone(z: string | undefined): string | undefined | null {
  if (z === undefined || z === '') return undefined;
  if (/^(?:Z|GMT|UTC)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

function isoFrom(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, z?: string | null): string | undefined {
  if (!validYmd(y, mo, d)) return undefined;
  let out = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return out;
  if (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 60) return undefined;
  out += `T${pad(h)}:${pad(mi ?? 0)}`;
  if (s !== undefined) out += `:${pad(s)}`;
  if (z === null) return undefined;
  return out + (z ?? '');
}

/**
 * A publication time as ISO 8601, as precise as given; undefined when the value is no date.
 * Reads ISO 8601 (also with a space for `T`, fractions dropped), `2024-03-02`, German
 * `02.03.2024` / `2.3.2024, 14:10 Uhr`, RFC 2822 (`Sat, 02 Mar 2024 14:10:00 +0100`, RSS),
 * Unix time (seconds or milliseconds; UTC), and a `Date` (YAML front matter: a date without time
 * at UTC midnight gives the day alone).
 */
export function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const day = isoFrom(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    if (!day) return undefined;
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    return midnight ? day : isoFrom(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds(), 'Z');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    const ms = value < 1e11 ? value * 1000 : value;
    return normalisePublished(new Date(Math.floor(ms / 1000) * 1000));
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s))) {
    return isoFrom(+m[1], +m[2], +m[3], m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6], zone(m[7]));
  }
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/.exec(s))) {
    return isoFrom(+m[3], +m[2], +m[1], m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5]);
  }
  if ((m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC|[+-]\d{4})?)?$/.exec(s))) {
    const mo = RFC2822_MONTHS[m[2].toLowerCase()];
    if (!mo) return undefined;
    return isoFrom(+m[3], mo, +m[1], m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6], zone(m[7]));
  }
  if (/^\d{9,13}$/.test(s)) return normalisePublished(Number(s));
  return undefined;
}

/** The calendar day of a publication time (`2024-03-02T00:30+01:00` → 2024-03-02, as the outlet dated it). */
export function publishedDay(published: string | undefined): { year: number; month: number; day: number } | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

function oneLine(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim();
}

/** A name from a string, a `{name}` object (JSON-LD, feeds) or a list of them ("A, B"). */
export function nameOf(v: unknown, depth = 0): string | undefined {
  if (depth > 3 || v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = oneLine(v);
    return t && t.length <= 300 ? t : undefined;
  }
  if (Array.isArray(v)) {
    const names = [...new Set(v.map((x) => nameOf(x, depth + 1)).filter((x): x is string => !!x))];
    return names.length ? names.join(', ') : undefined;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return nameOf(o.name ?? o.title, depth + 1);
  }
  return undefined;
}

/** An http(s) URL, trimmed, terminal controls removed; undefined for anything else (`javascript:`, relative paths). */
export function cleanUrl(v: unknown, base?: string): string | undefined {
  const raw = typeof v === 'string' ? v : typeof v === 'object' && v !== null ? (v as Record<string, unknown>)['@id'] ?? (v as Record<string, unknown>).url : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = stripControls(raw).trim();
  if (s === '') return undefined;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A field by name, else by dotted path (`meta.date`, `body.text`). */
export function getField(obj: Record<string, unknown>, field: string): unknown {
  if (Object.prototype.hasOwnProperty.call(obj, field)) return obj[field];
  if (!field.includes('.')) return undefined;
  let cur: unknown = obj;
  for (const part of field.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function first<T>(obj: Record<string, unknown>, given: string | undefined, defaults: readonly string[], read: (v: unknown) => T | undefined): T | undefined {
  for (const f of given ? [given] : defaults) {
    const v = read(getField(obj, f));
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * Metadata of a JSON record or a front matter block: the given fields, else the first default
 * field that holds a usable value (`DEFAULT_FIELDS`).
 */
export function metadataFromRecord(obj: Record<string, unknown>, fields: MetadataFields = {}): ArticleMetadata {
  const out: ArticleMetadata = {};
  const published = first(obj, fields.dateField, DEFAULT_FIELDS.date, normalisePublished);
  const outlet = first(obj, fields.outletField, DEFAULT_FIELDS.outlet, nameOf);
  const url = first(obj, fields.urlField, DEFAULT_FIELDS.url, (v) => cleanUrl(v));
  const author = first(obj, fields.authorField, DEFAULT_FIELDS.author, nameOf);
  if (published) out.published = published;
  if (outlet) out.outlet = outlet;
  if (url) out.url = url;
  if (author) out.author = author;
  return out;
}
