import { createRequire } from 'node:module';
import type { Token, TokenType } from './document.js';

/**
 * Tokens from wink-nlp's tokenizer (no POS/NER pass: its English tags are of no use on German).
 * wink-nlp is lossless: preceding spaces + token values rebuild the text, so offsets are exact.
 * Whitespace tokens (line breaks, tabs) are dropped and recorded as `space` / `newline` flags.
 */
type Wink = { readDoc(text: string): any; its: any };
let nlp: Wink | null = null;

function wink(): Wink {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    nlp = winkNLP(model, []) as Wink;
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

export function tokenize(text: string): Token[] {
  const w = wink();
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
    tokens.push({
      i: tokens.length,
      text: v,
      start,
      end: offset,
      type: tokenType(types[k], v),
      space: pendingSpace,
      newline: pendingNewline,
      sentence: 0,
    });
    pendingSpace = false;
    pendingNewline = false;
  }
  return tokens;
}
