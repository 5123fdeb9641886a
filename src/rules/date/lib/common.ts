/**
 * Shared building blocks of the date rules: regex fragments, month and weekday tables, value
 * formatting and the mention builder. Not a rule (rules live one a file in `src/rules/date/`).
 *
 * Rules run their regexes over `doc.text` (normalised, same length as `doc.source`), so every
 * match offset is an offset into `doc.source`; `text` is always sliced from `doc.source`.
 * Plain character classes only (no `u` flag): the rules run on tens of thousands of articles.
 */
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, alternation } from '../../../lexicon/de/months.js';
import type { Doc } from '../../../text/document.js';
import type { DateMention, DateQualifier, DateRelation } from '../../../types.js';

/** Letters that may continue a German word (for hand-made word boundaries). */
export const LETTER = 'A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿ';
/** Word start: no letter or digit before. */
export const WB = `(?<![${LETTER}0-9])`;
/** Word end: no letter or digit after. */
export const WE = `(?![${LETTER}0-9])`;
/** Number start: no digit, dot-digit or comma-digit before (keeps "10.000" and "1,28" whole). */
export const NB = '(?<![0-9]|[0-9][.,:/])';
/** Number end: no digit and no further ".digit" / ",digit" / ":digit" group after. */
export const NE = '(?![0-9]|[.,:][0-9])';
/** Horizontal white space (the normalised text folds NBSP and friends into ' '). */
export const S = '[ \\t]+';
export const SO = '[ \\t]*';
/** Hyphen and dashes used in ranges. */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014]';

/** `[Ss]eit` from `seit`: the word in lower case or capitalised at a sentence start. */
export function ci(word: string): string {
  const c = word[0];
  return `[${c.toUpperCase()}${c}]${word.slice(1)}`;
}

/** Full month names, longest alternatives first (the names: src/lexicon/de/months.ts). */
export const MONTH = alternation(MONTHS.keys());
/** Full month names or a dotted abbreviation. */
export const MONTH_OR_ABBR = `(${MONTH.slice(1, -1)}|${alternation(MONTH_ABBREVIATIONS.keys(), false)}\\.)`;

/** Month number of a full name or dotted abbreviation; 0 when unknown. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(w) ?? MONTH_ABBREVIATIONS.get(w) ?? 0;
}

/** ISO weekday numbers (Monday = 1): src/lexicon/de/months.ts. */
export { WEEKDAYS };
export const WEEKDAY = alternation(WEEKDAYS.keys());

/** Optional weekday before a date: "Freitag, 13. Dezember", "am Freitag, dem 13.12.". */
export const WEEKDAY_PREFIX = `(?:${WEEKDAY}(?:,${SO}|${S})(?:(?:den|dem)${S})?)?`;

const QUALIFIERS: Readonly<Record<string, DateQualifier>> = {
  anfang: 'early',
  beginn: 'early',
  mitte: 'mid',
  ende: 'late',
  frühjahr: 'spring',
  frühling: 'spring',
  sommer: 'summer',
  herbst: 'autumn',
  winter: 'winter',
};

export function qualifierOf(word: string | undefined): DateQualifier | undefined {
  return word ? QUALIFIERS[word.toLowerCase()] : undefined;
}

const RELATIONS: Readonly<Record<string, DateRelation>> = {
  seit: 'since',
  ab: 'from',
  bis: 'until',
  vor: 'before',
  nach: 'after',
};

/** Relation of a leading preposition ("seit dem" → since); undefined for am/im/vom/zum… */
export function relationOf(prep: string | undefined): DateRelation | undefined {
  if (!prep) return undefined;
  const first = prep.toLowerCase().split(/[ \t]+/)[0];
  return RELATIONS[first];
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day/month (and optional year) that exists in the calendar. */
export function validDay(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > DAYS_IN_MONTH[month]) return false;
  if (month === 2 && day === 29 && year !== undefined && !isLeap(year)) return false;
  return true;
}

/** ISO value of a day with or without year: 2024-12-18, --12-18. */
export function dayValue(day: number, month: number, year?: number): string {
  return (year !== undefined ? pad4(year) : '-') + '-' + pad2(month) + '-' + pad2(day);
}

/** ISO value of a month with or without year: 2024-06, --06. */
export function monthValue(month: number, year?: number): string {
  return (year !== undefined ? pad4(year) : '-') + '-' + pad2(month);
}

/** Two-digit years: 00–49 → 20xx, 50–99 → 19xx. */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Index of the sentence holding offset `pos` (binary search over `doc.sentences`). */
export function sentenceOf(doc: Doc, pos: number): number {
  const s = doc.sentences;
  if (s.length === 0) return 0;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= pos) lo = mid + 1;
    else if (s[mid].start > pos) hi = mid - 1;
    else return s[mid].index;
  }
  return s[Math.min(lo, s.length - 1)].index;
}

export interface MentionExtra {
  end_value?: string;
  qualifier?: DateQualifier;
  relation?: DateRelation;
}

/** Builds an output mention; `text` is sliced from `doc.source` so it always matches offsets. */
export function mention(doc: Doc, start: number, end: number, value: string, rule: string, extra?: MentionExtra): DateMention {
  const m: DateMention = { text: doc.source.slice(start, end), value, start, end, sentence: sentenceOf(doc, start), rule };
  if (extra?.end_value !== undefined) m.end_value = extra.end_value;
  if (extra?.qualifier !== undefined) m.qualifier = extra.qualifier;
  if (extra?.relation !== undefined) m.relation = extra.relation;
  return m;
}

// ------------------------------------------------------------------ times of day

const HOUR_WORDS: Readonly<Record<string, number>> = {
  null: 0,
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  einundzwanzig: 21,
  zweiundzwanzig: 22,
  dreiundzwanzig: 23,
  vierundzwanzig: 24,
};
export const HOUR_WORD =
  '(null|eins|ein|zwei|dreizehn|drei|vierzehn|vierundzwanzig|vier|fünfzehn|fünf|sechzehn|sechs|siebzehn|sieben|achtzehn|acht|neunzehn|neun|zehn|elf|zwölf|zwanzig|einundzwanzig|zweiundzwanzig|dreiundzwanzig)';

export function hourNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  return HOUR_WORDS[s.toLowerCase()] ?? -1;
}

/** Part of day after a time: "8 Uhr abends". */
export const DAYPART = '(morgens|früh|vormittags|mittags|nachmittags|abends|nachts)';

/** Hour on the 24-hour clock after a part-of-day word; -1 when contradictory. */
export function applyDaypart(hour: number, daypart: string | undefined): number {
  if (!daypart) return hour;
  const d = daypart.toLowerCase();
  if (d === 'nachmittags' || d === 'abends') return hour >= 1 && hour < 12 ? hour + 12 : hour;
  if (d === 'nachts') return hour >= 7 && hour < 12 ? hour + 12 : hour;
  if (d === 'mittags') return hour >= 1 && hour <= 3 ? hour + 12 : hour;
  return hour;
}

const ZONES: Readonly<Record<string, string>> = { mez: '+01:00', mesz: '+02:00', utc: 'Z', gmt: 'Z' };
/** Time zone after a time: "13:39 Uhr MEZ". */
export const ZONE = '(MEZ|MESZ|UTC|GMT)';

/** ISO time of day: T13:39, T14; '' when out of range. */
export function timeValue(hour: number, minute: number | undefined, zone?: string): string {
  if (hour < 0 || hour > 24) return '';
  if (minute !== undefined && (minute < 0 || minute > 59)) return '';
  if (hour === 24 && minute !== undefined && minute !== 0) return '';
  const z = zone ? (ZONES[zone.toLowerCase()] ?? '') : '';
  return 'T' + pad2(hour) + (minute !== undefined ? ':' + pad2(minute) : '') + z;
}

/**
 * A time directly after a date: "18.12.2024 um 13:39 Uhr", "3. März, 14 Uhr", "18.12.2024 13:39".
 * Sticky regex run at the end of the date; groups: hour, minute, daypart, zone, bare hour, bare minute.
 */
const TIME_AFTER = new RegExp(
  `(?:,${SO}|${S}|${SO}${DASH}${SO}|${SO}\\|${SO})(?:(?:um|gegen|ab)${S})?` +
    `(?:([0-9]{1,2})(?:[:.]([0-9]{2}))?${S}Uhr${WE}(?:${S}${DAYPART}${WE})?(?:${S}${ZONE}${WE})?` +
    `|([0-9]{1,2}):([0-9]{2})${NE}(?:${S}${ZONE}${WE})?)`,
  'y',
);

/** Extends a date that ends at `pos` by a following time; null when none follows. */
export function timeAfter(text: string, pos: number): { end: number; time: string } | null {
  TIME_AFTER.lastIndex = pos;
  const m = TIME_AFTER.exec(text);
  if (!m) return null;
  let time = '';
  if (m[1] !== undefined) {
    time = timeValue(applyDaypart(Number(m[1]), m[3]), m[2] !== undefined ? Number(m[2]) : undefined, m[4]);
  } else if (m[5] !== undefined) {
    time = timeValue(Number(m[5]), Number(m[6]), m[7]);
  }
  if (!time) return null;
  return { end: pos + m[0].length, time };
}

/** Words before a number that make it a version, article, page… and not a date. */
export const NOT_DATE_BEFORE = new RegExp(
  `${WB}(?:Version|Versionen|Release|Update|Build|Firmware|iOS|Android|Windows|Artikel|Art\\.|Paragraf|Paragraph|Absatz|Abs\\.|Seite|Seiten|S\\.|Nr\\.|Nummer|Kapitel|Band|Heft|Ausgabe|Vers|Tabelle|Abbildung|Abb\\.|Tab\\.|Kap\\.|Az\\.|Aktenzeichen|Drucksache|v|§|§§)${S}$`,
);

/** True when the text right before `pos` (same line, up to 30 characters) rules out a date. */
export function notDateBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 30);
  return NOT_DATE_BEFORE.test(text.slice(from, pos));
}

/**
 * All matches of a global regex, each search restarting one character after the previous match
 * start: a rejected long match does not hide a shorter one inside it ("Mai 2024 und Juni/Juli
 * 2024"). The extra overlapping candidates are dropped by the layer's resolve (longest wins).
 */
export function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    re.lastIndex = m.index + 1;
    yield m;
  }
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * A pattern split into an optional word prefix ("seit", "Anfang", "am Freitag, dem") and a core
 * that every match holds (a month name, digits). The core is searched with a fast regex; the
 * full pattern is tried (sticky) only from word starts up to `lookback` characters before each
 * core hit. Same matches as scanning `prefix + core` from every position, several times faster:
 * a regex that starts with optional alternatives must be attempted at every character.
 */
export class Pattern {
  private readonly core: RegExp;
  private readonly full: RegExp;

  constructor(
    prefix: string,
    core: string,
    private readonly lookback = 40,
  ) {
    this.core = new RegExp(core, 'g');
    this.full = new RegExp(prefix + core, 'y');
  }

  *scan(text: string): Generator<RegExpExecArray> {
    const core = this.core;
    const full = this.full;
    core.lastIndex = 0;
    let tried = -1;
    let c: RegExpExecArray | null;
    while ((c = core.exec(text)) !== null) {
      const at = c.index;
      core.lastIndex = at + 1;
      for (let s = Math.max(tried + 1, at - this.lookback); s <= at; s++) {
        if (s !== at && !(isWordChar(text.charCodeAt(s)) && (s === 0 || !isWordChar(text.charCodeAt(s - 1))))) continue;
        full.lastIndex = s;
        const m = full.exec(text);
        if (m) yield m;
      }
      tried = at;
    }
  }
}
