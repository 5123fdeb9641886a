/**
 * The German text layer's data model. A `Doc` is built once per article (see `analyse()` in
 * `src/text/analyse.ts`) and read by every rule. All offsets index `source` (the decoded file
 * text); `text` is the normalised copy of the same length, so offsets are shared.
 */

export type TokenType = 'word' | 'number' | 'punct' | 'symbol' | 'other';

export interface Token {
  /** Position in `Doc.tokens`. */
  i: number;
  /** Token text as in `Doc.text` (normalised). */
  text: string;
  start: number;
  end: number;
  type: TokenType;
  /** Whitespace stands between the previous token and this one. */
  space: boolean;
  /** A line break stands between the previous token and this one. */
  newline: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Doc {
  id: string;
  path: string;
  title: string;
  /** Decoded file text: every output offset refers to it. */
  source: string;
  /** Normalised text, same length as `source` (typographic spaces, apostrophes folded). */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Publication time (ISO 8601) from the article's metadata: the reference of relative dates. */
  published?: string;
  outlet?: string;
  url?: string;
  author?: string;
  /** Fallback reference date (`--reference-date`) when neither metadata nor dateline give one. */
  referenceDate?: string;
}
