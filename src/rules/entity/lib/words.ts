/**
 * Words for the entity rules: the text layer's German words (src/text/words.ts: hyphen
 * compounds joined, possessives, sentence-initial and headline flags, character classes) and what
 * the entity rules know about them (common words, name words, ids).
 */
import type { Doc } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { defineFact, wordFact, type WordFact } from '../../../text/word-index.js';
import { decapitalise, isAllCaps, isCapitalised, type Unit } from '../../../text/words.js';
import { DAY_PARTS, WEEKDAYS_MONTHS } from '../../../lexicon/de/entity-words.js';

export {
  units,
  unitAt,
  joined,
  isCapitalised,
  isAllCaps,
  isAcronym,
  isLowerInitial,
  capitalise,
  decapitalise,
  type Unit,
} from '../../../text/words.js';

// ---------------------------------------------------------------------------- word knowledge

/** Adverb endings: "Weiterhin", "Erstmals", "Allerdings", "Möglicherweise" are no names. */
const ADVERB = /^[a-zäöü]+(?:hin|weise|dings|falls|mals|seits|wärts|maßen)$/;

/** A weekday + part of the day in one word: „Samstagnacht“, „Montagmorgen“ (compounds the dictionary lacks). */
export function isDayTime(w: string): boolean {
  for (const d of WEEKDAYS_MONTHS) if (w.length > d.length && w.startsWith(d) && DAY_PARTS.has(w.slice(d.length))) return true;
  return false;
}

/**
 * A capitalised word that the lexicon knows as a common word (noun, verb, adjective, function
 * word, also written lower case or as a compound of a known noun), a weekday or a month: not a
 * name by itself.
 */
export function isCommon(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, COMMON, w);
}

const COMMON = defineFact('entity.common', (lex, w) => computeCommon(lex, w));

function computeCommon(lex: Lexicon, w: string): boolean {
  if (WEEKDAYS_MONTHS.has(w)) return true;
  if (isDayTime(w)) return true;
  // „Ex-Bergedorfer“, „Ex-Ministerin“: „Ex-“ (former) makes a descriptor, never a name part
  if (w.startsWith('Ex-') && w.length > 4) return true;
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) {
    // "Ukraine-Offensive", "Artillerie-Granaten": a hyphen compound is common when its head is;
    // "Jong-un", "Ju-min" (lower-case, unknown second part) are names.
    const last = w.slice(dash + 1);
    if (isCapitalised(last) || isAllCaps(last)) return isCommon(lex, last);
    return isCommon(lex, w.slice(0, dash)) && lex.isCommonWord(last);
  }
  if (isAllCaps(w)) {
    // "SPD", "NATO" are listed as nouns; "UND", "AUCH", "WARNT" (headline capitals) are common
    const title = w.charAt(0) + w.slice(1).toLowerCase();
    return lex.isCommonWord(w.toLowerCase()) || (w.length > 3 && lex.isCommonWord(title));
  }
  // a listed first name is a name unless the dictionary has it as a noun, adjective or function
  // word („Ernst“, „Mark“): verb forms are written in lower case („Malte“, „Lasse“), and
  // „Wolfgang“, „Hermann“ only look like compounds (Wolf + Gang, Her + Mann)
  if (lex.firstName(w) !== null && !dictionaryNonVerb(lex, w)) return false;
  if (lex.isCommonWord(w)) return true;
  const lower = decapitalise(w);
  if (ADVERB.test(lower) && lower.length >= 7) return true;
  if (lower !== w && lex.isCommonWord(lower)) return true;
  if (w.length < 7) return false;
  const head = lex.compoundHead(w);
  if (head === null) return false;
  // a compound has a known first part: "Artillerie|container", "Nagels|mann"; "Valloire" (…ire),
  // "Friedrich" (…ich), "Tecklenburg" (…burg) are names
  const at = w.toLowerCase().lastIndexOf(head.toLowerCase());
  if (at < 0) return true; // the head is inflected with umlaut ("…kräfte"): trust the split
  return knownModifier(lex, w.slice(0, at));
}

/** The dictionary has the word as a noun, an adjective or a function word (any case; verbs aside). */
function dictionaryNonVerb(lex: Lexicon, w: string): boolean {
  return lex.isNoun(w) || lex.isFunctionWord(w) || lex.isAdjective(w);
}

/** The first part of a compound is a word: a noun, adjective or verb stem, maybe with a linking s/n/en/er/e. */
function knownModifier(lex: Lexicon, mod: string): boolean {
  if (mod.length < 2) return false;
  const cands = [mod];
  for (const link of ['s', 'es', 'n', 'en', 'er', 'e']) if (mod.endsWith(link) && mod.length - link.length >= 2) cands.push(mod.slice(0, -link.length));
  for (const m of cands) {
    const cap = m.charAt(0).toUpperCase() + m.slice(1);
    const low = m.toLowerCase();
    if (lex.isNoun(cap) || lex.isAdjective(low) || lex.isVerb(low + 'en') || lex.isVerb(low + 'n') || lex.isFunctionWord(low)) return true;
    if (m.length >= 6 && lex.nounLemma(cap) !== null && lex.compoundHead(cap) !== null) return true;
    // productive noun suffixes: "Konnektivitäts|projekte", "Sicherheits|rat"
    if (m.length >= 5 && /(?:ung|heit|keit|schaft|ion|ität|tät|ismus|ik|ur|enz|anz|ment|ling|tum|nis)$/.test(low)) return true;
  }
  return false;
}

/**
 * A word that may stand in a name: capitalised (or an acronym), no common word, no weekday.
 * "Scholz", "Jinping", "Macron" yes; "Soldaten", "Freitag", "Zuvor" no.
 */
export function isNameWord(lex: Lexicon, w: string | Unit): boolean {
  if (!isCapitalised(typeof w === 'string' ? w : w.text)) return false;
  return !isCommon(lex, w);
}

/** Initials inside a name: "H.", "H.J.", "J.R.R.". */
export function isInitials(w: string): boolean {
  return /^(?:[A-ZÄÖÜ]\.){1,3}$/.test(w);
}

// --------------------------------------------------------------------------------------- ids

/** "Lee Jae-myung" → "lee-jae-myung"; "Südkorea" → "suedkorea". Same key for spelling variants. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Text of units [a, b) as it stands in the source (b exclusive). */
export function spanText(doc: Doc, us: Unit[], a: number, b: number): { text: string; start: number; end: number } {
  const start = us[a].start;
  const end = us[b - 1].end;
  return { text: doc.source.slice(start, end), start, end };
}

/** A candidate's span over units [a, b): text from the source, offsets of the units. */
export function unitSpan(doc: Doc, us: Unit[], a: number, b: number): { text: string; start: number; end: number } {
  return spanText(doc, us, a, b);
}

/**
 * A word predicate or lookup of the entity rules, computed once per word form in the text layer's
 * token-class index (`src/text/word-index.ts`): declare it at module level with `entityFact`, ask
 * it with `wordFact(lex, FACT, w)`.
 */
export function entityFact<T>(name: string, compute: (lex: Lexicon, w: string) => T): WordFact<T> {
  return defineFact('entity.' + name, compute);
}
export { wordFact };
