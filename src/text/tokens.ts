import { createRequire } from 'node:module';
import type { Token, TokenType } from './document.js';
import { ownString } from '../lexicon/generations.js';
import { loadWinkNLP, type WinkCacheFactory } from './wink-load.js';
import { type LexemeIndex, lexemeIndexOf, readCore, tokenizerModel } from './wink-model.js';

/**
 * Tokens from wink-nlp's tokenizer (no POS/NER pass: its English tags are of no use on German).
 * wink-nlp is lossless: preceding spaces + token values rebuild the text, so offsets are exact.
 * Whitespace tokens (line breaks, tabs) are dropped and recorded as `space` / `newline` flags.
 *
 * Determinism: wink adds every unknown word to its lexicon (`features.lexeme.hash`) for the life
 * of the instance, and its tokenizer asks that lexicon whether a string is a known word (`51s`,
 * `3e`, `51-Jährige` split or not) and reads a known word's token type from the entry made when
 * it was first seen. So a document's tokens depended on the documents tokenized before it in
 * the same thread. Here the lexeme hash is an overlay: the model's own words underneath, and the
 * words added while tokenizing *this* document on top; the overlay is emptied before each
 * document, so wink sees every document as if it were the first. (A fresh wink instance per
 * document is no option: building one costs tens of milliseconds even from the compiled model of
 * wink-model.ts.) wink's own list of added words
 * still grows, by one entry per distinct unknown word per document; when it has grown by
 * RECYCLE_AFTER entries the instance is replaced (a rebuild per ≈ 1,000 documents of ever-new
 * words, far fewer on news, whose new forms are mostly numbers). At 100,000 this list was what
 * still grew in a worker's live heap over a long stream of news (+0.7 MB over records 10,000 →
 * 30,000, without reaching the bound; issue 15, BENCHMARKS.md).
 */
type Wink = { readDoc(text: string): any; its: any };
type WinkCache = { add(text: string, category: number): number; lookup(text: string): number[] | null };
let nlp: Wink | null = null;
/** Words wink added while tokenizing the current document: word → lexeme index. */
let overlay: Map<string, number> = new Map();
/**
 * Entries wink made for earlier documents, per token category: word → lexeme index. Re-used when the word first appears in a later document with the same category, so wink
 * computes a word's features once per instance rather than once per document (see `reuse`).
 * Bounded: the instance, and with it this map, is replaced after RECYCLE_AFTER new entries.
 */
let entries: Map<string, number>[] = [];
function entriesOf(category: number): Map<string, number> {
  return (entries[category] ??= new Map());
}
/** The category of the word wink is adding (set around `cache.add`). */
let adding = -1;
/** The lexeme feature of the current instance's model: `list` grows as wink adds words. */
let lexemes: { list: unknown[]; intrinsicSize: number } | null = null;
const RECYCLE_AFTER = 32_768;

function overlayHash(base: LexemeIndex): Record<string, number> {
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? (overlay.get(key) ?? base.get(key)) : undefined),
    set: (_target, key, value) => {
      if (typeof key === 'string') {
        overlay.set(key, value as number);
        if (adding >= 0) entriesOf(adding).set(key, value as number);
      }
      return true;
    },
    has: (_target, key) => (typeof key === 'string' ? overlay.has(key) || base.has(key) : false),
  });
}

/**
 * Before wink adds `text` (and its lower-case form) as a token of `category`: a word this document
 * has not seen yet but an earlier one has, with the same category, is made visible with its earlier
 * entry. wink then finds it and adds nothing. The entry holds what wink would compute again (the
 * word, its category as token type, features of its spelling), so the tokens are the same as with
 * an empty overlay; words of other documents stay invisible to wink's look-ups (which decide splits).
 */
function reuse(text: string, category: number): void {
  // seen in this document: its lower-case form was made visible along with it
  if (overlay.has(text)) return;
  const known = entriesOf(category);
  const idx = known.get(text);
  if (idx !== undefined) overlay.set(text, idx);
  const norm = text.toLowerCase();
  if (norm !== text && !overlay.has(norm)) {
    const n = known.get(norm);
    if (n !== undefined) overlay.set(norm, n);
  }
}

/** Wraps wink's per-instance lexeme cache (`wink-nlp/src/cache.js`) so that `add` re-uses entries. */
function reusingCache(factory: WinkCacheFactory): WinkCacheFactory {
  return (...args: unknown[]) => {
    const cache = factory(...args) as WinkCache;
    const add = cache.add;
    cache.add = (text: string, category: number): number => {
      // kept for the life of the instance (its word list, `entries`): not as a view into the document
      text = ownString(text);
      reuse(text, category);
      adding = category;
      try {
        return add(text, category);
      } finally {
        adding = -1;
      }
    };
    return cache;
  };
}

function wink(): Wink {
  if (!nlp || (lexemes && lexemes.list.length - lexemes.intrinsicSize > RECYCLE_AFTER)) {
    const winkNLP = loadWinkNLP(reusingCache);
    const require = createRequire(import.meta.url);
    entries = [];
    const wrapped = tokenizerModel(require, () => {
      const core = readCore();
      const lexeme = core.features.lexeme;
      lexeme.hash = overlayHash(lexemeIndexOf.get(core)!);
      lexemes = lexeme as unknown as typeof lexemes;
      return core;
    });
    nlp = winkNLP(wrapped, []) as Wink;
  }
  return nlp;
}
const PUNCT_CHARS = new Set(['„', '“', '”', '"', '‚', '‘', '’', "'", '«', '»', '‹', '›', '–', '—', '‐', '‑', '…', '(', ')', '[', ']']);

function tokenType(winkType: string, value: string): TokenType {
  if (value.length === 1 && PUNCT_CHARS.has(value)) return 'punct';
  switch (winkType) {
    case 'word':
      return 'word';
    case 'number':
      return 'number';
    case 'punctuation':
      return 'punct';
    case 'symbol':
    case 'currency':
      return 'symbol';
    default:
      return 'other';
  }
}

const WS = /^\s*$/;
/** Emoticons made of brackets and punctuation only („):“, „;)“). */
const PUNCT_RUN = /^[()[\]:;.,!?-]{2,}$/;

export function tokenize(text: string): Token[] {
  const w = wink();
  overlay = new Map();
  const doc = w.readDoc(text);
  const values: string[] = doc.tokens().out();
  const spaces: string[] = doc.tokens().out(w.its.precedingSpaces);
  const types: string[] = doc.tokens().out(w.its.type);
  const tokens: Token[] = [];
  let offset = 0;
  let pendingSpace = false;
  let pendingNewline = false;
  for (let k = 0; k < values.length; k++) {
    const sp = spaces[k];
    const v = values[k];
    if (sp.length) {
      pendingSpace = true;
      if (sp.includes('\n')) pendingNewline = true;
    }
    offset += sp.length;
    // wink may hand back text that does not match (it never has in our tests); resynchronise.
    if (text.startsWith(v, offset) === false) {
      const at = text.indexOf(v, offset);
      if (at < 0) continue;
      if (/\n/.test(text.slice(offset, at))) pendingNewline = true;
      if (at > offset) pendingSpace = true;
      offset = at;
    }
    const start = offset;
    offset += v.length;
    if (WS.test(v)) {
      pendingSpace = true;
      if (v.includes('\n')) pendingNewline = true;
      continue;
    }
    // wink reads „96):“ as a number and an emoticon „):“: in German copy these are a bracket and a colon
    const parts = types[k] === 'emoticon' && PUNCT_RUN.test(v) ? [...v] : [v];
    let at = start;
    for (const part of parts) {
      tokens.push({
        i: tokens.length,
        text: part,
        start: at,
        end: at + part.length,
        type: parts.length > 1 ? 'punct' : tokenType(types[k], v),
        space: at === start && pendingSpace,
        newline: at === start && pendingNewline,
        sentence: 0,
      });
      at += part.length;
    }
    pendingSpace = false;
    pendingNewline = false;
  }
  return tokens;
}
