/**
 * Shallow German clause grammar shared by the statement rules: word classes of function words,
 * speech-verb recognition (with separable particles across the clause), noun phrases, the subject
 * of a speech verb, and where reported content ends. Token level, no parser.
 */
import {
  ADVERBIAL_SUBORDINATORS, ARTICLES, AUXILIARIES, CONJUNCTIONAL_ADVERBS, CONTRACTIONS, MONTHS, WEEKDAYS, COORDINATORS, DEFINITE_ARTICLES, DEMONSTRATIVES, NEGATIVE_ARTICLES, OTHER_PREPOSITIONS, POSSESSIVES,
  PREPOSITIONS as DE_PREPOSITIONS, QUANTIFIERS, RELATIVE_PRONOUNS as DE_RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
  NEUTER_DEMONSTRATIVE_PRONOUNS, SUBJECT_INTERPOSED_ADVERBS,
} from '../../../lexicon/de/index.js';
import type { Doc, Token } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import type { Entity, Span } from '../../../types.js';
import type { RuleContext } from '../../types.js';
import type { Gender, SpeakerRef } from './types.js';
import { tokenFrom as tokenAt } from '../../../text/doc.js';
import { ARTICLE_NAME_PARTICLES, NAME_PARTICLES } from '../../../lexicon/de/entity-words.js';
import { personLead } from './person-lead.js';
import { defineFact, wordFact } from '../../../text/word-index.js';
import { mentionsStartingIn } from './mentions.js';

export const lower = (s: string): string => s.toLowerCase();
export const isUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isLowerWord = (s: string): boolean => /^\p{Ll}/u.test(s);

export function span(doc: Doc, start: number, end: number): Span {
  return { text: doc.source.slice(start, end), start, end };
}

// ----------------------------------------------------------------------------- word classes

/** Determiners (src/lexicon/de): articles, kein, dieser/jener, quantifiers, possessives, deren/dessen. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES, ...NEGATIVE_ARTICLES, ...DEMONSTRATIVES, ...QUANTIFIERS, ...POSSESSIVES, 'deren', 'dessen',
]);
export const DEFINITE = DEFINITE_ARTICLES;
export const PRONOUNS = SUBJECT_PRONOUNS;
export { COORDINATORS, SUBORDINATORS };
/** Prepositions and their contractions with the article, and „als“ (src/lexicon/de). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([...DE_PREPOSITIONS, ...CONTRACTIONS, ...OTHER_PREPOSITIONS, 'als']);
/** Adverbs and particles that stand in the middle field or the prefield instead of the subject (`adverbs.txt`). */
export function adverbs(lex: Lexicon): ReadonlySet<string> {
  return lex.list('adverbs');
}
const NEGATIONS = new Set('nicht nichts nie niemals keineswegs keinesfalls weder niemand'.split(' '));
const timeWordSets = new WeakMap<Lexicon, ReadonlySet<string>>();
/** Words that make a prefield a time or manner adverbial rather than the subject: `time-words.txt`, months, weekdays. */
function timeWords(lex: Lexicon): ReadonlySet<string> {
  let set = timeWordSets.get(lex);
  if (!set) timeWordSets.set(lex, (set = new Set([...lex.list('time-words'), ...MONTHS.keys(), ...WEEKDAYS.keys()])));
  return set;
}
/**
 * After a verb, a time adverbial before the subject: „am Montag“, „am Dienstagabend“, „im Juli“, „gestern“:
 * the index after it (or `k` when there is none).
 */
export function afterTimeAdverbial(ctx: RuleContext, k: number): number {
  const toks = ctx.doc.tokens;
  const time = timeWords(ctx.lexicon);
  const isTime = (w: string) => time.has(w) || [...WEEKDAYS.keys()].some((d) => w.startsWith(d) && /^(?:morgen|mittag|nachmittag|abend|nacht|vormittag)?$/.test(w.slice(d.length)));
  const t = toks[k];
  if (!t || t.type !== 'word') return k;
  const opensSubject = (j: number) => isUpper(toks[j]?.text ?? '') || DETERMINERS.has(lower(toks[j]?.text ?? ''));
  if (/^(?:am|im|an)$/.test(t.text) && toks[k + 1]?.type === 'word' && isTime(lower(toks[k + 1].text)) && opensSubject(k + 2)) return k + 2;
  if (/^(?:gestern|heute|vorgestern|zuvor|zuletzt|bereits)$/.test(t.text) && opensSubject(k + 1)) return k + 1;
  return k;
}
export { AUXILIARIES };
/** „ließ … erklären“: the finite verb of a speech infinitive. */
const LASSEN_FORMS = new Set(['ließ', 'ließen', 'lässt', 'lassen', 'liess', 'liessen']);
export const QUOTE_CHARS = new Set(['„', '“', '”', '"', '«', '»', '‚', '‘', '’', '‹', '›']);
/** Marks that end the clause of a verb (outside quotations). */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?']);
export const BOUNDARY = new Set([',', ';', ':', '–', '—', '(', ')', '-']);
const TERMINAL = new Set(['.', '!', '?', '…', '...']);

/**
 * Verbs of saying whose zu-infinitive states an intention, not reported content ("versprach, … zu leisten").
 * Demands are content („appellierte an die Bewerber, den Machtwechsel zu ermöglichen“, „forderte …, … zu …“).
 */
const ZU_INFINITIVE_NOT_SPEECH = new Set(
  'versprechen zusagen zusichern hoffen drohen ablehnen beharren'.split(' '),
);

/** An adjective form, also one the dictionary only knows through its lemma ("koreanischer"). */
export function isAdj(lex: Lexicon, w: string): boolean {
  return lex.isAdjective(w) || lex.adjectiveLemma(w) !== null;
}

export function isWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word';
}
export function isQuote(t: Token | undefined): boolean {
  return !!t && t.type === 'punct' && QUOTE_CHARS.has(t.text);
}
export function isFunction(lex: Lexicon, w: string): boolean {
  const l = lower(w);
  return DETERMINERS.has(l) || PREPOSITIONS.has(l) || COORDINATORS.has(l) || SUBORDINATORS.has(l) || lex.isFunctionWord(w);
}

/** Token range of a sentence. */
export function sentenceTokens(doc: Doc, s: number): [number, number] {
  const sen = doc.sentences[s];
  return [sen.tokenStart, sen.tokenEnd];
}

// ----------------------------------------------------------------------------- speech verbs

export interface SpeechVerb {
  /** Token index of the verb (finite or participle). */
  i: number;
  lemma: string;
  /** Token index of the separated particle ("mit" in "teilte … mit"), or -1. */
  particle: number;
}

const PARTICLES = ['mit', 'hinzu', 'an', 'ab', 'aus', 'vor', 'zu', 'fest', 'dar', 'klar', 'ein', 'bei', 'zurück', 'hin', 'bekannt', 'kund', 'zusammen', 'vorher'];

let speechCache: { lex: Lexicon; set: ReadonlySet<string> } | null = null;
export function speechLemmas(lex: Lexicon): ReadonlySet<string> {
  if (!speechCache || speechCache.lex !== lex) speechCache = { lex, set: lex.list('speech-verbs') };
  return speechCache.set;
}

/** The index where the clause holding token `i` ends (exclusive): a comma, colon, quote, "und"+verb or the sentence end. */
export function clauseEnd(doc: Doc, i: number, sentEnd: number): number {
  for (let k = i + 1; k < sentEnd; k++) {
    const t = doc.tokens[k];
    if (t.type === 'punct' && (BOUNDARY.has(t.text) || TERMINAL.has(t.text) || QUOTE_CHARS.has(t.text))) {
      // a hyphen inside a word ("Hans-Peter", "US-Behörden") is no boundary
      if (t.text === '-' && (!t.space || !doc.tokens[k + 1]?.space)) continue;
      return k;
    }
  }
  return sentEnd;
}

/**
 * Is token `i` a verb of saying? Lemmas come from the lexicon's `speech-verbs` list; a finite
 * part of a separable verb finds its particle at the end of the clause ("teilte … mit").
 */
/**
 * Per document and token: the answer for the first `sentEnd` asked (nearly always the only one),
 * others in a map by token and end. (A map keyed by i × 100003 + sentEnd left the small-integer
 * range in long articles: every key a heap number.)
 */
interface SpeechMemo {
  end: Int32Array;
  verb: Array<SpeechVerb | null>;
  more: Map<string, SpeechVerb | null>;
}
const speechMemo = new WeakMap<Doc, SpeechMemo>();

export function speechVerbAt(ctx: RuleContext, i: number, sentEnd: number): SpeechVerb | null {
  let memo = speechMemo.get(ctx.doc);
  if (!memo) {
    const n = ctx.doc.tokens.length + 1;
    speechMemo.set(ctx.doc, (memo = { end: new Int32Array(n).fill(-1), verb: new Array(n).fill(null), more: new Map() }));
  }
  if (i < 0 || i >= memo.end.length) return speechVerbUncached(ctx, i, sentEnd);
  const first = memo.end[i];
  if (first === sentEnd) return memo.verb[i];
  if (first === -1) {
    const found = speechVerbUncached(ctx, i, sentEnd);
    memo.end[i] = sentEnd;
    memo.verb[i] = found;
    return found;
  }
  const key = i + ',' + sentEnd;
  const hit = memo.more.get(key);
  if (hit !== undefined) return hit;
  const found = speechVerbUncached(ctx, i, sentEnd);
  memo.more.set(key, found);
  return found;
}

/** Forms of „sollen“ before an infinitive of saying: a demand on the subject, no statement of it. */
const SOLLEN = new Set(['soll', 'sollen', 'sollte', 'sollten']);

/**
 * The verb of saying at `sv` is an infinitive under „sollen“ in tokens [from, sv.i): „X soll Y
 * auffordern, …“ — what someone is asked to say is not said yet.
 */
export function demandedSpeech(ctx: RuleContext, sv: SpeechVerb, from: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[sv.i].text !== sv.lemma) return false;
  for (let k = Math.max(0, from); k < sv.i; k++) if (SOLLEN.has(toks[k].text)) return true;
  return false;
}

function speechVerbUncached(ctx: RuleContext, i: number, sentEnd: number): SpeechVerb | null {
  const t = ctx.doc.tokens[i];
  if (!t || t.type !== 'word' || !isLowerWord(t.text)) return null;
  // „Der bekannte Psychiater“, „die erklärte Absicht“: after an article stands an adjective, never the finite verb
  const before = ctx.doc.tokens[i - 1];
  const after = ctx.doc.tokens[i + 1];
  if (before && before.type === 'word' && DETERMINERS.has(lower(before.text)) && ctx.lexicon.isAdjective(t.text) && after?.type === 'word' && isUpper(after.text) && !DETERMINERS.has(lower(after.text))) return null;
  // „für die wiederholt beeindruckende Atmosphäre“: after a preposition and an article the word is an adverb or
  // an adjective inside the phrase, never the finite verb
  // (an article, not a pronoun: „Angesichts dessen stellt er fest“)
  if (before && ARTICLES.has(lower(before.text)) && PREPOSITIONS.has(lower(ctx.doc.tokens[i - 2]?.text ?? ''))) return null;
  // „lobende Worte“, „mahnende Stimmen“: a present participle before a noun is an attribute, never the finite verb
  if (/end(?:e|en|er|es|em)$/.test(t.text) && after?.type === 'word' && isUpper(after.text)) return null;
  const lex = ctx.lexicon;
  const set = speechLemmas(lex);
  let lemmas = lex.verbLemmas(t.text);
  // („prognostizierte“: a verb in -ieren of the speech list that the dictionary lacks, by its regular forms)
  if (lemmas.length === 0) {
    const m = /^(\p{Ll}{4,}ier)(?:t|te|ten|en|e)$/u.exec(t.text);
    if (m && set.has(m[1] + 'en')) lemmas = [m[1] + 'en'];
  }
  if (lemmas.length === 0) return null;
  // The particle: the last word of the clause, when it is a separable particle.
  let ce = clauseEnd(ctx.doc, i, sentEnd);
  // „teilte Minister X (SPD) am Montag mit“: a short bracket after the name does not end the clause
  const open = ctx.doc.tokens[ce];
  if (ce - 1 > i && open?.text === '(') {
    let close = ce + 1;
    while (close < sentEnd && close - ce <= 4 && ctx.doc.tokens[close].text !== ')') close++;
    // only when the clause then runs to the sentence end or a comma (not into a quote: „gab es laut X (31) zu „…““)
    const after = close + 1 < sentEnd && ctx.doc.tokens[close + 1].type === 'word' ? clauseEnd(ctx.doc, close, sentEnd) : -1;
    const stop = ctx.doc.tokens[after];
    if (after > 0 && (after >= sentEnd || stop.text === ',' || TERMINAL.has(stop.text))) ce = after;
  }
  const last = ctx.doc.tokens[ce - 1];
  if (ce - 1 > i && last && last.type === 'word' && PARTICLES.includes(last.text)) {
    const pv = lex.particleVerbLemma(t.text, last.text);
    if (pv && set.has(pv)) return { i, lemma: pv, particle: ce - 1 };
  }
  // „teilte Staatsanwalt X, der Sprecher der Staatsanwaltschaft, mit.“: the particle after an apposition
  const toks = ctx.doc.tokens;
  if (toks[ce]?.text === ',') {
    let end = sentEnd;
    while (end > ce && toks[end - 1].type === 'punct') end--;
    const p = toks[end - 1];
    // the second comma of the apposition, a few words („auf Nachfrage“) before the particle
    let c2 = end - 2;
    while (c2 > ce && end - c2 <= 5 && toks[c2].text !== ',') c2--;
    if (c2 > ce + 1 && end - ce <= 18 && toks[c2].text === ',' && p.type === 'word' && PARTICLES.includes(p.text)) {
      const app = toks.slice(ce + 1, c2);
      const appositive = app.length > 0 && (isUpper(app[0].text) || DETERMINERS.has(lower(app[0].text))) && app.every((x) => x.text !== ',' && !QUOTE_CHARS.has(x.text));
      const pv = appositive ? lex.particleVerbLemma(t.text, p.text) : null;
      if (pv && set.has(pv)) return { i, lemma: pv, particle: end - 1 };
    }
    // „räumte auch Bernhard Zauner, Chef des Komitees, ein, aber …“: the particle right after the
    // apposition's second comma, before another comma
    // (or right after its last word: „…, Chef des Komitees in Hinzenbach ein, aber …“)
    const first = toks[ce + 1];
    if (first && (isUpper(first.text) || DETERMINERS.has(lower(first.text)))) {
      for (let k = ce + 2; k < sentEnd - 1 && k - ce <= 12; k++) {
        const part = toks[k];
        if (QUOTE_CHARS.has(part.text)) break;
        const after = toks[k + 1];
        if (part.type !== 'word' || !PARTICLES.includes(part.text) || !(after.text === ',' || TERMINAL.has(after.text))) continue;
        const pv = lex.particleVerbLemma(t.text, part.text);
        if (pv && set.has(pv)) return { i, lemma: pv, particle: k };
        break;
      }
    }
  }
  for (const l of lemmas) {
    if (!set.has(l)) continue;
    if (REFLEXIVE_NOT_SPEECH.has(l) && reflexive(ctx, i, ce)) return null;
    if (CALL_FOR.has(l) && callFor(ctx, i, ce)) return null;
    return { i, lemma: l, particle: -1 };
  }
  return null;
}

/** Verbs that do not report speech when reflexive: „Die Zahlen erklären sich damit, …“, „Man fragt sich, ob …“, „Der Verdacht bestätigte sich“. */
const REFLEXIVE_NOT_SPEECH = new Set(['erklären', 'fragen', 'bestätigen']);

/** „sich“ in the first words after the verb, without „bereit“ („erklärte sich bereit“ is a declaration). */
function reflexive(ctx: RuleContext, i: number, ce: number): boolean {
  const toks = ctx.doc.tokens;
  let found = false;
  for (let k = i + 1; k < Math.min(ce, i + 4); k++) if (toks[k].text === 'sich') found = true;
  if (!found) return false;
  for (let k = i + 1; k < ce; k++) if (['bereit', 'einverstanden'].includes(toks[k].text)) return false;
  return true;
}

/** Verbs of calling that report nothing when they call for something: „Die Frau habe um Hilfe gerufen, …“. */
const CALL_FOR = new Set(['rufen', 'schreien']);

/** „um“ + a capitalised noun next to the verb at `i` in its clause (before it, or after it up to `ce`). */
function callFor(ctx: RuleContext, i: number, ce: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = Math.max(0, i - 4); k < Math.min(ce, i + 4); k++) {
    if (k === i || toks[k].sentence !== toks[i].sentence) continue;
    if (toks[k].text === 'um' && isUpper(toks[k + 1]?.text ?? '') && (k < i ? !toks.slice(k, i).some((t) => t.type === 'punct') : true)) return true;
  }
  return false;
}

/** Does the speech verb need its zu-infinitive to be reported content? */
export function zuInfinitiveIsSpeech(lemma: string): boolean {
  return !ZU_INFINITIVE_NOT_SPEECH.has(lemma);
}

/** A negation between `from` and `to` (exclusive): "hat sich nicht geäußert". */
export function negated(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  for (let k = from; k < to; k++) {
    if (!NEGATIONS.has(lower(toks[k].text))) continue;
    // „der nicht amtsführende Stadtrat“, „ein nicht genannter Sprecher“: a negated attribute inside a noun phrase
    const a = toks[k + 1];
    const n = toks[k + 2];
    if (lower(toks[k].text) === 'nicht' && a && a.type === 'word' && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(a.text) && n && n.type === 'word' && isUpper(n.text) && k + 2 < to) continue;
    return true;
  }
  return false;
}

// ----------------------------------------------------------------------------- noun phrases

export interface Phrase {
  start: number; // token index
  end: number; // exclusive
  /** Conjuncts for coordinated phrases. */
  parts: Array<[number, number]>;
}

const ENGLISH_GLUE = new Set(['for', 'of', 'the', 'and', '&', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'al', 'bin']);

/**
 * A noun phrase starting at token `i`: pronoun, or [determiner] adjectives* capitalised words+
 * (hyphen compounds, English glue words "Center for … & …", "(NIS)" acronym, "des …" genitive).
 * Returns null when no noun phrase starts there.
 */
/** Token `t` is a name in the genitive: an entity of the text is named as the word without its „-s“ („Bayerns“, „Merkels“). */
function genitiveName(ctx: RuleContext, t: Token): boolean {
  const base = t.text.slice(0, -1);
  return ctx.results.entities.some((e) => e.mentions.some((m) => m.start === t.start) && (e.name === base || e.name.endsWith(' ' + base)));
}

export function nounPhrase(ctx: RuleContext, i: number, limit: number): Phrase | null {
  const toks = ctx.doc.tokens;
  const lex = ctx.lexicon;
  let j = i;
  const t0 = toks[j];
  if (!t0 || j >= limit) return null;
  if (t0.type === 'word' && PRONOUNS.has(t0.text)) return { start: i, end: i + 1, parts: [[i, i + 1]] };
  // „mahnte von der Leyen … an“: a person's name that opens with a particle
  if (t0.type === 'word' && NAME_PARTICLES.has(t0.text) && !ARTICLE_NAME_PARTICLES.has(t0.text)) {
    const m = mentionsStartingIn(ctx.results.entities, t0.start, t0.start).find(({ e }) => e.type === 'PER');
    if (!m) return null;
    let j2 = i;
    while (j2 < limit && toks[j2].end <= m.m.end) j2++;
    return j2 > i + 1 ? { start: i, end: j2, parts: [[i, j2]] } : null;
  }
  if (t0.type === 'word' && DETERMINERS.has(lower(t0.text))) j++;
  // „Bayerns Ministerpräsident Markus Söder“: a name in the genitive before the noun stands as its determiner
  else if (t0.type === 'word' && /^\p{Lu}\p{Ll}+s$/u.test(t0.text) && isWord(toks[i + 1]) && isUpper(toks[i + 1].text) && genitiveName(ctx, t0)) j++;
  // „sagten zwei Frauen“: a number word that opens a counted phrase the quantity layer found
  else if (t0.type === 'word' && isLowerWord(t0.text) && isWord(toks[i + 1]) && isUpper(toks[i + 1].text) && ctx.results.quantities.some((q) => q.start === t0.start)) j++;
  // „der bald 34-Jährige“, „die knapp 40 Jahre alte Trainerin“: an adverb or approximator before the age
  if (j > i && j + 1 < limit && isWord(toks[j]) && isLowerWord(toks[j].text) && (adverbs(lex).has(toks[j].text) || lex.table('approximators').has(toks[j].text))) {
    if (ageWordEnd(toks, j + 1) > j + 1 || (toks[j + 1].type === 'number' && toks[j + 2]?.text === 'Jahre')) j++;
  }
  // „der nicht amtsführende Stadtrat“: a negated attribute
  if (j > i && toks[j]?.text === 'nicht' && j + 1 < limit && isWord(toks[j + 1]) && isLowerWord(toks[j + 1].text) && /(e|en|er|es|em)$/.test(toks[j + 1].text)) j++;
  // adjectives (lower case, or any case right after a sentence-initial determiner)
  while (j < limit && isWord(toks[j]) && isLowerWord(toks[j].text) && !isFunction(lex, toks[j].text) && /(e|en|er|es|em)$/.test(toks[j].text) && !AUXILIARIES.has(toks[j].text)) {
    if (lex.isVerb(toks[j].text) && !lex.isAdjective(toks[j].text)) break;
    j++;
  }
  // "der 17-jährige Schüler": a hyphenated age adjective; "der 58 Jahre alte Kapitän"
  while (j < limit && ageWordEnd(toks, j) > j && isLowerWord(toks[j + 2].text)) j = ageWordEnd(toks, j);
  if (j > i && toks[j]?.type === 'number' && toks[j + 1]?.text === 'Jahre' && /^alte[nmrs]?$/.test(toks[j + 2]?.text ?? '') && j + 3 < limit) j += 3;
  // "der 51-Jährige", "die 38-Jährige": an age noun is the whole phrase
  const age = ageWordEnd(toks, j);
  if (age > j && isUpper(toks[j + 2].text) && age <= limit) return { start: i, end: age, parts: [[i, age]] };
  // also capitalised adjectives inside a name ("Nationaler Nachrichtendienst")
  let caps = 0;
  let sawName = false;
  let sawCommon = false;
  let nameAfterCommon = false;
  let lastCommon = false;
  while (j < limit) {
    const t = toks[j];
    // „Prof. Dr. Anna Lind“, „Priv.-Doz. Dr. med. Lars Berg“: academic titles before a name belong to the phrase
    const te = titleEnd(toks, j);
    if (te > j && te < limit && isWord(toks[te]) && isUpper(toks[te].text)) {
      caps++;
      lastCommon = false;
      j = te;
      continue;
    }
    // „hieß es bei der Feier Deshalb habe …“ (a dot missing): a capitalised conjunctional adverb starts the next sentence
    if (caps > 0 && t.type === 'word' && CONJUNCTIONAL_ADVERBS.has(lower(t.text)) && isUpper(t.text)) break;
    if (t.type === 'word' && isUpper(t.text) && !(caps > 0 && (DETERMINERS.has(lower(t.text)) || PREPOSITIONS.has(t.text)))) {
      const adjective =
        (caps > 0 && isAdj(lex, lower(t.text)) && !lex.isNoun(t.text)) ||
        // „der Bonner Staatsanwalt X“: a town adjective before a capitalised noun
        (isWord(toks[j + 1]) && isUpper(toks[j + 1].text) && townAdjective(ctx, t.text)) ||
        (caps === 0 && isAdj(lex, lower(t.text)) && isWord(toks[j + 1]) && isUpper(toks[j + 1].text));
      const common = !adjective && (lex.isCommonWord(t.text) || roleWord(ctx, t.text)) && !/^[\p{Lu}\d]+$/u.test(t.text);
      // "der russische Präsident Putin Gerüchte …": a common noun after role + name is the object.
      if (nameAfterCommon && common && !continuesMention(ctx, j)) break;
      // "der Minister Gerüchte …": two common nouns in a row are subject and object
      // (not a first name that is a word too and opens a person the text names: „der Sprecher Mark Sautter“)
      if (lastCommon && !sawName && common && toks[j - 1].type === 'word' && !continuesMention(ctx, j) && !opensPerson(ctx, j)) break;
      lastCommon = common;
      // "Japan Nordkoreas mutmaßliche …": a genitive after a name starts the next phrase.
      if (caps > 0 && sawName && /s$/.test(t.text) && toks[j + 1] && isWord(toks[j + 1]) && isLowerWord(toks[j + 1].text) && !isFunction(lex, toks[j + 1].text) && !lex.isVerb(toks[j + 1].text)) break;
      if (common) sawCommon = true;
      else if (!adjective) {
        if (sawCommon) nameAfterCommon = true;
        sawName = true;
      }
      caps++;
      j++;
      continue;
    }
    if (caps > 0 && t.type === 'punct' && (t.text === '-' || t.text === '‑') && !toks[j + 1]?.space && !t.space && j + 1 < limit && isWord(toks[j + 1])) {
      j += 2;
      continue;
    }
    // „der zuständige Sozial- und Wirtschaftsdezernent“: a truncated first part, „und“/„oder“, the full compound
    if (caps > 0 && t.type === 'punct' && (t.text === '-' || t.text === '‑') && toks[j - 1].end === t.start && j + 2 < limit
      && (toks[j + 1].text === 'und' || toks[j + 1].text === 'oder') && isWord(toks[j + 2]) && isUpper(toks[j + 2].text)) {
      j += 2;
      continue;
    }
    if (caps > 0 && t.type !== 'punct' && ENGLISH_GLUE.has(t.text) && j + 1 < limit && isWord(toks[j + 1]) && isUpper(toks[j + 1].text) && !DEFINITE.has(t.text)) {
      j++;
      continue;
    }
    if (caps > 0 && t.text === '&') {
      j++;
      continue;
    }
    break;
  }
  if (caps === 0) return null;
  // "(NIS)" after the phrase
  if (toks[j]?.text === '(' && toks[j + 2]?.text === ')' && isWord(toks[j + 1]) && j + 2 < limit) j += 3;
  // genitive attribute "des Konzerns", "der Bundesregierung" after a single common noun
  const g = toks[j];
  if (g && j < limit && (lower(g.text) === 'des' || (lower(g.text) === 'der' && caps === 1 && sawCommon))) {
    const gen = nounPhrase(ctx, j, limit);
    if (gen) j = gen.end;
  }
  return { start: i, end: j, parts: [[i, j]] };
}

/** „Bonner“, „Kölner“, „Hamburger“: the adjective of a town in the gazetteer (stem + „-er“). */
function townAdjective(ctx: RuleContext, w: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)er$/u.exec(w);
  if (!m) return false;
  const gaz = ctx.lexicon.gazetteer();
  return ['', 'en', 'e', 'n'].some((x) => gaz.lookup(m[1] + x) !== null);
}

/** Academic titles written before a name: „Dr.“, „Prof.“, „Dipl.-Ing.“ (with the dot in the token). */
const ACADEMIC_TITLES = new Set(['Dr.', 'Prof.', 'Dipl.', 'Dres.']);
/** Title parts written as word + dot tokens: „Priv.-Doz.“, „Dipl.-Ing.“; degree suffixes after „Dr.“: „med.“, „rer. nat.“. */
const TITLE_WORDS = new Set(['Priv', 'Doz', 'Ing', 'PD']);
const DEGREE_SUFFIXES = new Set(['med', 'phil', 'jur', 'rer', 'nat', 'habil', 'h', 'c', 'med.', 'phil.', 'jur.', 'rer.', 'nat.', 'habil.', 'h.', 'c.', 'dent.', 'vet.', 'oec.']);

/**
 * Token end of a run of academic titles starting at `j` („Dr.“, „Prof. Dr.“, „Priv.-Doz. Dr. med.“),
 * or `j` when none starts there.
 */
export function titleEnd(toks: Token[], j: number): number {
  let k = j;
  for (;;) {
    const t = toks[k];
    if (!t || t.type !== 'word') return k;
    if (ACADEMIC_TITLES.has(t.text)) k++;
    else if (TITLE_WORDS.has(t.text) && toks[k + 1]?.text === '.' && !toks[k + 1].space) k += 2;
    else if (k > j && DEGREE_SUFFIXES.has(t.text) && (t.text.endsWith('.') || (toks[k + 1]?.text === '.' && !toks[k + 1].space))) k += t.text.endsWith('.') ? 1 : 2;
    else return k;
    // „Priv.-Doz.“, „Dipl.-Ing.“: a hyphen joins two title parts
    if (toks[k]?.text === '-' && !toks[k].space && toks[k + 1] && !toks[k + 1].space && toks[k + 1].type === 'word') k++;
  }
}

/** An age noun or adjective: „Jährige“, „Zwölfjähriger“, „jährigen“ (the word after „51-“). */
export const AGE_WORD = /^(\p{L}*[jJ]ährige[nmrs]?)$/u;
/** The `head` of an age-noun speaker („der 51-Jährige“). */
export const AGE_HEAD = 'Jährige';

/**
 * Token end of „51-Jährige“ / „17-jährigen“ (number, hyphen, age word, written together)
 * starting at `j`, or `j` when none starts there.
 */
export function ageWordEnd(toks: Token[], j: number): number {
  const n = toks[j];
  const h = toks[j + 1];
  const w = toks[j + 2];
  if (!n || !h || !w || n.type !== 'number' || h.text !== '-' || h.space || w.space || w.type !== 'word') return j;
  return AGE_WORD.test(w.text) ? j + 3 : j;
}

/** Token `j` continues an entity mention that starts before it ("Peter Müller"). */
/** Token `j` opens a mention of a person the entity layer found, of two words or more. */
function opensPerson(ctx: RuleContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  for (const e of ctx.results.entities) if (e.type === 'PER') for (const m of e.mentions) if (m.start === t.start && m.end > t.end) return true;
  return false;
}

function continuesMention(ctx: RuleContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  for (const e of ctx.results.entities) for (const m of e.mentions) if (m.start < t.start && m.end >= t.end) return true;
  return false;
}

/** A noun phrase, or several joined by commas and a final "und"/"sowie" ("Die USA, Südkorea und die Ukraine"). */
export function coordinatedPhrase(ctx: RuleContext, i: number, limit: number): Phrase | null {
  const first = nounPhrase(ctx, i, limit);
  if (!first) return null;
  const toks = ctx.doc.tokens;
  // „der Präsident des Deutschen Bauernverbands (DBV), Joachim Rukwied, am Freitag“: a role named after a comma
  const named = appositionEnd(ctx, first, limit);
  if (named > first.end) return { start: i, end: named, parts: [[i, named]] };
  const parts: Array<[number, number]> = [[first.start, first.end]];
  let j = first.end;
  let end = first.end;
  while (j < limit) {
    const t = toks[j];
    const conj = t.text === ',' || t.text === 'und' || t.text === 'sowie';
    if (!conj) break;
    const next = nounPhrase(ctx, j + 1, limit);
    if (!next || PRONOUNS.has(toks[j + 1].text)) break;
    parts.push([next.start, next.end]);
    j = next.end;
    if (t.text !== ',') {
      end = j;
      break;
    }
  }
  if (end === first.end) return first;
  return { start: i, end, parts: parts.filter(([s]) => s < end) };
}

/**
 * A person named in apposition after a role phrase without a name: „der Präsident des Verbands,
 * Joachim Rukwied, …“, „die Chefin des Bundesverbands (vzbv), Ramona Pop.“ — the phrase's words
 * are common words with a person role among them, then a comma, a person the entity layer found
 * (or a listed first name + a capitalised word), then a comma, a bracket or the end of the clause.
 * Returns the end of the name, or the phrase's own end when there is no such apposition.
 */
function appositionEnd(ctx: RuleContext, np: Phrase, clauseLimit: number): number {
  const toks = ctx.doc.tokens;
  let c = np.end;
  // „des Bundesverbands (vzbv), Ramona Pop“: an acronym in brackets the clause ended before
  if (toks[c]?.text === '(' && toks[c + 2]?.text === ')' && isWord(toks[c + 1])) c += 3;
  if (toks[c]?.text !== ',') return np.end;
  // the comma may close the clause the caller looked in: the apposition runs to the sentence end at most
  const limit = c >= clauseLimit ? sentenceTokens(ctx.doc, toks[c].sentence)[1] : clauseLimit;
  if (c + 1 >= limit || !isWord(toks[c + 1]) || !isUpper(toks[c + 1].text)) return np.end;
  const words = toks.slice(np.start, c).filter((t) => t.type === 'word');
  if (!words.some((t) => roleWord(ctx, t.text))) return np.end;
  // the phrase has no name of its own („Regierungssprecher Steffen Seibert, …“ needs none)
  if (mentionsStartingIn(ctx.results.entities, toks[np.start].start, toks[c - 1].start).some(({ e, m }) => e.type === 'PER' && m.end <= toks[c - 1].end)) return np.end;
  let end = -1;
  // „…, Bischof Georg Bätzing, am Montag“: role words before the name in the apposition
  let n = c + 1;
  while (n + 1 < limit && isWord(toks[n]) && roleWord(ctx, toks[n].text) && isWord(toks[n + 1]) && isUpper(toks[n + 1].text)) n++;
  for (const { e, m } of mentionsStartingIn(ctx.results.entities, toks[n].start, toks[n].start)) {
    if (e.type !== 'PER') continue;
    let j = n;
    while (j < limit && toks[j].end <= m.end) j++;
    end = Math.max(end, j);
  }
  if (end < 0 && ctx.lexicon.firstName(toks[n].text) && isWord(toks[n + 1]) && isUpper(toks[n + 1].text) && n + 1 < limit) end = n + 2;
  if (end < 0) return np.end;
  const after = toks[end];
  return end >= limit || !after || after.text === ',' || after.text === '(' || TERMINAL.has(after.text) || isQuote(after) ? end : np.end;
}

// ----------------------------------------------------------------------------- speakers

/**
 * The comma before token `v` closes an apposition ("Der Präsident des Verbands, Siegfried Maier,
 * sprach …"): the words since the comma before are a name after a noun. Then `v` is no trailing verb.
 */
export function appositionBefore(ctx: RuleContext, v: number, sentStart: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[v - 1]?.text !== ',') return false;
  let k = v - 2;
  let words = 0;
  while (k > sentStart && toks[k].text !== ',') {
    const t = toks[k];
    const hyphenPart = t.type === 'punct' && t.text === '-';
    const namePart = t.type === 'word' && (isUpper(t.text) || toks[k - 1]?.text === '-');
    if (!hyphenPart && !namePart) return false;
    if (t.type === 'word') words++;
    k--;
  }
  if (k <= sentStart || toks[k].text !== ',' || words === 0 || words > 4) return false;
  const before = toks[k - 1];
  return !!before && before.type === 'word' && isUpper(before.text);
}

/** Does the phrase [s, e) hold a verb-like lower-case word (then it is no plain noun phrase)? */
function holdsVerb(ctx: RuleContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = ctx.doc.tokens[k];
    if (t.type !== 'word' || !isLowerWord(t.text)) continue;
    if (isFunction(ctx.lexicon, t.text) || ENGLISH_GLUE.has(t.text)) continue;
    if (ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isAdjective(t.text)) return true;
  }
  return false;
}

/** A role noun („Sprecher“) or a compound ending in one („Regierungssprecher“): once per word form (token-class index). */
export function roleWord(ctx: RuleContext, w: string): boolean {
  return wordFact(ctx.lexicon, ROLE_WORD, w);
}
const ROLE_WORD = defineFact('statement.roleWord', (lex, w) => {
  const roles = lex.list('roles');
  if (roles.has(w)) return true;
  // a compound ending in a role of 5+ letters, written lower-case: „Regierungs|sprecher“
  const { byEnding, shortest, longest } = roleEndings(roles);
  for (let n = Math.min(longest, w.length); n >= shortest; n--) {
    const min = byEnding.get(w.slice(w.length - n));
    if (min !== undefined && w.length > min) return true;
  }
  return false;
});

/**
 * The roles of 5+ letters lower-cased, each with the length of the shortest role it comes from (a
 * compound must be longer than its role), built once per list instead of lower-casing every role
 * for every new word form.
 */
const roleEndingSets = new WeakMap<ReadonlySet<string>, { byEnding: Map<string, number>; shortest: number; longest: number }>();
function roleEndings(roles: ReadonlySet<string>): { byEnding: Map<string, number>; shortest: number; longest: number } {
  let e = roleEndingSets.get(roles);
  if (!e) {
    e = { byEnding: new Map(), shortest: Infinity, longest: 0 };
    for (const r of roles) {
      if (r.length < 5) continue;
      const l = lower(r);
      e.byEnding.set(l, Math.min(e.byEnding.get(l) ?? Infinity, r.length));
      e.shortest = Math.min(e.shortest, l.length);
      e.longest = Math.max(e.longest, l.length);
    }
    roleEndingSets.set(roles, e);
  }
  return e;
}

function entityIn(ctx: RuleContext, start: number, end: number): { e: Entity; m: Span } | null {
  let best: { e: Entity; m: Span } | null = null;
  const rank = (x: Entity) => (x.type === 'PER' ? 3 : x.type === 'ORG' ? 2 : x.type === 'LOC' ? 1 : 0);
  for (const { e, m } of mentionsStartingIn(ctx.results.entities, start, end)) {
    // a town named with its river reaches past the phrase: „des Landratsamts Pfaffenhofen| an der Ilm“
    if (m.start < start || (m.end > end && !(m.start > start && /^ (?:an der|am|im|ob der) \p{Lu}\p{Ll}+$/u.test(m.text.slice(end - m.start))))) continue;
    // a genitive modifier at the phrase start ("Südkoreas Militär") is not the speaker
    if (m.end < end && m.start === start && /s$/.test(m.text) && !/s$/.test(e.name)) continue;
    if (!best || rank(e) > rank(best.e) || (rank(e) === rank(best.e) && m.end - m.start > best.m.end - best.m.start)) best = { e, m };
  }
  return best;
}

/**
 * Document nouns: a report speaks for its author. With a genitive the author is named („die
 * Mitteilung der Stadt“ → Stadt); as a bare definite phrase („dem Bericht zufolge“, „den Angaben
 * zufolge“, „laut dem Communiqué“) it points back to the source named before (lib/speakers.ts).
 */
export const DOCUMENT_NOUNS = /(mitteilung|erklärung|bericht|berichten|prognose|stellungnahme|studie|analyse|schreiben|papier|gutachten|begründung|urteil|antwort|brief|beschluss|vorlage|entwurf|angaben|communiqué|kommuniqué|meldung|umfrage)$/i;

export const ORG_HEADS = /(agentur|dienst|ministerium|behörde|amt|regierung|polizei|militär|armee|konzern|unternehmen|firma|gruppe|verband|gewerkschaft|partei|institut|zentrum|organisation|zeitung|sender|blatt|kommission|rat|gericht|staatsanwaltschaft|verwaltung|feuerwehr|bank|verein|klub|club|stiftung|büro|kanzlei|ministerium|nachrichtendienst|geheimdienst)$/i;

const GENERALISING = new Set(['wer', 'wen', 'wem', 'was', 'wo', 'wie']);
/** Subordinators that open a clause inside a would-be speaker phrase (not „als“, „wie“, „da“, „während“: also prepositions or adverbs). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS].filter((w) => !['als', 'wie', 'da', 'während', 'damit'].includes(w)));

/** Builds a speaker from the token phrase [s, e) (trailing commas trimmed); null when it is no speaker. */
/**
 * „sagte ein Polizeisprecher der Deutschen Presse-Agentur“, „sagte Lind dem „Spiegel““: a news outlet
 * after „dem“/„der“ at the end of the speaker phrase is the addressee (dative object), never the
 * speaker; the phrase ends before it.
 */
function personEndsAt(ctx: RuleContext, k: number): boolean {
  const end = ctx.doc.tokens[k].end;
  return ctx.results.entities.some((en) => en.type === 'PER' && en.mentions.some((m) => m.end === end));
}

function withoutAddressee(ctx: RuleContext, s: number, e: number): number {
  const toks = ctx.doc.tokens;
  const outlets = ctx.lexicon.list('news-outlets');
  for (let k = s + 1; k < e - 1; k++) {
    const w = lower(toks[k].text);
    if (w !== 'dem' && w !== 'der') continue;
    // „der“ is the dative only after a person's name or a role that names its own institution
    // („ein Polizeisprecher der dpa“); „ein Sprecher der dpa“, „einem Bericht der SZ“ are genitives
    if (w === 'der' && !personEndsAt(ctx, k - 1) && !/^\p{Lu}\p{Ll}{2,}sprecher(in)?$/u.test(toks[k - 1].text)) continue;
    const words = toks.slice(k + 1, e).filter((t) => !QUOTE_CHARS.has(t.text));
    if (!words.length || words.some((t) => t.type !== 'word' && t.text !== '-')) continue;
    const name = ctx.doc.source.slice(words[0].start, words[words.length - 1].end);
    // the dative or genitive ending of an adjective: „Deutschen Presse-Agentur“ → „Deutsche Presse-Agentur“
    const base = name.replace(/^(\p{Lu}\p{Ll}+e)n\b/u, '$1');
    if (outlets.has(name) || outlets.has(base) || outlets.has('Der ' + name)) return k;
  }
  return e;
}

export function speakerFrom(ctx: RuleContext, s: number, e: number, parts?: Array<[number, number]>): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  while (e > s && toks[e - 1].type === 'punct' && toks[e - 1].text !== ')') e--;
  while (s < e && toks[s].type === 'punct') s++;
  if (e <= s) return null;
  e = withoutAddressee(ctx, s, e);
  // „Und sie monieren, …“: a coordinator before a pronoun subject is no part of it
  if (e - s === 2 && COORDINATORS.has(lower(toks[s].text)) && PRONOUNS.has(lower(toks[s + 1].text))) s++;
  const doc = ctx.doc;
  const start = toks[s].start;
  const end = toks[e - 1].end;
  const text = doc.source.slice(start, end);
  const first = toks[s].text;
  // "Wer mehr Geld fordere, müsse …": a generalising relative clause names nobody
  if (GENERALISING.has(lower(first))) return null;
  // „Das Reden überlässt er seinem Anwalt X. Der kritisiert, …“: „Der“ alone opening the sentence before a finite verb
  // in the singular is a demonstrative pronoun for a man named before (resolved like „er“)
  if (e - s === 1 && first === 'Der' && (s === 0 || toks[s - 1].sentence !== toks[s].sentence) && singularVerb(ctx, e)) {
    return { ...pronounRef(toks[s]), gender: 'm' };
  }
  // an article alone names nobody
  if (e - s === 1 && DETERMINERS.has(lower(first)) && !/^(?:das|dies|dieses)$/i.test(first)) return null;
  // „(nannten aber) keine Summen“: a phrase with a negative article names nobody
  if (NEGATIVE_ARTICLES.has(lower(first))) return null;
  // „Kurz nachdem er über die Kündigungen …“: a subordinate clause is no speaker phrase
  for (let k = s; k < e; k++) if (toks[k].type === 'word' && CLAUSE_OPENERS.has(toks[k].text)) return null;
  // „Trotzdem“, „Deshalb“, „Und“: a conjunctional adverb or a conjunction alone is never a speaker
  if (e - s === 1 && (CONJUNCTIONAL_ADVERBS.has(lower(first)) || COORDINATORS.has(lower(first)) || SUBORDINATORS.has(lower(first)))) return null;
  if (e - s === 1 && PRONOUNS.has(lower(first))) {
    if (lower(first) === 'es' || lower(first) === 'man') return null;
    const ref = pronounRef(toks[s]);
    // "sagte sie" / "Sie erklärte": a singular finite verb beside „sie“ makes it a woman
    // ("sagten sie", "Sie seien" are plural: no gender)
    if (lower(first) === 'sie' && !ref.gender) {
      const verb = [toks[s - 1], toks[e]].find((t) => t && t.type === 'word' && /^[a-zäöüß]+$/.test(t.text) && ctx.lexicon.isVerb(t.text));
      if (verb && !/(?:en|n)$/.test(verb.text)) ref.gender = 'f';
      else if (verb) ref.plural = true; // „Sie fordern“: several, never one person named before
    }
    return ref;
  }
  // „er und seine Kollegen“, „sie und ihr Team“: a pronoun coordinated with a group speaks for it — the person
  if (e - s >= 3 && PRONOUNS.has(lower(first)) && lower(first) !== 'es' && lower(first) !== 'man' && lower(toks[s + 1].text) === 'und') return pronounRef(toks[s]);
  const names: string[] = [];
  if (parts && parts.length > 1) {
    for (const [ps, pe] of parts) {
      const sp = speakerFrom(ctx, ps, pe);
      if (sp) names.push(sp.name);
    }
  }
  const words = toks.slice(s, e).filter((t) => t.type === 'word');
  const lastWord = words[words.length - 1]?.text ?? '';
  if (AGE_WORD.test(lastWord) && /^\p{Lu}/u.test(lastWord) && words.every((t) => t === words[words.length - 1] || DETERMINERS.has(lower(t.text)))) {
    // "der 51-Jährige": a person named before; the article tells the gender ("die 19-Jährigen": several, unresolved)
    const from = DETERMINERS.has(lower(first)) ? s + 1 : s;
    const gender = ageGender(lower(first), lastWord);
    const sp: SpeakerRef = { text, start, end, name: doc.source.slice(toks[from].start, end), form: DEFINITE.has(lower(first)) && !/n$/.test(lastWord) ? 'role' : 'named', entity: null, type: /n$/.test(lastWord) ? null : 'PER', head: AGE_HEAD };
    if (gender) sp.gender = gender;
    return sp;
  }
  // „einer Medienmitteilung der deutschen Polizei“: a document speaks for the author in its genitive
  for (let k = s + 1; k < e - 1; k++) {
    const w = lower(toks[k].text);
    if ((w === 'des' || w === 'der') && isUpper(toks[k - 1].text) && DOCUMENT_NOUNS.test(toks[k - 1].text) && k - 1 <= s + 2) {
      const gen = nounPhrase(ctx, k, e);
      const g = gen && gen.end === e ? speakerFrom(ctx, gen.start, gen.end) : null;
      if (g && g.form !== 'pronoun') return { ...g, text, start, end, form: 'named' };
    }
  }
  let ent = entityIn(ctx, start, end);
  // „der Bischof von Limburg“, „der Athlet vom Skiclub Gerlitzen“: a person role with where the person is
  // from — the person (resolved like any role), not the place or the club
  if (ent) {
    const k = tokenAt(doc, ent.m.start);
    const w = k - 1;
    if (w - 1 >= s && FROM_PREPOSITIONS.has(lower(toks[w].text)) && isWord(toks[w - 1]) && roleWord(ctx, toks[w - 1].text) && !SPOKESPERSON.test(toks[w - 1].text)) {
      const role = toks[w - 1].text;
      const sp: SpeakerRef = { text, start, end, name: doc.source.slice(toks[DETERMINERS.has(lower(first)) ? s + 1 : s].start, end), form: DEFINITE.has(lower(first)) ? 'role' : 'named', entity: null, type: 'PER', head: role };
      const gender = roleGender(ctx, role, lower(first));
      if (gender) sp.gender = gender;
      return sp;
    }
  }
  // „die Grünen-Politikerin“, „die CDU-Politikerin“, „Linken-Fraktionsvorsitzende Eva von Angern“: a party or
  // an organisation inside a person's role compound is not the speaker; the person is
  const roleHead = ent && ent.e.type !== 'PER' ? roleCompoundAfter(ctx, ent.m) : null;
  if (roleHead) {
    const rest = words.filter((t) => t.start >= roleHead.end);
    const nameRun = rest.length > 0 && isUpper(rest[0].text) && isUpper(rest[rest.length - 1].text)
      && rest.every((t) => (isUpper(t.text) && !ctx.lexicon.isCommonWord(t.text)) || NAME_PARTICLES.has(t.text));
    const from = DETERMINERS.has(lower(first)) ? toks[s + 1].start : start;
    const sp: SpeakerRef = nameRun
      ? { text, start, end, name: doc.source.slice(rest[0].start, rest[rest.length - 1].end), form: 'named', entity: null, type: 'PER', head: roleHead.role }
      : { text, start, end, name: doc.source.slice(from, end), form: DEFINITE.has(lower(first)) ? 'role' : 'named', entity: null, type: 'PER', head: roleHead.role };
    const gender = roleGender(ctx, roleHead.role, lower(first));
    if (gender) sp.gender = gender;
    if (nameRun || rest.length === 0) return sp;
    ent = null;
  }
  const caps = words.filter((t) => isUpper(t.text) && !DETERMINERS.has(lower(t.text)));
  const lastCap = caps[caps.length - 1]?.text ?? '';
  const acronym = caps.some((t) => /^[\p{Lu}]{2,}$/u.test(t.text));
  // „die Oedinger Grundschulleiterin“: a place adjective in -er before a role word is no name
  const placeAdjective = (t: Token): boolean => /^\p{Lu}\p{Ll}+er$/u.test(t.text) && words[words.indexOf(t) + 1] !== undefined && roleWord(ctx, words[words.indexOf(t) + 1].text);
  const nameLike = caps.filter(
    (t) => ((!ctx.lexicon.isCommonWord(t.text) && !roleWord(ctx, t.text) && !isAdj(ctx.lexicon, lower(t.text))) || /^[\p{Lu}]{2,}$/u.test(t.text)) && !placeAdjective(t),
  );
  const definite = DEFINITE.has(lower(first));
  let name: string;
  if (ent) name = ent.e.name;
  else {
    // "Frankreichs Nationaler Sicherheitsberater Jean Dupont" → the words after the last role noun
    let k = -1;
    for (let w = 0; w < words.length; w++) if (roleWord(ctx, words[w].text)) k = w;
    const after = k >= 0 ? words.slice(k + 1) : [];
    const comma = toks.slice(s, e).map((t) => t.text).lastIndexOf(',');
    if (after.length > 0 && after.every((t) => isUpper(t.text) && !ctx.lexicon.isCommonWord(t.text))) {
      name = doc.source.slice(after[0].start, after[after.length - 1].end);
    } else if (comma > 0 && s + comma + 1 < e) {
      // an apposition: "Der Präsident des Verbands, Siegfried Maier" → the name after the comma
      name = doc.source.slice(toks[s + comma + 1].start, end);
    } else {
      let from = s;
      if (DETERMINERS.has(lower(first))) from++;
      name = doc.source.slice(toks[Math.min(from, e - 1)].start, end);
    }
  }
  // „hat massive Kritik … geäußert“, „mit eigenen Augen“: a phrase headed by a noun that never speaks
  // (non-speakers.txt) is the object or an adverbial, no speaker
  if (!ent && !acronym && caps.length > 0 && !nameLike.includes(caps[0]) && nonSpeaker(ctx, caps[0].text)) return null;
  // The form: a definite phrase of common words only ("die Agentur", "der Staatschef") is a role.
  const form = definite && !ent && nameLike.length === 0 && !acronym ? 'role' : 'named';
  const type = ent ? ent.e.type : ORG_HEADS.test(lastCap) || acronym ? 'ORG' : nameLike.length >= 1 && caps.some((t) => roleWord(ctx, t.text)) ? 'PER' : null;
  // "die Stadtsprecherin", "ein Polizeisprecher": an unnamed person (no organisation head)
  const personRole = !ent && !type && !acronym && roleWord(ctx, lastCap) && !ORG_HEADS.test(lastCap);
  const sp: SpeakerRef = { text, start, end, name, form, entity: ent ? ent.e.id : null, type: personRole ? 'PER' : type, head: lastCap };
  if (names.length > 1) sp.names = names;
  if (!ent || ent.e.type === 'PER') {
    const gender = roleGender(ctx, lastCap, lower(first));
    if (gender) sp.gender = gender;
  }
  return sp;
}

/**
 * The role noun a mention is glued to by a hyphen („Grünen|-Politikerin“, „CDU|-Fraktionschef“), with
 * the offset where the compound ends, when that last part is a person role; else null.
 */
function roleCompoundAfter(ctx: RuleContext, m: Span): { role: string; end: number } | null {
  const src = ctx.doc.source;
  if (src[m.end] !== '-' && src[m.end] !== '‑') return null;
  let j = m.end + 1;
  while (j < src.length && /[\p{L}\-‑]/u.test(src[j])) j++;
  const parts = src.slice(m.end + 1, j).split(/[-‑]/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const role = last ? last[0].toUpperCase() + last.slice(1) : '';
  // „ein SBB-Sprecher“: a spokesperson speaks for the organisation, which stays the speaker
  return role && roleWord(ctx, role) && !SPOKESPERSON.test(role) ? { role, end: j } : null;
}

/** The noun (by its lemma or its compound head) is listed in non-speakers.txt. */
export function nonSpeaker(ctx: RuleContext, w: string): boolean {
  return wordFact(ctx.lexicon, NON_SPEAKER, w);
}
const NON_SPEAKER = defineFact('statement.nonSpeaker', (lex, w) => {
  const list = lex.list('non-speakers');
  const lemma = lex.nounLemma(w) ?? w;
  if (list.has(lemma) || list.has(w)) return true;
  const head = lex.compoundHead(w);
  return !!head && list.has(head);
});

/** Prepositions that say where a person with a role is from: „der Bischof von Limburg“, „der Athlet vom Skiclub X“. */
const FROM_PREPOSITIONS: ReadonlySet<string> = new Set(['von', 'vom', 'aus']);
/** A spokesperson speaks for the organisation after it: „ein Sprecher von Siemens“ stays Siemens. */
const SPOKESPERSON = /sprecher(in)?$/i;

/**
 * Tokens [s, comma) are one adverbial clause („Weil Fußgänger kaum über die Straße kämen“, „Nachdem
 * …“; not „als“, also a preposition) with no comma inside: a fronted clause, after which the finite
 * verb opens the main clause.
 */
export function frontedAdverbialClause(toks: readonly { text: string }[], s: number, comma: number, ctx?: RuleContext): boolean {
  if (!ADVERBIAL_SUBORDINATORS.has(lower(toks[s].text)) || lower(toks[s].text) === 'als') return false;
  // „Damit könnten die Konzerne …“, „Damit setze sich der Trend fort“: an adverb followed by the finite
  // verb opens a main clause, no subordinate one (a subordinate clause has its subject there)
  const next = toks[s + 1]?.text ?? '';
  if (AUXILIARIES.has(next) || isKonjunktiv2(next)) return false;
  // „Während der Untersuchungen seien …“: „während“ + an article of the genitive is a preposition
  if (lower(toks[s].text) === 'während' && /^(?:der|des|eines|einer)$/.test(next)) return false;
  if (ctx && /^\p{Ll}/u.test(next) && !isFunction(ctx.lexicon, next) && isKonjunktiv1(ctx, next)) return false;
  for (let k = s + 1; k < comma; k++) if (toks[k].text === ',') return false;
  return true;
}

/** Pronouns that refer to a man or a woman: personal (dative, accusative) and possessive forms. */
const MALE_PRONOUN = /^(er|ihm|ihn|sein|seine|seinen|seiner|seinem|seines)$/;
const FEMALE_PRONOUN = /^(ihr|ihre|ihren|ihrer|ihrem|ihres)$/;

/** Token `k` is a lower-case finite verb in the third person singular („kritisiert“, „sagte“, „hat“). */
function singularVerb(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (AUXILIARIES.has(t.text)) return /^(?:hat|hatte|ist|war|wird|wurde|will|wollte|soll|sollte|kann|konnte|muss|musste|darf|durfte)$/.test(t.text);
  // (a participle used as an adjective stands before its noun: „Der kritisierte Plan“)
  const next = ctx.doc.tokens[k + 1];
  return ctx.lexicon.isVerb(t.text) && /(?:t|te)$/.test(t.text) && !(next && next.type === 'word' && /^\p{Lu}/u.test(next.text));
}

/**
 * A pronoun speaker („er“, „Ihm“ in „Ihm zufolge“, „ihren“ in „nach ihren Worten“), resolved later
 * to the person named before; its gender where the form shows it („sie“ may be plural: none).
 */
export function pronounRef(t: Token): SpeakerRef {
  const w = lower(t.text);
  const ref: SpeakerRef = { text: t.text, start: t.start, end: t.end, name: t.text, form: 'pronoun', entity: null, type: null };
  if (MALE_PRONOUN.test(w)) ref.gender = 'm';
  else if (FEMALE_PRONOUN.test(w)) ref.gender = 'f';
  return ref;
}

/** Gender of an age noun from its article and ending: „der 51-Jährige“ m, „die 38-Jährige“ f, „die 38-Jährigen“ none. */
function ageGender(article: string, noun: string): Gender | null {
  if (/n$/.test(noun)) return null; // plural or oblique case
  if (/r$/.test(noun)) return 'm'; // "ein 51-Jähriger"
  if (article === 'der') return 'm';
  if (article === 'die' || article === 'eine') return 'f';
  return null;
}

/** Person nouns of one gender whatever their ending. */
const FEMALE_NOUN = /(mutter|tochter|schwester|frau|witwe)$/;
const MALE_NOUN = /(vater|sohn|bruder|mann|witwer|onkel)$/;
/** Endings of feminine person nouns the dictionary may lack: „Glaziologin“, „Ökonomin“, „Pianistin“. */
const FEMALE_SUFFIX = /(erin|orin|istin|login|nomin|antin|entin|eurin|ärin|ärztin|nautin|grafin|graphin|sophin|atin|otin|itin)$/;
/** Endings of masculine person nouns: „Kämmerer“, „Hydrologe“, „Pianist“, „Bankchef“. */
const MALE_SUFFIX = /(er|or|ist|loge|nom|ant|ent|eur|är|arzt|at|ot|chef|tän|ier|experte|kollege|zeuge|genosse)$/;

/**
 * Gender of a person role word: „Sprecherin“, „UNRWA-Sprecherin“ f; „Trainer“, „Sprecher“ m; an
 * adjectival role („Abgeordnete“) takes it from the article before it („die“ f, „der“ m). Only
 * role words of the lexicon, unless `loose` (a word right before a person's name: „Ökonomin X“,
 * „Bankchef X“), where person-noun endings count too.
 */
export function roleGender(ctx: RuleContext, word: string, article: string, loose = false): Gender | null {
  const w = word.replace(/^.*-/, '');
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isFunction(ctx.lexicon, w)) return null;
  const lw = lower(w);
  const role = roleWord(ctx, w);
  if (!role && !loose && !PERSON_ADJECTIVAL.test(w)) return null;
  if (FEMALE_NOUN.test(lw)) return 'f';
  if (MALE_NOUN.test(lw)) return 'm';
  if (/innen$/.test(lw)) return null;
  if (/in$/.test(lw)) return role || FEMALE_SUFFIX.test(lw) || ctx.lexicon.nounLemma(w.slice(0, -2)) ? 'f' : null;
  if (/e$/.test(lw) && (PERSON_ADJECTIVAL.test(w) || isAdj(ctx.lexicon, lw))) {
    return article === 'die' || article === 'eine' ? 'f' : article === 'der' || article === 'ein' ? 'm' : null;
  }
  if (/en$/.test(lw)) return null;
  return role || MALE_SUFFIX.test(lw) || ctx.lexicon.nounLemma(w + 'in') ? 'm' : null;
}

/** Nominalised adjectives and participles for people: „Abgeordnete“, „Vorsitzende“, „Angeklagte“. */
const PERSON_ADJECTIVAL = /(abgeordnete|vorsitzende|angeklagte|beschuldigte|verdächtige|beamte|angestellte|betroffene|verletzte|jährige)$/i;

/** A prefield that is an adverbial ("Zuvor", "Letzte Woche", "Als Reaktion auf die Kritik", "Im September"). */
function adverbialPrefield(ctx: RuleContext, s: number, e: number): boolean {
  const toks = ctx.doc.tokens;
  const first = lower(toks[s].text);
  const adv = adverbs(ctx.lexicon);
  // „Von der Leyen sagte, …“: a person's name the entity layer found opens the prefield
  if (first === 'von' && ctx.results.entities.some((en) => en.type === 'PER' && en.mentions.some((m) => m.start === toks[s].start && m.end === toks[e - 1].end))) return false;
  if (PREPOSITIONS.has(first) || adv.has(first) || SUBORDINATORS.has(first) || CONJUNCTIONAL_ADVERBS.has(first)) return true;
  // (a figure before a noun is a counted subject: „11 der 16 Landesbehörden teilten mit“; time words follow below)
  if (toks[s].type === 'number' && !toks.slice(s + 1, e).some((t) => t.type === 'word' && isUpper(t.text))) return true;
  const time = timeWords(ctx.lexicon);
  for (let k = s; k < e; k++) if (time.has(lower(toks[k].text))) return true;
  for (let k = s; k < e; k++) if (adv.has(lower(toks[k].text)) && k === e - 1) return true;
  // „Vergeblich wies der Bürgermeister darauf hin“: a lone adjective used as an adverb, no noun
  // (not a person's surname the entity layer found there: „Rau sagte, …“ after „Martin Rau“)
  if (e - s === 1 && ctx.lexicon.isAdjective(first) && !ctx.lexicon.isNoun(toks[s].text) && !personEndsAt(ctx, s)) return true;
  return dativePrefield(ctx, s, e);
}

/** Endings of feminine nouns: after „Der“ such a noun is dative („Der Zeitung sagte sie“), never the subject. */
const FEMININE_ENDINGS = /(?:ung|heit|keit|schaft|tion|tät|agentur|zeitung)$/u;

/**
 * A dative object in the prefield, the subject after the verb: „Dem Sender sagte der Minister“, „Der
 * Nachrichtenagentur dpa sagte sie“ (a feminine noun after „Der“, over adjectives).
 */
function dativePrefield(ctx: RuleContext, s: number, e: number): boolean {
  const toks = ctx.doc.tokens;
  const first = lower(toks[s].text);
  // (and „Den Waffenstillstand bezeichnete X als …“: „den“ is accusative or dative, never the subject)
  if (first === 'dem' || first === 'einem' || first === 'den' || first === 'einen') return true;
  if (toks[s].text !== 'Der') return false;
  let k = s + 1;
  while (k < e && isLowerWord(toks[k].text) && ctx.lexicon.isAdjective(toks[k].text)) k++;
  return k < e && isUpper(toks[k].text) && FEMININE_ENDINGS.test(toks[k].text);
}

/**
 * The first finite verb of a verb-second clause starting at `s`: the first lower-case word after
 * a capitalised content word that is no function word or adjective before a noun.
 */
export function firstFiniteVerb(ctx: RuleContext, s: number, limit: number): number {
  const toks = ctx.doc.tokens;
  const lex = ctx.lexicon;
  let sawContent = false;
  for (let k = s; k < limit; k++) {
    const t = toks[k];
    if (t.type !== 'word') continue;
    if (isUpper(t.text) && !DETERMINERS.has(lower(t.text)) && !PREPOSITIONS.has(lower(t.text))) {
      sawContent = true;
      continue;
    }
    if (!isLowerWord(t.text)) continue;
    if (k > s && adverbs(lex).has(t.text)) { sawContent = true; continue; }
    if (AUXILIARIES.has(t.text)) return k;
    if (isFunction(lex, t.text) || ENGLISH_GLUE.has(t.text)) continue;
    if (!sawContent) continue;
    if (lex.isVerb(t.text) || !lex.isCommonWord(t.text)) {
      if (lex.isAdjective(t.text) && !lex.isVerb(t.text)) continue;
      return k;
    }
  }
  return -1;
}

/** Relative pronouns that open a relative clause after a comma („…, die den Streik organisiert hatte, …“). */
const RELATIVE_PRONOUNS = DE_RELATIVE_PRONOUNS;

/** The start of the clause holding token `v`, and whether it is a subordinate clause. */
/** Participles of the newsroom's „wie berichtet“ parenthesis. */
const AS_REPORTED = /^(?:berichtet|gemeldet|erwähnt|angekündigt|bekannt)$/;

export function clauseStart(ctx: RuleContext, v: number, sentStart: number): { start: number; sub: boolean; coordinated: boolean } {
  const toks = ctx.doc.tokens;
  if (v - 1 >= sentStart && ['und', 'sowie', 'aber', 'oder'].includes(toks[v - 1].text)) return { start: v, sub: false, coordinated: true };
  for (let k = v - 1; k >= sentStart; k--) {
    const t = toks[k];
    // „Der Arzt und Journalist („Stern“) klagt an“: a quoted name in brackets is an insert, no clause mark
    if (t.text === ')' && isQuote(toks[k - 1]) && k - 3 >= sentStart) {
      let o = k - 2;
      while (o > sentStart && k - o <= 6 && !isQuote(toks[o])) o--;
      if (isQuote(toks[o]) && toks[o - 1]?.text === '(') {
        k = o - 1;
        continue;
      }
    }
    if (t.type === 'word' && SUBORDINATORS.has(t.text) && k > sentStart && toks[k - 1].type === 'punct') return { start: k + 1, sub: true, coordinated: false };
    // „Wie berichtet, hat der Vorsitzende gefordert, …“: the newsroom's „as reported“ is a parenthesis; the main clause follows it
    if (t.text === ',' && k - 2 === sentStart && lower(toks[sentStart].text) === 'wie' && AS_REPORTED.test(toks[k - 1].text)) return { start: k + 1, sub: false, coordinated: false };
    // sentence-initial "Wie die Polizei mitteilte, …" (verb last), not "Als Reaktion … sagte der …" / "Während der Debatte sagte …"
    if (t.type === 'word' && SUBORDINATORS.has(lower(t.text)) && k === sentStart && toks[v + 1]?.type === 'punct') return { start: k + 1, sub: true, coordinated: false };
    if (t.type === 'punct' && (t.text === ':' || t.text === ';' || QUOTE_CHARS.has(t.text) || t.text === '–')) return { start: k + 1, sub: false, coordinated: false };
    if (t.type === 'punct' && t.text === ',' && k + 1 < v) {
      const n = toks[k + 1];
      // "…, und sagte" / relative pronouns start a new clause; a capitalised word is an apposition
      if (n.type === 'word' && (COORDINATORS.has(n.text) || RELATIVE_PRONOUNS.has(n.text))) {
        return { start: k + 2, sub: n.text !== 'und', coordinated: n.text === 'und' };
      }
      // „Familien, mit denen ein Reporter sprach, …“: a preposition before the relative pronoun
      if (n.type === 'word' && PREPOSITIONS.has(n.text) && k + 2 < v && RELATIVE_PRONOUNS.has(toks[k + 2].text)) return { start: k + 3, sub: true, coordinated: false };
    }
  }
  return { start: sentStart, sub: false, coordinated: false };
}

/**
 * A publication in quotation marks that opens the sentence (after an article, perhaps) and closes
 * right before token `v`: „«sz-online» hatte …“, „Der „Kurier“ meldete …“. At most four words, no
 * sentence punctuation; a lower-case title only with a hyphen or dot (a web outlet). Or null.
 */
function quotedSubjectBefore(ctx: RuleContext, v: number, sentStart: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  const q = findQuotes(ctx.doc).find((x) => x.close === v - 1);
  if (!q) return null;
  const article = q.open === sentStart + 1 && DEFINITE.has(lower(toks[sentStart].text));
  if (q.open !== sentStart && !article) return null;
  if (q.close - q.open < 2 || q.close - q.open - 1 > 4) return null;
  for (let k = q.open + 1; k < q.close; k++) if (['.', '!', '?', ',', ':', ';'].includes(toks[k].text) && !(toks[k].text === '.' && !toks[k].space && !toks[k + 1]?.space)) return null;
  const first = toks[q.open + 1];
  let name = ctx.doc.source.slice(first.start, toks[q.close - 1].end);
  if (!/^[\p{Lu}\d]/u.test(first.text) && !/^[\p{Ll}\d]+(?:[-.][\p{Ll}\d]+)+$/u.test(name)) return null;
  if (article && lower(toks[sentStart].text) === 'des' && /[^s]s$/.test(name)) name = name.slice(0, -1);
  const start = toks[article ? sentStart : q.open].start;
  const end = toks[q.close].end;
  const e = ctx.results.entities.find((x) => x.name === name);
  return { text: ctx.doc.source.slice(start, end), start, end, name, form: 'named', entity: e ? e.id : null, type: e ? e.type : null };
}

/** Focus particles that may stand before the subject in the prefield („Auch X findet …“). */
const FOCUS_PARTICLES = new Set(['auch', 'nur', 'selbst', 'sogar', 'gerade']);

/** Personal pronouns that can only be a subject (nominative). */
const NOMINATIVE_ONLY = new Set(['er', 'ich', 'wir', 'du']);

/**
 * A relative clause that ends right before the verb at `v` („…, die den Streik organisiert
 * hatte, sagte“): the index of its opening comma, or null. The clause holds no other comma, colon
 * or quotation mark.
 */
function relativeBefore(ctx: RuleContext, v: number, sentStart: number): { comma: number } | null {
  const toks = ctx.doc.tokens;
  if (v - 1 <= sentStart || toks[v - 1].text !== ',') return null;
  for (let k = v - 2; k > sentStart; k--) {
    const t = toks[k];
    // („die von Bürgermeisterin X (ÖVP) begrüßt wurde,“: a bracket inside the relative clause)
    if (t.text === '(' || t.text === ')') continue;
    if (t.type === 'punct') {
      if (t.text !== ',') return null;
      const n = toks[k + 1];
      // „, die …,“ or „, mit der …,“ (a preposition before the relative pronoun)
      const rel = n && n.type === 'word' && (RELATIVE_PRONOUNS.has(n.text) || (toks[k + 2] && RELATIVE_PRONOUNS.has(toks[k + 2].text) && /^(mit|von|bei|für|an|auf|in|zu|aus|nach|über|unter|gegen)$/.test(n.text)));
      // the relative clause ends in its verb: „…, die den Streik organisiert hatte,“
      const last = toks[v - 2];
      const verbLast = last.type === 'word' && /^\p{Ll}/u.test(last.text) && (ctx.lexicon.isVerb(last.text) || AUXILIARIES.has(last.text));
      if (rel && verbLast && k + 3 < v - 1) return { comma: k };
      // „Eckart Wangerin, der Fraktionschef der Linken, sagte“: a verbless apposition with a noun after a capitalised word
      return appositionPhrase(ctx, k, v - 1) ? { comma: k } : null;
    }
    if (QUOTE_CHARS.has(t.text)) return null;
  }
  return null;
}

/** At most this many tokens in an apposition between commas („, der Fraktionschef der Linken,“). */
const MAX_APPOSITION_TOKENS = 8;

/**
 * Tokens between the commas c1 and c2 form an apposition after a capitalised word: words only (and
 * hyphens), a capitalised noun and a lower-case word among them, no lower-case verb, opening with an
 * article or a capitalised word.
 */
export function appositionPhrase(ctx: RuleContext, c1: number, c2: number): boolean {
  const toks = ctx.doc.tokens;
  if (c2 - c1 < 2 || c2 - c1 - 1 > MAX_APPOSITION_TOKENS) return false;
  const before = toks[c1 - 1];
  // (after a weekday or month the comma closes an adverbial: „sagte am Freitag, Russland habe …“)
  if (!before || before.type !== 'word' || !isUpper(before.text) || WEEKDAYS.has(lower(before.text)) || MONTHS.has(lower(before.text))) return false;
  const first = toks[c1 + 1];
  if (first.type !== 'word' || !(isUpper(first.text) || DETERMINERS.has(first.text))) return false;
  let noun = false;
  let lowerWord = false;
  for (let k = c1 + 1; k < c2; k++) {
    const t = toks[k];
    if (t.type !== 'word') {
      // („Elternbeirätin der 2a“: a class or a team with a figure)
      if (t.text === '-' || (t.type === 'number' && k > c1 + 1)) continue;
      return false;
    }
    if (isUpper(t.text)) {
      if (k > c1 + 1 || !DETERMINERS.has(lower(t.text))) noun = true;
      continue;
    }
    lowerWord = true;
    if (AUXILIARIES.has(t.text) || (ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isAdjective(t.text) && !isFunction(ctx.lexicon, t.text))) return false;
  }
  // (capitalised words only — a name in apposition — are appositionBefore's)
  return noun && lowerWord;
}

/**
 * The subject before a relative clause that separates it from its verb at `v`: „Die Gewerkschaft,
 * die den Streik organisiert hatte, sagte, …“ → die Gewerkschaft. Null when there is no such
 * relative clause, or what stands before it is no noun phrase at the start of a main clause.
 */
export function subjectBeforeRelative(ctx: RuleContext, v: number, sentStart: number): SpeakerRef | null {
  const embedded = relativeBefore(ctx, v, sentStart);
  if (!embedded) return null;
  const outer = clauseStart(ctx, embedded.comma, sentStart);
  if (outer.sub || outer.coordinated || outer.start >= embedded.comma) return null;
  if (adverbialPrefield(ctx, outer.start, embedded.comma) || holdsVerb(ctx, outer.start, embedded.comma)) return null;
  const np = coordinatedPhrase(ctx, outer.start, embedded.comma);
  return speakerFrom(ctx, outer.start, embedded.comma, np && np.end >= embedded.comma - 1 ? np.parts : undefined);
}

/**
 * The subject of the clause whose (finite or participle) speech verb is at `v`: the prefield
 * when it is a noun phrase, else the noun phrase after the finite verb. Coordinated predicates
 * ("… und sagte") take the subject of the first clause of the sentence.
 */
/**
 * The first token after a dateline that opens the sentence before token `fin` („Teheran (IRNA) - Unter
 * Bezugnahme … hat der Minister …“, „Berlin (dpa) – …“): capitalised words, an agency in brackets,
 * then a dash; else `s`.
 */
function afterDateline(ctx: RuleContext, s: number, fin: number): number {
  const toks = ctx.doc.tokens;
  let k = s;
  while (k < fin && k - s < 3 && toks[k].type === 'word' && isUpper(toks[k].text)) k++;
  if (k === s || toks[k]?.text !== '(') return s;
  const close = k + 2;
  if (toks[k + 1]?.type !== 'word' || toks[close]?.text !== ')') return s;
  return (toks[close + 1]?.text === '-' || toks[close + 1]?.text === '–') && close + 2 < fin ? close + 2 : s;
}

export function subjectOf(ctx: RuleContext, v: number, sentStart: number, sentEnd: number, depth = 0): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  // "Die Gewerkschaft, die den Streik organisiert hatte, sagte, …": a relative clause between the
  // subject and its verb; the subject is the noun phrase before the relative clause
  const embedded = subjectBeforeRelative(ctx, v, sentStart);
  if (embedded) return embedded;
  // „Angesprochen darauf, ob die Partei …, meinte er: „…““: a verb right after a comma opens the main clause,
  // a nominative pronoun after it is its subject (not the subject of the subordinate clause before)
  const nextWord = toks[v + 1];
  if (v - 1 > sentStart && toks[v - 1].text === ',' && isLowerWord(toks[v].text) && nextWord?.type === 'word' && NOMINATIVE_ONLY.has(nextWord.text)) return pronounRef(nextWord);
  const cs = clauseStart(ctx, v, sentStart);
  if (cs.coordinated) {
    if (depth > 2) return null;
    // "„…“, sagte der NIS … und fügte hinzu, dass …": the subject of the previous verb of saying
    for (let k = v - 2; k >= sentStart; k--) {
      if (QUOTE_CHARS.has(toks[k].text)) break;
      if (!speechVerbAt(ctx, k, sentEnd)) continue;
      const p = toks[k - 1];
      if (p && (p.text === ',' || QUOTE_CHARS.has(p.text))) {
        const np = coordinatedPhrase(ctx, k + 1, v - 1);
        return np ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
      }
      return subjectOf(ctx, k, sentStart, sentEnd, depth + 1);
    }
    // „Auf die Frage …, man habe …, lacht Holm und sagt:“: the verb that opens the clause after the last comma
    // (the fronted phrase before it holds an embedded report with verbs of its own)
    let c = v - 2;
    while (c > sentStart && toks[c].text !== ',') c--;
    const opener = toks[c + 1];
    if (c > sentStart && c + 1 < v - 2 && opener.type === 'word' && isLowerWord(opener.text) && ctx.lexicon.isVerb(opener.text)
      && !isFunction(ctx.lexicon, opener.text) && !ctx.lexicon.isAdjective(opener.text) && !konjunktivIn(ctx, c + 1, c + 2)) {
      // its subject follows it (the fronted phrase fills the prefield)
      const np = coordinatedPhrase(ctx, c + 2, v - 1);
      if (np && np.end === v - 1) return speakerFrom(ctx, np.start, np.end, np.parts);
    }
    const fv = firstFiniteVerb(ctx, sentStart, v);
    if (fv < 0 || fv >= v) return null;
    return subjectOf(ctx, fv, sentStart, sentEnd, depth + 1);
  }
  // the finite verb: an auxiliary earlier in the clause, else the verb itself
  let fin = v;
  if (!cs.sub) {
    for (let k = cs.start; k < v; k++) {
      if (toks[k].type === 'word' && (AUXILIARIES.has(toks[k].text) || LASSEN_FORMS.has(toks[k].text)) && k > cs.start) {
        fin = k;
        break;
      }
    }
  }
  if (cs.sub) {
    const np = coordinatedPhrase(ctx, cs.start, v);
    return np ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
  }
  let s = cs.start === sentStart ? afterDateline(ctx, sentStart, fin) : cs.start;
  // „Auch sein Parteikollege X kritisierte, …“, „Auch sie kritisierte, …“: a focus particle before the subject
  if (s + 1 < fin && FOCUS_PARTICLES.has(lower(toks[s].text)) && isWord(toks[s + 1]) && (isUpper(toks[s + 1].text) || DETERMINERS.has(lower(toks[s + 1].text)) || (fin === s + 2 && SUBJECT_PRONOUNS.has(toks[s + 1].text)))) s++;
  // „«sz-online» hatte berichtet“, „Der „Kurier“ meldete“: an outlet in quotation marks fills the prefield
  const title = s > sentStart && isLowerWord(toks[s].text) && (fin === s || AUXILIARIES.has(toks[s].text)) ? quotedSubjectBefore(ctx, s, sentStart) : null;
  if (title) return title;
  // "Die Kosten bezifferte er auf …", "Den Vorwurf wies ich zurück": a nominative-only pronoun right
  // after the finite verb is the subject, and the prefield its object („sie“, „es“ may be objects)
  const after = toks[fin + 1];
  if (fin > s && after && after.type === 'word' && NOMINATIVE_ONLY.has(after.text) && !holdsVerb(ctx, s, fin)) return pronounRef(after);
  // „Putin wiederum warf der Ukraine vor, …“, „Brenner hingegen lobte …“: a conjunctional adverb after the subject
  let pe = fin;
  while (pe - 1 > s && toks[pe - 1].type === 'word' && CONJUNCTIONAL_ADVERBS.has(lower(toks[pe - 1].text))) pe--;
  if (pe < fin && !adverbs(ctx.lexicon).has(lower(toks[s].text)) && !CONJUNCTIONAL_ADVERBS.has(lower(toks[s].text))) {
    const np0 = coordinatedPhrase(ctx, s, pe);
    const sp0 = np0 && np0.end === pe ? speakerFrom(ctx, np0.start, np0.end, np0.parts) : null;
    // (a person or organisation — not a time phrase: „Wenige Tage zuvor hatte …“)
    if (sp0 && (sp0.entity || sp0.type === 'PER' || sp0.type === 'ORG')) return sp0;
  }
  // „Das sagte Ministerin X“: a neuter demonstrative alone in the prefield is the object; the subject follows the verb
  const demonstrative = fin === s + 1 && NEUTER_DEMONSTRATIVE_PRONOUNS.has(lower(toks[s].text));
  if (fin > s && !demonstrative && !adverbialPrefield(ctx, s, fin) && !holdsVerb(ctx, s, fin)) {
    const np = coordinatedPhrase(ctx, s, fin);
    const parts = np && np.end >= fin - 1 ? np.parts : undefined;
    const sp = speakerFrom(ctx, s, fin, parts);
    // „Die Tat hatte der Angeklagte eingeräumt“: an object that cannot speak (non-speakers.txt) fills the
    // prefield; the subject follows the finite verb (read below)
    const head = toks.slice(s, fin).find((t) => t.type === 'word' && isUpper(t.text) && !DETERMINERS.has(lower(t.text)));
    if (sp || !head || !nonSpeaker(ctx, head.text)) return sp;
  }
  // „Die Ministerien zählen 12.000, Bildungsminister X (FW) nannte die Zahlen „Fake““: a main clause joined by a
  // comma, its named subject between the comma and the verb
  if (fin > s && !cs.sub && holdsVerb(ctx, s, fin)) {
    let c = fin - 1;
    while (c > s && toks[c].text !== ',') c--;
    if (c > s && fin - c > 2) {
      const head = personLead(ctx, c + 1, fin) ?? coordinatedPhrase(ctx, c + 1, fin);
      let e = head ? head.end : -1;
      // a party or club in brackets after the name
      if (e > 0 && toks[e]?.text === '(') {
        while (e < fin && toks[e].text !== ')') e++;
        e++;
      }
      const named = head && e === fin && !holdsVerb(ctx, c + 1, fin) ? speakerFrom(ctx, head.start, head.end, head.parts) : null;
      // a person or organisation by name, or a bare plural („Veranstalter und Teilnehmer“); not an object put
      // first behind an article or demonstrative („diese Zahl nannte auch die Polizei“)
      const entity = named && named.entity && (named.type === 'PER' || named.type === 'ORG');
      if (named && named.form === 'named' && (entity || !DETERMINERS.has(lower(toks[c + 1].text)))) return named;
    }
  }
  // subject after the finite verb („Trotzdem zeigte sich X überzeugt“, „Zufrieden zeigte sich der Minister“: over the reflexive)
  let k = fin + 1;
  if (toks[k]?.text === 'sich' && isWord(toks[k + 1]) && (isUpper(toks[k + 1].text) || DETERMINERS.has(toks[k + 1].text))) k++;
  // „So fordert etwa die FDP, …“, „meinte zudem der Minister“: an adverb between the verb and the subject
  if (SUBJECT_INTERPOSED_ADVERBS.has(toks[k]?.text ?? '') && isWord(toks[k + 1]) && (isUpper(toks[k + 1].text) || DETERMINERS.has(toks[k + 1].text))) k++;
  const np = coordinatedPhrase(ctx, k, sentEnd);
  if (!np) {
    // „(Auch) X findet den Weg gut, meinte aber auch: …“: a verb right after a comma with no subject of its
    // own shares the named subject that opens the clause before (after a focus particle)
    if (depth > 0 || fin - 1 <= sentStart || toks[fin - 1].text !== ',') return null;
    const fv = firstFiniteVerb(ctx, sentStart, fin - 1);
    const s0 = FOCUS_PARTICLES.has(lower(toks[sentStart].text)) ? sentStart + 1 : sentStart;
    const head = fv > s0 ? coordinatedPhrase(ctx, s0, fv) : null;
    const shared = head && head.end === fv ? speakerFrom(ctx, head.start, head.end, head.parts) : null;
    return shared && shared.form === 'named' ? shared : null;
  }
  return speakerFrom(ctx, np.start, np.end, np.parts);
}

// ----------------------------------------------------------------------------- content

const TRAIL_SUB = new Set(['obwohl', 'obgleich', 'wobei', 'nachdem', 'zumal']);

/**
 * Where reported content that starts at token `from` ends (exclusive token index): before a
 * trailing attribution (", sagte X", ", so X", ", wie X berichtete", ", teilte X mit"), a
 * concessive clause (", obwohl …"), or final punctuation. Quotes opened inside stay whole.
 */
export function contentEnd(ctx: RuleContext, from: number, sentEnd: number): number {
  const toks = ctx.doc.tokens;
  let end = sentEnd;
  const quotes = findQuotes(ctx.doc);
  for (let k = from + 1; k < sentEnd; k++) {
    const t = toks[k];
    // „X glaubt, die Lage habe sich verschärft: „…““: the quotation after the colon is a statement of its own
    // (not after a second verb of saying: „bezeichnete es als „…“ und fügte hinzu: „…““)
    if (t.text === ':' && k - from >= 3 && quotes.some((q) => q.open === k + 1) && !coordinatedSpeechVerb(ctx, from, k, sentEnd)) {
      end = k;
      break;
    }
    if (t.text !== ',' && !(QUOTE_CHARS.has(t.text) && toks[k + 1]?.text === ',')) continue;
    const c = t.text === ',' ? k : k + 1;
    const n = toks[c + 1];
    if (!n) break;
    if (n.type === 'word' && (TRAIL_SUB.has(n.text) || n.text === 'so' || n.text === 'wie')) {
      if (n.text === 'wie' && !trailingWie(ctx, c + 1, sentEnd)) continue;
      if (n.text === 'so' && !toks[c + 2]) continue;
      end = t.text === ',' ? k : k + 1;
      break;
    }
    if (n.type === 'word' && (speechVerbAt(ctx, c + 1, sentEnd) || attributionClause(ctx, c + 1, sentEnd))) {
      end = t.text === ',' ? k : k + 1;
      break;
    }
  }
  return trimEnd(ctx.doc, from, end);
}

/** A coordinated verb of saying in tokens [s, e): „… und fügte hinzu“. */
function coordinatedSpeechVerb(ctx: RuleContext, s: number, e: number, sentEnd: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = s; k < e; k++) {
    if (!COORDINATORS.has(lower(toks[k].text))) continue;
    for (let j = k + 1; j < e; j++) if (speechVerbAt(ctx, j, sentEnd)) return true;
  }
  return false;
}

/**
 * A clause at `c` that opens with its own subject and a finite verb of saying: „die Veranstalter
 * sprechen von …“, „der Verein spricht dagegen von …“ — a new attribution, no longer the content before it.
 */
export function attributionClause(ctx: RuleContext, c: number, sentEnd: number): boolean {
  const toks = ctx.doc.tokens;
  const first = toks[c];
  if (!first || first.type !== 'word' || !(DETERMINERS.has(lower(first.text)) || (isUpper(first.text) && !isFunction(ctx.lexicon, first.text)))) return false;
  for (let j = c + 1; j < sentEnd && j <= c + 5; j++) {
    const t = toks[j];
    if (t.type !== 'word') return false;
    if (isLowerWord(t.text) && !DETERMINERS.has(lower(t.text))) return !!speechVerbAt(ctx, j, sentEnd) && !negated(ctx.doc, j, clauseEnd(ctx.doc, j, sentEnd));
  }
  return false;
}

function trailingWie(ctx: RuleContext, w: number, sentEnd: number): boolean {
  const ce = clauseEnd(ctx.doc, w, sentEnd);
  for (let k = w + 1; k < ce; k++) if (speechVerbAt(ctx, k, sentEnd)) return true;
  return false;
}

/** Drops final punctuation (not closing quotes or brackets) and spaces. */
export function trimEnd(doc: Doc, from: number, end: number): number {
  while (end > from + 1) {
    const t = doc.tokens[end - 1];
    if (t.type === 'punct' && !QUOTE_CHARS.has(t.text) && t.text !== ')') end--;
    else break;
  }
  return end;
}

export function tokenSpan(doc: Doc, s: number, e: number): Span {
  return span(doc, doc.tokens[s].start, doc.tokens[e - 1].end);
}

/** Token index of the first token starting at or after offset `pos`: the text layer's `tokenFrom`. */
export { tokenAt };

// ----------------------------------------------------------------------------- quotes

export interface Quote {
  open: number; // token index of the opening mark
  close: number; // token index of the closing mark
}

const OPENERS: Record<string, string[]> = {
  '„': ['“', '”', '"'],
  '“': ['”', '“'],
  '”': ['”'],
  '"': ['"', '“'], // a quote opened with ASCII " and closed with “ (mixed typography in real copy)
  '»': ['«', '»'],
  '«': ['»', '«'],
  '‚': ['‘', '’'],
  '‘': ['’', '‘'],
  '‹': ['›'],
  '›': ['‹'],
};

/** Is the quote mark at token `k` written as an opener (space or start before, word after)? */
function opensAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.text === '„' || t.text === '‚') return true;
  const next = doc.tokens[k + 1];
  // „… präsentieren “, so X“: a mark right before a comma or full stop closes (a stray space before it), it never opens
  if (next && !next.space && !next.newline && next.type === 'punct' && [',', '.', ';', ':', '!', '?', ')'].includes(next.text)) return false;
  const attachedNext = !!next && !next.space && !next.newline;
  const prev = doc.tokens[k - 1];
  // „" Die Taten sind …", sagte X“: a mark that opens a line opens, also with a stray space after it
  if ((!prev || t.newline) && next && next.type === 'word' && !next.newline) return true;
  const spacedBefore = !prev || t.space || t.newline || (prev.type === 'punct' && (prev.text === '(' || prev.text === ':'));
  return attachedNext && spacedBefore;
}

/** Paired quotation marks of the document (double quotes; single ones when not inside double). */
const quoteMemo = new WeakMap<Doc, Quote[]>();

export function findQuotes(doc: Doc): Quote[] {
  let q = quoteMemo.get(doc);
  if (!q) quoteMemo.set(doc, (q = findQuotesUncached(doc)));
  return q;
}

/** The quote opened at `k` closes within its sentence, and another closing mark follows in the paragraph. */
function closesLater(doc: Doc, k: number, closers: readonly string[]): boolean {
  const toks = doc.tokens;
  let seen = 0;
  for (let j = k + 1; j < toks.length && j < k + 200; j++) {
    const u = toks[j];
    if (u.newline && doc.text.slice(toks[j - 1].end, u.start).includes('\n\n')) break;
    if (u.type === 'punct' && closers.includes(u.text) && !opensAt(doc, j)) {
      if (seen === 0 && u.sentence !== toks[k].sentence) return false;
      if (++seen === 2) return true;
    }
  }
  return false;
}

/** Double quotation marks: a quote they open may run to the end of its line without a closing mark. */
const LINE_OPENERS = new Set(['„', '"', '“', '»', '«']);

/**
 * A double quotation mark at `k` that pairs with nothing, after a colon or opening a sentence, whose
 * line holds no other quotation mark and ends a sentence: the quote runs to the end of the line
 * (a quote running over paragraphs is closed only in its last one; copy cut after a quote loses
 * the closing mark): „Trainerin Ida Berg: „Wir waren zu passiv.⏎“. The closing „mark“ is the
 * line's final full stop (or ! ?); -1 when there is none.
 */
function unclosedEnd(doc: Doc, k: number): number {
  const toks = doc.tokens;
  if (!LINE_OPENERS.has(toks[k].text)) return -1;
  const prev = toks[k - 1];
  if (prev && prev.text !== ':' && prev.sentence === toks[k].sentence && !toks[k].newline) return -1;
  let j = k + 1;
  while (j < toks.length && !toks[j].newline) {
    if (QUOTE_CHARS.has(toks[j].text)) return -1;
    j++;
  }
  const last = toks[j - 1];
  if (j - k < 5 || !['.', '!', '?'].includes(last.text)) return -1;
  return j - 1;
}

function findQuotesUncached(doc: Doc): Quote[] {
  const out: Quote[] = [];
  const toks = doc.tokens;
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    if (t.type === 'punct' && OPENERS[t.text] && opensAt(doc, k)) {
      const closers = OPENERS[t.text];
      let found = -1;
      // one quote of the same marks nested inside („Die „Schönfärber-Statistik“ zeigt …“); a second one,
      // or one after the nested quote closed, ends the search (an unclosed quote pairs with nothing)
      let depth = 0;
      let nested = false;
      // a quote may run over several sentences, but not over a paragraph break
      for (let j = k + 1; j < toks.length && j < k + 400; j++) {
        const u = toks[j];
        if (u.newline && j > k + 1 && doc.text.slice(toks[j - 1].end, u.start).includes('\n\n')) break;
        if (u.type === 'punct' && closers.includes(u.text) && !opensAt(doc, j)) {
          if (depth > 0) {
            depth--;
            continue;
          }
          found = j;
          break;
        }
        if (u.type === 'punct' && u.text === t.text && opensAt(doc, j) && t.text !== '"') {
          if (nested || !closesLater(doc, j, closers)) break;
          nested = true;
          depth++;
        }
      }
      if (found < 0) found = unclosedEnd(doc, k);
      if (found > k + 1) {
        out.push({ open: k, close: found });
        k = found + 1;
        continue;
      }
    }
    k++;
  }
  return out;
}

/**
 * The quote of `quotes` (a `findQuotes` list: disjoint, in document order) that holds token `k`
 * with its marks (open ≤ k ≤ close), or undefined. A binary search: rules ask this per token, and
 * a scan of every quote made long articles quadratic.
 */
export function quoteAt(quotes: readonly Quote[], k: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open <= k) lo = mid + 1;
    else hi = mid;
  }
  const q = lo > 0 ? quotes[lo - 1] : undefined;
  return q && q.close >= k ? q : undefined;
}

/** Token `k` stands between the marks of a quote of `quotes` (a `findQuotes` list). */
export function insideQuote(quotes: readonly Quote[], k: number): boolean {
  const q = quoteAt(quotes, k);
  return !!q && k > q.open && k < q.close;
}

// ----------------------------------------------------------------------------- source phrases

/**
 * Extends a source phrase over what the noun-phrase grammar does not see: a name the entity layer
 * found that runs past the phrase („Schätzungen des Bundesamts | für Sozialversicherungen“), an
 * acronym in parentheses after it („(BSV)“), and a lower-case name written with a dot or inner
 * capital right after it („des Forschungsinstituts gfs.bern“, „eBay“).
 */
export function extendSource(ctx: RuleContext, np: Phrase, limit: number): Phrase {
  const toks = ctx.doc.tokens;
  let end = np.end;
  const s = toks[np.start].start;
  let changed = true;
  while (changed && end < limit) {
    changed = false;
    const last = toks[end - 1].end;
    for (const e of ctx.results.entities) {
      if (e.type === 'LOC') continue;
      for (const m of e.mentions) {
        if (m.start < s || m.start >= last || m.end <= last) continue;
        let j = end;
        while (j < limit && toks[j].end <= m.end) j++;
        if (j > end) {
          end = j;
          changed = true;
        }
      }
    }
    if (toks[end]?.text === '(' && toks[end + 2]?.text === ')' && isWord(toks[end + 1]) && /^[\p{Lu}\d]/u.test(toks[end + 1].text) && end + 2 < limit) {
      end += 3;
      changed = true;
    }
  }
  // "gfs.bern", "t-online", "eBay": a lower-case name glued with a dot or hyphen, or with an inner capital
  const t = toks[end];
  if (t && end < limit && t.type === 'word' && isLowerWord(t.text) && t.space && !isFunction(ctx.lexicon, t.text)) {
    let j = end + 1;
    let glued = /\p{Lu}/u.test(t.text.slice(1));
    while (j + 1 < limit && !toks[j].space && (toks[j].text === '.' || toks[j].text === '-') && isWord(toks[j + 1]) && !toks[j + 1].space) {
      j += 2;
      glued = true;
    }
    if (glued) end = j;
  }
  return end === np.end ? np : { start: np.start, end, parts: np.parts.length > 1 ? np.parts : [[np.start, end]] };
}

// ----------------------------------------------------------------------------- titles

const ARTICLE_PREPS = new Set(['im', 'am', 'beim', 'vom', 'zum', 'zur', 'ins']);
const TITLE_PREPS = new Set(['in', 'bei', 'aus', 'an', 'auf', 'gegenüber', 'mit', 'nach']);

/**
 * A quoted title in the middle field, not a quotation: a few words after an article preposition
 * or a preposition/verb + article („sprach in der »ZIB 2« von …“, „sagte dem „Tagesspiegel““).
 * „von der »Mutter aller Krisen«“ and „als „…““ stay quotations.
 */
export function isTitleQuote(ctx: RuleContext, q: Quote): boolean {
  const toks = ctx.doc.tokens;
  if (q.close - q.open - 1 > 5) return false;
  for (let k = q.open + 1; k < q.close; k++) if (['.', '!', '?', ',', ':', ';'].includes(toks[k].text)) return false;
  const first = toks[q.open + 1];
  if (!first || !/^[\p{Lu}\d]/u.test(first.text)) return false;
  const prev = toks[q.open - 1];
  // „des Sturmtiefs „Zeljko““, „das Projekt „Stuttgart 21““: a short name of capitalised words after a noun;
  // „„Zeljko“ sollte über Dänemark ziehen“: one opening a sentence as the subject of a lower-case verb
  const capitalised = toks.slice(q.open + 1, q.close).every((t) => /^[\p{Lu}\d]/u.test(t.text));
  if (capitalised && q.close - q.open - 1 <= 3) {
    if (prev && prev.type === 'word' && isUpper(prev.text) && !DETERMINERS.has(lower(prev.text)) && prev.sentence === first.sentence && toks[q.open - 2]?.sentence === first.sentence && !speechVerbAt(ctx, q.close + 1, toks.length)) return true;
    const next = toks[q.close + 1];
    const opens = !prev || prev.sentence !== first.sentence;
    if (opens && next && next.type === 'word' && isLowerWord(next.text) && ctx.lexicon.isVerb(next.text) && !speechVerbAt(ctx, q.close + 1, toks.length)) return true;
  }
  if (!prev || prev.type !== 'word') return false;
  const p = prev.text.toLowerCase();
  if (ARTICLE_PREPS.has(p) || p === 'laut') return true;
  if (!DEFINITE_ARTICLES.has(p)) return false;
  // „(der «Bund» berichtete)“, „Die „Zeit“ meldete“: an outlet as the subject of a verb of saying after it
  if (speechVerbAt(ctx, q.close + 1, toks.length)) return true;
  const pp = toks[q.open - 2];
  if (!pp || pp.type !== 'word') return false;
  if (TITLE_PREPS.has(pp.text.toLowerCase())) return true;
  // „sagte Mieterbund-Präsident X der "Augsburger Allgemeinen"“: an organisation the entity layer found, after an article
  if (ctx.results.entities.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.start >= first.start && m.end <= toks[q.close - 1].end))) return true;
  // "sagte der »Zeit«", "sagte Kaya der »Rheinischen Post«", "sagte er dem „Spiegel“": a dative article after a
  // verb of saying and its subject (names or a pronoun, no preposition: „sprach von der »…«“ stays a quote)
  if (p !== 'der' && p !== 'dem') return false;
  for (let j = q.open - 2; j >= Math.max(0, q.open - 8); j--) {
    const t = toks[j];
    if (speechVerbAt(ctx, j, toks.length)) return true;
    if (t.text === '-') continue;
    if (t.type !== 'word' || PREPOSITIONS.has(lower(t.text)) || !(isUpper(t.text) || PRONOUNS.has(t.text))) return false;
  }
  return false;
}

/** Verbs of a stance predicate before a colon: „zeigte sich zufrieden:“, „gab sich kämpferisch:“. */
const STANCE_VERBS = new Set(['zeigte', 'zeigten', 'zeigt', 'zeigen', 'gab', 'gaben', 'gibt', 'geben']);

/**
 * „X zeigte sich (nach dem Spiel) zufrieden: „…““: the index of the verb when the words before the
 * colon at `colon` are a stance predicate (verb, „sich“, adverbials, an adjective or participle); else -1.
 */
/** Token `k` ends a zu-infinitive: „zu helfen“, „mitzuarbeiten“ (a verb with „zu“ after its particle). */
function zuInfinitiveEnds(ctx: RuleContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!t || t.type !== 'word' || !/^\p{Ll}+en$/u.test(t.text)) return false;
  if (lower(toks[k - 1]?.text ?? '') === 'zu') return ctx.lexicon.isVerb(t.text);
  const m = /^(\p{Ll}{2,})zu(\p{Ll}{3,}en)$/u.exec(t.text);
  return !!m && PARTICLES.includes(m[1]) && ctx.lexicon.isVerb(m[1] + m[2]);
}

/**
 * „zeigte sich (gegenüber dem Kurier) „sehr überrascht““: a stance verb + „sich“ whose predicative is
 * the quotation opening at `open` (lower-case first word), at most a few words between; the verb's index or -1.
 */
export function stanceBeforeQuote(ctx: RuleContext, open: number, sentStart: number): number {
  const toks = ctx.doc.tokens;
  // a predicative opens lower-case („„sehr überrascht““); „im Trikot „Retro 1990““ is a name
  const first = toks[open + 1];
  if (!first || first.type !== 'word' || !isLowerWord(first.text)) return -1;
  // the quotation closes the clause: no noun after it („über X' „larmoyante“ Einlassungen“)
  const close = findQuotes(ctx.doc).find((q) => q.open === open)?.close ?? -1;
  if (close < 0 || toks[close + 1]?.type !== 'punct') return -1;
  for (let k = open - 1; k > sentStart && open - k <= 6; k--) {
    const t = toks[k];
    if (t.type === 'punct') return -1;
    // only an addressee between („gegenüber dem Kurier“), no predicative of its own („verwundert über …“)
    if (t.type === 'word' && isLowerWord(t.text) && !isFunction(ctx.lexicon, t.text)) return -1;
    if (t.text !== 'sich') continue;
    return stanceVerbBeforeSich(toks, k, sentStart);
  }
  return -1;
}

/** The stance verb up to four words before „sich“ at k: "zeigte sich", "zeigte sie sich", "zeigte der Minister sich"; -1 when none. */
function stanceVerbBeforeSich(toks: readonly { text: string; type: string }[], k: number, sentStart: number): number {
  for (let v = k - 1; v >= sentStart && k - v <= 4; v--) {
    if (STANCE_VERBS.has(toks[v].text)) return v;
    if (toks[v].type !== 'word') return -1;
  }
  return -1;
}

export function stancePredicateBefore(ctx: RuleContext, colon: number, sentStart: number): number {
  const toks = ctx.doc.tokens;
  // „zeigte sich bereit, mit X zusammenzuarbeiten: „…““: a zu-infinitive between the predicative and the colon
  if (zuInfinitiveEnds(ctx, colon - 1)) {
    for (let k = colon - 2; k > sentStart && colon - k <= 12; k--) {
      if (toks[k].text === ',') return stancePredicateBefore(ctx, k, sentStart);
      if (toks[k].type === 'punct') return -1;
    }
    return -1;
  }
  // the predicative: an adjective or participle („zufrieden“, „schockiert“), not a function word
  const adj = toks[colon - 1];
  if (!adj || adj.type !== 'word' || !isLowerWord(adj.text) || isFunction(ctx.lexicon, adj.text)) return -1;
  if (!isAdj(ctx.lexicon, adj.text) && !/(t|en|isch|lich|ig|bar|los)$/.test(adj.text)) return -1;
  for (let k = colon - 2; k > sentStart && colon - k <= 10; k--) {
    const t = toks[k];
    if (t.type === 'punct') return -1;
    if (t.text !== 'sich') continue;
    return stanceVerbBeforeSich(toks, k, sentStart);
  }
  return -1;
}


// ----------------------------------------------------------------------------- mood

/** Konjunktiv I forms of the auxiliaries and modals (3rd person), the usual marks of reported speech. */
const KONJ1 = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'gebe', 'tue']);

/** Is the word a 3rd-person Konjunktiv I form ("sei", "betrachte", "prüfe")? */
export function isKonjunktiv1(ctx: RuleContext, w: string): boolean {
  if (KONJ1.has(w)) return true;
  if (!/^\p{Ll}+e$/u.test(w) || w.length < 4) return false;
  for (const lemma of ctx.lexicon.verbLemmas(w)) {
    // the stem + e, where the indicative is stem + t ("betrachte" / "betrachtet"), not a preterite
    if (lemma.endsWith('en') && lemma.slice(0, -2) + 'e' === w && !w.endsWith('te')) return true;
    if (lemma.endsWith('ten') && lemma.slice(0, -2) + 'e' === w) return true;
    // verbs in -ern/-eln: „ändere“ (ändern), „handele“ / „handle“ (handeln)
    if (/[^e]e[rl]n$/.test(lemma) && (lemma.slice(0, -1) + 'e' === w || lemma.slice(0, -3) + lemma.slice(-2, -1) + 'e' === w)) return true;
  }
  return false;
}


/**
 * Konjunktiv II forms that differ from the preterite (umlaut or -ü-): „wäre“, „hätten“, „lägen“.
 * Reported speech uses them where Konjunktiv I equals the indicative („sie hätten“ for „sie haben“).
 * Plurals the preterite shares („gingen“, „fielen“, „hielten“) are not listed: „Um 12 Uhr gingen
 * Notrufe ein“ is a plain report.
 */
const KONJ2 = new Set(
  ('wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften läge lägen gäbe gäben ' +
    'käme kämen stünde stünden stände ständen wüsste wüssten bräuchte bräuchten hielte ginge ' +
    'fiele zöge zögen träfe träfen trüge trügen').split(' '),
);
export function isKonjunktiv2(w: string): boolean {
  return KONJ2.has(w);
}

const KONJUNKTIV_AUX = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge']);

/** A Konjunktiv I or II verb among tokens [from, to): the mood of reported speech („Das sei …“, „sie hätten …“). */
export function konjunktivIn(ctx: RuleContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type !== 'word') continue;
    if (isKonjunktiv2(t.text) || KONJUNKTIV_AUX.has(t.text)) return true;
    if (!isFunction(ctx.lexicon, t.text) && isKonjunktiv1(ctx, t.text)) return true;
  }
  return false;
}

/** Nothing but punctuation follows quote `q` in the sentence where it closes: the quotation ends its sentence. */
export function quoteClosesSentence(ctx: RuleContext, q: Quote): boolean {
  const toks = ctx.doc.tokens;
  const [, se] = sentenceTokens(ctx.doc, toks[q.close].sentence);
  for (let k = q.close + 1; k < se; k++) if (toks[k].type !== 'punct' || isQuote(toks[k])) return false;
  return true;
}
