/**
 * What the text layer offers every rule about a `Doc`: the token or sentence at an offset, a span
 * of the source, and one per-document memo (results a layer computes once per document and several
 * rules read). Rules use these instead of keeping their own copies.
 */
import type { Doc } from './document.js';
import type { Span } from '../types.js';

export { sentenceAt } from './analyse.js';

/** Index of the token holding offset `pos`, else of the first token after it (`tokens.length` when none). */
export function tokenAt(doc: Doc, pos: number): number {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item starting at or after offset `pos` in `items`, sorted by start
 * (`items.length` when none): one binary search for tokens, words and candidates alike.
 */
export function firstStartingAt(items: ArrayLike<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after offset `pos` (`tokens.length` when none). */
export function tokenFrom(doc: Doc, pos: number): number {
  return firstStartingAt(doc.tokens, pos);
}

/** The source text between two offsets, with the offsets. */
export function span(doc: Doc, start: number, end: number): Span {
  return { text: doc.source.slice(start, end), start, end };
}

const memos = new WeakMap<Doc, Map<string, unknown>>();

/**
 * The per-document memo: `compute()` runs once per document and key; later calls with the same
 * key return its result. Keys are module-qualified names (`'entity/words'`). The memo lives as
 * long as the document.
 */
export function docMemo<T>(doc: Doc, key: string, compute: () => T): T {
  let m = memos.get(doc);
  if (!m) memos.set(doc, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}
