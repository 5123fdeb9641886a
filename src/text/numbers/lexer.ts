/**
 * A tiny lexer for the number parser: words, digit runs ("10.000", "1,28", "18.12.2024", Swiss
 * "1'200" / "1’200" stay one token) and single other characters. Whitespace is not a token; each token records the
 * whitespace before it (`gap`). One precompiled regex, one pass.
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

const LEX = /(\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)|([A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿ]+)|(\S)/g;
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
  LEX.lastIndex = 0;
  for (let m = LEX.exec(text); m; m = LEX.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (u < urls.length && urls[u][1] <= start) u++;
    const url = u < urls.length && urls[u][0] <= start;
    const kind: LexKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({
      text: m[0],
      lo: kind === 'word' ? m[0].toLowerCase() : m[0],
      start,
      end,
      kind,
      gap: start > prevEnd ? text.slice(prevEnd, start) : '',
      url,
    });
    prevEnd = end;
  }
  return out;
}
