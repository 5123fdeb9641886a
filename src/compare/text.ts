/**
 * Small text helpers for comparing articles: folding, content-word keys, German number wording.
 * Everything here works on the strings present in extraction output (span texts, names), never
 * on the article source, so `compare` gives the same bytes whether it extracted or read JSON.
 */

/** Code-point order, independent of locale (`localeCompare` is not stable across ICU builds). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', é: 'e', è: 'e', á: 'a', à: 'a', ó: 'o', í: 'i', ç: 'c', ñ: 'n' };

const FOLD_RE = /[äöüßéèáàóíçñ]/g;
const HAS_FOLD = /[äöüßéèáàóíçñ]/;

/** Lower case, umlauts and common accents folded: "Südkoreas" → "sudkoreas". */
export function fold(s: string): string {
  const l = s.toLowerCase();
  return HAS_FOLD.test(l) ? l.replace(FOLD_RE, (c) => FOLD[c] ?? c) : l;
}

/** Letters only, folded: "Hans-Peter Müller" and "Hans Peter Müller" → "hanspetermuller". */
export function nameKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}

/**
 * German function words and words that say nothing about what a number counts (reporting verbs,
 * qualifiers, scale words). Closed-class words of the language, folded; not topic vocabulary.
 */
const STOP = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner ' +
    'und oder aber sondern denn doch sowie bzw als wie wenn dass daß ob weil obwohl während wahrend bevor nachdem damit ' +
    'ich du er sie es wir ihr ihm ihn ihnen sich sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres ' +
    'dessen deren diese dieser dieses diesen diesem jene jener man mich mir uns euch ' +
    'in im ins an am auf aus bei beim mit nach von vom vor zu zum zur uber über unter durch fur für gegen ohne um bis seit ' +
    'ab pro per laut zufolge gemass gemäß trotz wegen innerhalb ausserhalb außerhalb neben zwischen hinter ' +
    'ist sind war waren wird werden wurde wurden worden sei seien ware wären hat haben hatte hatten habe hätte hatten ' +
    'kann konnen können konnte könnte soll sollen sollte muss mussen müssen musste will wollen wollte darf ' +
    'nicht auch noch nur schon sehr so zudem bereits etwa rund ca circa mehr weniger mindestens hochstens höchstens knapp fast ' +
    'ungefahr ungefähr annahernd annähernd insgesamt weitere weiteren weiterer rund ' +
    'hier dort da dann nun jetzt heute gestern morgen immer wieder ' +
    'alle allen aller alles viele vielen einige einigen mehrere mehreren andere anderen anderer ' +
    'sagte sagten sagt sagen erklarte erklärte erklärten erklart erklärt teilte mitteilte berichtete berichtet ' +
    'hieß hiess heisst heißt meldete meldeten laut angaben angaben zufolge ' +
    'tausend tausende hundert hunderte dutzend dutzende million millionen milliarde milliarden mio mrd ' +
    'prozent jahr jahre jahren monat monate monaten woche wochen tag tage tagen ' +
    'januar februar marz märz april mai juni juli august september oktober november dezember ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag uhr ' +
    // number words (the value is compared on its own) and subjunctive/modal forms of reported speech
    'eins zwei drei vier funf sechs sieben acht neun zehn zwolf zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig ' +
    'erste ersten erster zweite zweiten dritte dritten drittel viertel halbe halben ' +
    'werde wurde wurden solle sollten konne konnen konnten musse mussten durfe durfen wolle wollten ' +
    'gibt gebe gab gaben liegt liege lag lagen ' +
    // pronominal adverbs and connectives
    'dagegen hingegen davon darauf daruber dabei dazu daher deshalb jedoch allerdings bisher zuvor inzwischen weiterhin zunachst ' +
    'erst eigene eigenen beiden beide dies diesem seite seiten'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

/** Letter runs (no `u` flag: plain classes are faster on long inputs). */
const WORD_RE = /[A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿ]+/g;

/**
 * Content-word keys of a text: folded words of 4+ letters (or all-capital acronyms of 2+ letters)
 * that are no function words, cut to their first 6 letters. The prefix is a crude but robust
 * German stem: "nordkoreanische" ~ "Nordkorea", "Ukraine" ~ "ukrainischen", "Soldaten" ~ "Soldat".
 */
export function contentKeys(text: string, into: Set<string> = new Set(), demonym?: (form: string) => string | null): Set<string> {
  const re = WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0];
    const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
    if (w.length < 4 && !acronym) continue;
    const f = fold(w);
    if (STOP.has(f)) continue;
    into.add(stem(f));
    // A demonym adjective also stands for its country: "russischen" ~ "Russland".
    if (demonym && w[0] === w[0].toLowerCase()) {
      const country = demonym(w);
      if (country) into.add(stem(fold(country).replace(/[^a-z]/g, '')));
    }
  }
  return into;
}

/** Stem of one folded word: its first 6 letters. */
export function stem(folded: string): string {
  return folded.length > 6 ? folded.slice(0, 6) : folded;
}

/** First surface form per key of a text (for labels): key → word as written. */
export function keySurfaces(text: string, into: Map<string, string>): void {
  const re = WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0];
    const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
    if (w.length < 4 && !acronym) continue;
    const f = fold(w);
    if (STOP.has(f)) continue;
    const k = stem(f);
    const prev = into.get(k);
    // Prefer the shortest form, then code-point order: "Nordkorea" over "nordkoreanischen".
    if (prev === undefined || w.length < prev.length || (w.length === prev.length && w < prev)) into.set(k, w);
  }
}

// ------------------------------------------------------------------ numbers in words

function group3(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** German digits: 1500 → "1.500", 1.28 → "1,28", -3 → "-3". Deterministic, no Intl. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const neg = v < 0;
  const a = Math.abs(v);
  const scales: [number, string, string][] = [
    [1e12, 'Billion', 'Billionen'],
    [1e9, 'Milliarde', 'Milliarden'],
    [1e6, 'Million', 'Millionen'],
  ];
  for (const [size, one, many] of scales) {
    if (a >= size) {
      const q = a / size;
      const r = Math.round(q * 100) / 100;
      if (Math.abs(r - q) < 1e-9 * Math.max(1, q)) {
        const txt = formatPlain(r);
        return (neg ? '-' : '') + txt + ' ' + (r === 1 ? one : many);
      }
    }
  }
  return (neg ? '-' : '') + formatPlain(a);
}

function formatPlain(a: number): string {
  const rounded = Math.round(a * 1000) / 1000;
  const [i, d] = String(rounded).split('.');
  if (/e/i.test(i)) return String(a);
  return group3(i) + (d ? ',' + d : '');
}

/** Plain-English qualifier for a bound. */
export const BOUND_WORDS: Record<string, string> = {
  eq: '',
  gte: 'at least',
  gt: 'more than',
  lte: 'up to',
  lt: 'less than',
  approx: 'about',
};
