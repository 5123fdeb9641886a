/**
 * German words over wink-nlp's tokens, built once per document (the per-document memo): wink splits
 * „NATO-Generalsekretär“ and „Jong-un“ at the hyphen, „Digital’s“ at the apostrophe and letters it
 * does not know („Poga“ „č“ „ar“); a word (`Unit`) is a run of tokens joined without space by
 * hyphens, with its hyphen parts, plus a swallowed possessive „’s“, with offsets into the source.
 * Each word knows whether it opens its sentence or line (capitalised for grammar, not for being a
 * name) and whether it stands in a headline written in capitals. Character classes of German
 * (and Latin-script) words are here too.
 */
import type { Doc, Token } from './document.js';
import { docMemo, firstStartingAt } from './doc.js';
import type { Entry, WordIndex } from './word-index.js';

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
  /** Its entry in the token-class index (src/text/word-index.ts), attached on the first fact asked. */
  facts: Entry | null;
  factIndex: WordIndex | null;
}


const HYPHENS = new Set(['-', '‐', '‑']);

/** The document's German words (built once per document, see the file comment). */
export function units(doc: Doc): Unit[] {
  return docMemo(doc, 'text/words', () => buildUnits(doc));
}

function buildUnits(doc: Doc): Unit[] {
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
      while (j < toks.length && !toks[j].space && (toks[j].type === 'word' || toks[j].type === 'other') && isLetterToken(toks[j].text) && !isPossessiveS(toks[j].text)) {
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
      if (j < toks.length && !toks[j].space && isPossessiveS(toks[j].text)) {
        possessive = true;
        j += 1; // the "’s" is swallowed: it belongs to no entity
      }
    }
    // a token may itself hold hyphens ("UN-Sicherheitsrates"): split it into parts too
    if (anyHyphen(parts)) {
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
      // a unit of one token has the token's text (tokens are cut from doc.text): no second copy
      text: end === t.end ? t.text : doc.text.slice(t.start, end),
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
      facts: null,
      factIndex: null,
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
  // headlines in capitals: a line with at least two all-caps words of four letters or more that
  // make up at least a third of its words (a paragraph naming „SOLAR ORBITER“ is no headline)
  let lineStart = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i === out.length || (i > lineStart && out[i].newline)) {
      let caps = 0;
      let words = 0;
      for (let m = lineStart; m < i; m++) {
        if (out[m].type !== 'word') continue;
        words++;
        if (out[m].text.length >= 4 && isAllCaps(out[m].text)) caps++;
      }
      if (caps >= 2 && caps * 3 >= words) for (let m = lineStart; m < i; m++) out[m].capsLine = true;
      lineStart = i;
    }
  }
  return out;
}

/** „’s“ / „'s“: a possessive the tokenizer split off. */
function isPossessiveS(w: string): boolean {
  return w.length === 2 && w.charCodeAt(1) === 115 && (w.charCodeAt(0) === 39 || w.charCodeAt(0) === 0x2019);
}

function anyHyphen(parts: string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (parts[k].includes('-')) return true;
  return false;
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
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && extendedAUpper(c));
}
function isLowerChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f && !extendedAUpper(c));
}
/**
 * Latin Extended-A (U+0100–U+017F) pairs upper and lower case letters, upper first — but the pairs
 * shift twice: „Ĺ“…„ň“ (U+0139–U+0148, with „Ł“ U+0141) and „Ź“…„ž“ (U+0179–U+017E, with „Ż“, „Ž“)
 * have the upper case letter on the odd code point; „ĸ“ U+0138, „ŉ“ U+0149 and „ſ“ U+017F are lower
 * case, „Ÿ“ U+0178 upper. („Łukasik“, „Żurek“, „Žilina“ are capitalised words.)
 */
function extendedAUpper(c: number): boolean {
  if (c === 0x138 || c === 0x149 || c === 0x17f) return false;
  if (c === 0x178) return true;
  const oddUpper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
  return oddUpper ? c % 2 === 1 : c % 2 === 0;
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

// ------------------------------------------------------------------------ positions

/** Index of the first unit at or after offset `pos`. */
export function unitAt(us: Unit[], pos: number): number {
  return firstStartingAt(us, pos);
}

/** Units i and i+1 are adjacent words in one line (no punctuation between). */
export function joined(us: Unit[], i: number): boolean {
  return i + 1 < us.length && us[i + 1].type === 'word' && !us[i + 1].newline && !us[i].possessive;
}

