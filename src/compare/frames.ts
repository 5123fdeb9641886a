/**
 * Fact frames: what a figure measures beyond its unit. Two figures that share a unit are still
 * different facts when their qualifiers differ:
 * - `party`: the party a share or a seat count belongs to („die SPD kam auf 28,4, die Grünen auf
 *   14,1 Prozent“): the party named nearest before the number in its sentence with no other number
 *   in between, else the first one after it in the same clause („37,2 Prozent für die CSU“);
 * - `place`: the place a count is about („in Kiel gut 12 000“), found the same way among the
 *   article's LOC mentions (never inside the figure's source: „die Berliner Polizei“); a word of
 *   scope („bundesweit“, „landesweit“) makes the figure a total (`place: *total`), which is never
 *   the figure of one place, and nor is a country's („in Deutschland“);
 * - `kind`: a poll („laut Umfrage“, „im Deutschlandtrend“) is not the measured outcome; an
 *   expected or registered figure („die Polizei erwartet 8000 Teilnehmer“) is not the count.
 * The sentence's update words („stieg auf“, „inzwischen“, „zunächst“) are kept as marks for the
 * group's timeline. Word lists: `parties.txt` and `fact-words.txt` (src/lexicon/data).
 *
 * A place only separates figures of one property where the story shows that places matter for it:
 * one article gives that property for two different places (`placeMatters`). Otherwise an article
 * that says „in Bad Aibling“ and one that says „in Oberbayern“ speak of the same dead.
 */
import type { ArticleResult, Quantity, Span } from '../types.js';
import { frameClasses } from './facts.js';

/** Fact words from the lexicon's tables (`parties`, `fact-words`). */
export function factWordsFrom(
  parties: ReadonlyMap<string, string>,
  words: ReadonlyMap<string, string>,
  frames: ReadonlyMap<string, string>,
  isCountry?: (name: string) => boolean,
): FactWords {
  return { parties, words: new Map([...words].map(([k, v]) => [k.toLowerCase(), v])), frames: frameClasses(frames), isCountry };
}

export interface FactWords {
  /** Party form as written → canonical party. */
  parties: ReadonlyMap<string, string>;
  /** Word in lower case → `kind:value` from `fact-words.txt` (matched in any case). */
  words: ReadonlyMap<string, string>;
  /** Governing-noun stem → property (`fact-frames.txt`): "wahlbe" → turnout. */
  frames: ReadonlyMap<string, string>;
  /** A country's name: a figure "in Deutschland" is a national total, like "bundesweit". */
  isCountry?: (name: string) => boolean;
}

export interface Qualifiers {
  party?: string;
  place?: string;
  kind?: string;
}

/** The place value of a nationwide total. */
export const TOTAL = '*total';

const NUMBER_IN = /\d|\b(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend)\b/i;
const CLAUSE_END = /[,;:–—()]/;
/** A locative preposition, then up to three words (article, adjective, place noun) before the name. */
const LOCATIVE = /(?:^|[\s(])(?:in|im|bei|beim|nahe|nahe\s+bei|rund\s+um)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Compiled matchers of a word list (cached per list object). */
const compiled = new WeakMap<ReadonlyMap<string, string>, RegExp | null>();
function matcher(words: ReadonlyMap<string, string>, flags: string): RegExp | null {
  let re = compiled.get(words);
  if (re === undefined) {
    const alts = [...words.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    re = alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
    compiled.set(words, re);
  }
  return re;
}

interface Hit {
  start: number;
  end: number;
  value: string;
}

function hits(re: RegExp | null, text: string, base: number, value: (m: string) => string | undefined): Hit[] {
  if (!re) return [];
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const v = value(m[0]);
    if (v !== undefined) out.push({ start: base + m.index, end: base + m.index + m[0].length, value: v });
  }
  return out;
}

/**
 * The hit that qualifies the number at [numStart, numEnd) of `sentence`: nearest before it with no
 * number between, else the first after it before the clause ends or another number starts.
 */
function nearest(sentence: Span, numStart: number, numEnd: number, found: readonly Hit[]): Hit | null {
  let before: Hit | null = null;
  for (const h of found) if (h.end <= numStart && (!before || h.start > before.start)) before = h;
  if (before && !NUMBER_IN.test(sentence.text.slice(before.end - sentence.start, numStart - sentence.start))) return before;
  let after: Hit | null = null;
  for (const h of found) if (h.start >= numEnd && (!after || h.start < after.start)) after = h;
  if (after) {
    const between = sentence.text.slice(numEnd - sentence.start, after.start - sentence.start);
    if (!CLAUSE_END.test(between) && !NUMBER_IN.test(between)) return after;
  }
  return null;
}

/** A preposition right before a figure: „in sieben Städten“ is where, not what is expected. */
const PP_BEFORE = /(?:^|\s)(?:in|im|an|am|auf|aus|bei|beim|mit|nach|von|vom|vor|zu|zum|zur|unter|für|gegen|ohne|um|seit)\s+$/i;

/** What may stand between an attribute and its number: blanks and an approximation („die erwarteten rund 8.000“). */
const ATTRIBUTE_GAP = /^\s+(?:(?:etwa|rund|gut|knapp|fast|über|mindestens|bis zu|mehr als)\s+)?$/;

/** The hit and the number at [numStart, numEnd) stand in one clause (no clause punctuation between). */
function sameClause(sentence: Span, h: Hit, numStart: number, numEnd: number): boolean {
  const from = Math.min(h.end, numEnd) - sentence.start;
  const to = Math.max(h.start, numStart) - sentence.start;
  return !CLAUSE_END.test(sentence.text.slice(Math.max(0, from), Math.max(0, to)));
}

/** Qualifiers of a quantity in its sentence; `source` is the span of its speaker or attribution, if any. */
export function qualifiersOf(article: ArticleResult, q: Quantity, sentence: Span | undefined, source: Span | null, fw: FactWords | undefined): Qualifiers {
  const out: Qualifiers = {};
  if (!sentence || !fw || q.start < sentence.start || q.end > sentence.start + sentence.text.length) return out;
  const numStart = q.number && q.number.start >= q.start ? q.number.start : q.start;
  const numEnd = q.number && q.number.end <= q.end ? q.number.end : q.end;
  const outsideSource = (h: Hit) => !source || h.end <= source.start || h.start >= source.end;
  // "Europäische Union" is no party.
  const parties = hits(matcher(fw.parties, 'gu'), sentence.text, sentence.start, (m) => fw.parties.get(m)).filter(
    (h) => outsideSource(h) && !(h.value === 'Union' && /Europäische[nr]?\s+$/.test(sentence.text.slice(0, h.start - sentence.start))),
  );
  const party = nearest(sentence, numStart, numEnd, parties);
  if (party) out.party = party.value;

  const wordHits = hits(matcher(fw.words, 'giu'), sentence.text, sentence.start, (m) => fw.words.get(m.toLowerCase()));
  if (wordHits.some((h) => h.value === 'kind:poll')) out.kind = 'poll';
  // An expected or registered figure („erwartet die Polizei 8000 Teilnehmer“, „angemeldet waren
  // 5.000“) is a forecast, not the count: only in the number's own clause.
  // The participle („erwartet“) anywhere in that clause; an inflected attribute („die erwarteten
  // 8.000“, not „statt der erwarteten Menge kamen 40.000“) right before the number.
  else if (!PP_BEFORE.test(sentence.text.slice(Math.max(0, q.start - sentence.start - 8), q.start - sentence.start)) && wordHits.some((h) => h.value === 'kind:expected' && (/t$/.test(sentence.text.slice(h.start - sentence.start, h.end - sentence.start)) ? sameClause(sentence, h, numStart, numEnd) : ATTRIBUTE_GAP.test(sentence.text.slice(h.end - sentence.start, numStart - sentence.start))))) out.kind = 'expected';
  const places: Hit[] = [];
  for (const e of article.entities) {
    if (e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      if (m.start >= sentence.start && m.end <= sentence.start + sentence.text.length) places.push({ start: m.start, end: m.end, value: fw.isCountry?.(e.name) ? TOTAL : e.name });
    }
  }
  const scopes = new Set<Hit>();
  for (const h of wordHits) {
    if (h.value !== 'scope:total') continue;
    const scope = { ...h, value: TOTAL };
    scopes.add(scope);
    places.push(scope);
  }
  places.sort((a, b) => a.start - b.start || a.end - b.end);
  // A place the figure is about stands after a locative preposition ("in Kiel", "im oberbayerischen
  // Bad Aibling", "bei Münchberg"); a country as an actor ("Nordkorea hat … entsandt") is no place.
  const locative = (h: Hit) => scopes.has(h) || LOCATIVE.test(sentence.text.slice(Math.max(0, h.start - sentence.start - 40), h.start - sentence.start));
  const place = nearest(sentence, numStart, numEnd, places.filter((h) => outsideSource(h) && locative(h)));
  if (place) out.place = place.value;
  return out;
}

/** Update marks of a sentence: `up`, `down`, `later`, `earlier` („stieg auf“, „inzwischen“, „zunächst“). */
export function updateMarks(sentence: string, fw: FactWords | undefined): string[] {
  if (!fw) return [];
  const out = new Set<string>();
  for (const h of hits(matcher(fw.words, 'giu'), sentence, 0, (m) => fw.words.get(m.toLowerCase()))) {
    if (!h.value.startsWith('update:')) continue;
    // A count rises or falls *to* or *by* something: "stieg auf sieben", not "stieg aus dem Wagen".
    if ((h.value === 'update:up' || h.value === 'update:down') && !/^[^.;:]{0,40}?\b(?:auf|um)\s/.test(sentence.slice(h.end)) && !/\b(?:auf|um)\s[^.;:]{0,40}$/.test(sentence.slice(0, h.start))) continue;
    out.add(h.value.slice(7));
  }
  return [...out].sort();
}

/** Two qualifier sets that name different parties, polls vs outcomes, or (where places matter) places. */
export function qualifiersDiffer(a: Qualifiers, b: Qualifiers, placesMatter: boolean): boolean {
  if (a.party !== undefined && b.party !== undefined && a.party !== b.party) return true;
  if ((a.kind ?? '') !== (b.kind ?? '')) return true;
  if (a.place !== undefined && b.place !== undefined && a.place !== b.place) {
    // A total is never one place's figure; two places differ where the story gives both.
    if (a.place === TOTAL || b.place === TOTAL || placesMatter) return true;
  }
  return false;
}
