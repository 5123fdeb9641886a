/**
 * German month and weekday names (closed classes), defined once: full names with the Austrian
 * (Jänner, Feber) and ASCII (Jaenner, Maerz) spellings, and the abbreviations written with a dot.
 * The text layer (sentence ends, number cues), the date rules and the lexicon build
 * (scripts/build-lexicon.mjs reads the MONTHS map below) take them from here.
 */

/** Full month names, lower case → month number, in calendar order (Jänner after Januar). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['jaenner', 1], ['februar', 2], ['feber', 2], ['märz', 3], ['maerz', 3], ['april', 4],
  ['mai', 5], ['juni', 6], ['juli', 7], ['august', 8], ['september', 9], ['oktober', 10], ['november', 11], ['dezember', 12],
]);

/** Month abbreviations (written with a dot: „3. Okt. 2024“), lower case → month number; longer forms first. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['febr', 2], ['feb', 2], ['mär', 3], ['mrz', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sept', 9], ['sep', 9], ['okt', 10], ['nov', 11], ['dez', 12],
]);

const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Every month word, full or abbreviated, lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()]);

/** Month tokens as they stand in text: full names („März“) and abbreviations with their dot („Okt.“). */
export const MONTH_TOKENS: ReadonlySet<string> = new Set([
  ...[...MONTHS.keys()].map(capitalised),
  ...[...MONTH_ABBREVIATIONS.keys()].map((w) => `${capitalised(w)}.`),
]);

/** Weekday names, lower case → ISO weekday number (Monday = 1; Sonnabend = Samstag). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5], ['samstag', 6], ['sonnabend', 6], ['sonntag', 7],
]);

/** English month and weekday names (in English titles and quotations), capitalised („May“ is left out: a name). */
export const ENGLISH_CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March June July October December'.split(' '),
);

/** Regular-expression alternation of capitalised words, as a group: `(Januar|Jänner|…)`. */
export function alternation(words: Iterable<string>, capture = true): string {
  return `(${capture ? '' : '?:'}${[...words].map(capitalised).join('|')})`;
}
