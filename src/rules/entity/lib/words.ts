/**
 * Word units for the entity rules: wink-nlp splits "NATO-Generalsekretär" and "Jong-un" at the
 * hyphen and "Digital’s" at the apostrophe; the entity rules want whole words. A unit is a run of
 * tokens joined without space by hyphens (plus a possessive "’s"), with offsets into the source.
 * Built once per Doc (cached) — every entity rule reads the same units.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { defineFact, wordFact, type WordFact } from '../../../text/word-index.js';

export interface Unit {
  /** Position in the unit list. */
  i: number;
  /** Text of the unit in `doc.text` (normalised; same offsets as `source`). */
  text: string;
  start: number;
  end: number;
  /** Hyphen parts: "NATO-Generalsekretär" → ["NATO", "Generalsekretär"]. */
  parts: string[];
  /** Offsets of each part. */
  partStarts: number[];
  type: Token['type'];
  /** Whitespace before the unit. */
  space: boolean;
  /** A line break before the unit. */
  newline: boolean;
  sentence: number;
  /** First unit of its sentence or of its line (capitalised for grammar, not for being a name). */
  initial: boolean;
  /** A possessive "’s" / "'s" follows directly (part of the unit's span? no: kept separate). */
  possessive: boolean;
  /** The unit stands in a headline written in capitals. */
  capsLine: boolean;
}

const cache = new WeakMap<Doc, Unit[]>();

const HYPHENS = new Set(['-', '‐', '‑']);

export function units(doc: Doc): Unit[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Unit[] = [];
  const toks = doc.tokens;
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    const parts = [t.text];
    const partStarts = [t.start];
    let end = t.end;
    let j = k + 1;
    let possessive = false;
    if (t.type === 'word' || (t.type === 'other' && isLetterToken(t.text))) {
      // letters the tokenizer split off ("Poga" "č" "ar" → "Pogačar")
      while (j < toks.length && !toks[j].space && (toks[j].type === 'word' || toks[j].type === 'other') && isLetterToken(toks[j].text) && !/^['’]s$/.test(toks[j].text)) {
        parts[parts.length - 1] += doc.text.slice(end, toks[j].end);
        end = toks[j].end;
        j++;
      }
      // word (- word)* joined without spaces
      while (
        j + 1 < toks.length &&
        HYPHENS.has(toks[j].text) &&
        !toks[j].space &&
        !toks[j + 1].space &&
        (toks[j + 1].type === 'word' || toks[j + 1].type === 'number')
      ) {
        parts.push(toks[j + 1].text);
        partStarts.push(toks[j + 1].start);
        end = toks[j + 1].end;
        j += 2;
      }
      if (j < toks.length && !toks[j].space && /^['’]s$/.test(toks[j].text)) {
        possessive = true;
        j += 1; // the "’s" is swallowed: it belongs to no entity
      }
    }
    // a token may itself hold hyphens ("UN-Sicherheitsrates"): split it into parts too
    if (parts.some((p) => p.includes('-'))) {
      const np: string[] = [];
      const ns: number[] = [];
      parts.forEach((p, k) => {
        let off = 0;
        for (const piece of p.split('-')) {
          if (piece) {
            np.push(piece);
            ns.push(partStarts[k] + off);
          }
          off += piece.length + 1;
        }
      });
      parts.splice(0, parts.length, ...np);
      partStarts.splice(0, partStarts.length, ...ns);
    }
    out.push({
      i: out.length,
      text: doc.text.slice(t.start, end),
      start: t.start,
      end,
      parts,
      partStarts,
      type: t.type === 'other' && isLetterToken(t.text) ? 'word' : t.type,
      space: t.space,
      newline: t.newline,
      sentence: t.sentence,
      initial: false,
      possessive,
      capsLine: false,
    });
    k = j;
  }
  // sentence / line initial: first word unit of a sentence or line, also after an opening quote,
  // a dash or a colon at the start.
  let prevSentence = -1;
  let atStart = true;
  for (const u of out) {
    if (u.sentence !== prevSentence || u.newline) atStart = true;
    prevSentence = u.sentence;
    if (u.type === 'word') {
      u.initial = atStart;
      atStart = false;
    } else if (u.type === 'punct' && /^[„“"‚‘'«»›‹(\-–—:]$/.test(u.text)) {
      // keep atStart as it is: „Die … is still sentence-initial
    } else {
      atStart = atStart && u.type !== 'number';
    }
    if (u.type === 'punct' && u.text === ':') atStart = true;
  }
  // headlines in capitals: a line with at least two all-caps words of four letters or more
  let lineStart = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i === out.length || (i > lineStart && out[i].newline)) {
      let caps = 0;
      for (let m = lineStart; m < i; m++) if (out[m].type === 'word' && out[m].text.length >= 4 && isAllCaps(out[m].text)) caps++;
      if (caps >= 2) for (let m = lineStart; m < i; m++) out[m].capsLine = true;
      lineStart = i;
    }
  }
  cache.set(doc, out);
  return out;
}

// ------------------------------------------------------------------------- character classes

/** Letters only (any script the Latin Extended blocks hold): "č", "ar", "Pogačar". */
function isLetterToken(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))) return false;
  }
  return true;
}

function isUpperChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && c % 2 === 0 && c !== 0x138);
}
function isLowerChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f && c % 2 === 1);
}

/** First letter upper case, some lower-case letter after it: "Scholz", "Jinping", "McDonald". */
export function isCapitalised(w: string): boolean {
  if (w.length < 2 || !isUpperChar(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) if (isLowerChar(w.charCodeAt(i))) return true;
  return false;
}

/** Only upper-case letters (digits, hyphens, ampersands and dots allowed): "NATO", "DVRK", "UN". */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpperChar(c)) letters++;
    else if (isLowerChar(c)) return false;
    else if (!(c === 45 || c === 38 || c === 46 || (c >= 48 && c <= 57))) return false;
  }
  return letters >= 1;
}

/** An acronym: 2–6 capitals, maybe with a digit or "&": "NIS", "AP", "G7", "AT&T". */
export function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 6 || w.includes('.') || !isUpperChar(w.charCodeAt(0))) return false;
  if (isAllCaps(w)) return true;
  // mixed-case acronyms: "AfD", "BaFin", "VfB" (two capitals or more, letters only)
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpperChar(c)) upper++;
    else if (!isLowerChar(c)) return false;
  }
  return upper >= 2 && isUpperChar(w.charCodeAt(w.length - 1));
}

export function isLowerInitial(w: string): boolean {
  return w.length > 0 && isLowerChar(w.charCodeAt(0));
}

export function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function decapitalise(w: string): string {
  return w.charAt(0).toLowerCase() + w.slice(1);
}

// ---------------------------------------------------------------------------- word knowledge

const WEEKDAYS_MONTHS = new Set(
  (
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag ' +
    'Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March June July October December'
  ).split(' '),
);

/** Adverb endings: "Weiterhin", "Erstmals", "Allerdings", "Möglicherweise" are no names. */
const ADVERB = /^[a-zäöü]+(?:hin|weise|dings|falls|mals|seits|wärts|maßen)$/;

/**
 * A capitalised word that the lexicon knows as a common word (noun, verb, adjective, function
 * word, also written lower case or as a compound of a known noun), a weekday or a month: not a
 * name by itself.
 */
export function isCommon(lex: Lexicon, w: string): boolean {
  return wordFact(lex, COMMON, w);
}

const COMMON = defineFact('entity.common', (lex, w) => computeCommon(lex, w));

function computeCommon(lex: Lexicon, w: string): boolean {
  if (WEEKDAYS_MONTHS.has(w)) return true;
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
export function isNameWord(lex: Lexicon, w: string): boolean {
  if (!isCapitalised(w)) return false;
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

/** Index of the first unit at or after offset `pos`. */
export function unitAt(us: Unit[], pos: number): number {
  let lo = 0;
  let hi = us.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (us[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units i and i+1 are adjacent words in one line (no punctuation between). */
export function joined(us: Unit[], i: number): boolean {
  return i + 1 < us.length && us[i + 1].type === 'word' && !us[i + 1].newline && !us[i].possessive;
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
