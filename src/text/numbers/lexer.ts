/**
 * A tiny lexer for the number parser: words, digit runs ("10.000", "1,28", "18.12.2024", Swiss
 * "1'200" / "1’200" stay one token) and single other characters. Whitespace is not a token; each token records the
 * whitespace before it (`gap`). One pass over the characters.
 */

export type LexKind = 'num' | 'word' | 'sym';

export interface LexToken {
  text: string;
  /** Lower-cased text (words only; equals `text` otherwise). */
  lo: string;
  start: number;
  end: number;
  kind: LexKind;
  /** The whitespace between the previous token and this one ("" when they touch). */
  gap: string;
  /** Inside a URL or e-mail address: never part of a number. */
  url: boolean;
}

/**
 * The token grammar (the same as the regular expression
 * `(\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)|([A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿ]+)|(\S)` scanned
 * globally, which this file used before): at each position after whitespace, a number with Swiss
 * apostrophe grouping, else a digit run with „.“/„,“ groups, else a run of Latin letters, else one
 * UTF-16 code unit. Scanned by hand: no match array per token.
 */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
/** JavaScript's `\s`. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** End of the digit run starting at `p`. */
function digitsEnd(text: string, p: number): number {
  while (p < text.length && isDigit(text.charCodeAt(p))) p++;
  return p;
}

/** End of a number starting at digit `p` (first alternative, else the second). */
function numberEnd(text: string, p: number): number {
  const run = digitsEnd(text, p);
  // \d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?
  if (run - p <= 3) {
    let q = run;
    let groups = 0;
    while (q + 3 < text.length && isApostrophe(text.charCodeAt(q)) && isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3))) {
      q += 4;
      groups++;
    }
    if (groups > 0) {
      const c = text.charCodeAt(q);
      if ((c === 46 || c === 44) && isDigit(text.charCodeAt(q + 1))) q = digitsEnd(text, q + 1);
      return q;
    }
  }
  // \d+(?:[.,]\d+)*
  let q = run;
  for (;;) {
    const c = text.charCodeAt(q);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(q + 1))) q = digitsEnd(text, q + 1);
    else return q;
  }
}

const URL = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;

export function lex(text: string): LexToken[] {
  const urls: [number, number][] = [];
  if (text.includes('://') || text.includes('www.') || text.includes('@')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) urls.push([m.index, m.index + m[0].length]);
  }
  const out: LexToken[] = [];
  let prevEnd = 0;
  let u = 0;
  const n = text.length;
  let start = 0;
  for (;;) {
    while (start < n && isSpace(text.charCodeAt(start))) start++;
    if (start >= n) break;
    const c = text.charCodeAt(start);
    let end: number;
    let kind: LexKind;
    if (isDigit(c)) {
      end = numberEnd(text, start);
      kind = 'num';
    } else if (isLetter(c)) {
      end = start + 1;
      while (end < n && isLetter(text.charCodeAt(end))) end++;
      kind = 'word';
    } else {
      end = start + 1;
      kind = 'sym';
    }
    while (u < urls.length && urls[u][1] <= start) u++;
    const url = u < urls.length && urls[u][0] <= start;
    const t = text.slice(start, end);
    out.push({
      text: t,
      lo: kind === 'word' ? t.toLowerCase() : t,
      start,
      end,
      kind,
      gap: start > prevEnd ? text.slice(prevEnd, start) : '',
      url,
    });
    prevEnd = end;
    start = end;
  }
  return out;
}
