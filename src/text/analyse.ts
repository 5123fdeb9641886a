import type { Doc } from './document.js';
import { normalise } from './normalise.js';
import { checkRuns } from '../limits.js';
import { tokenize } from './tokens.js';
import { splitSentences, type SentenceLexicon } from './sentences.js';
import { loadLexicon } from '../lexicon/index.js';
import { MONTH_TOKENS } from '../lexicon/de/months.js';

export interface ArticleMeta {
  id: string;
  path: string;
  title?: string;
  /** Publication time (ISO 8601): the reference date of relative dates („gestern“). */
  published?: string;
  outlet?: string;
  url?: string;
  author?: string;
  /** Reference date for an article without `published` and without a dateline (`--reference-date`). */
  referenceDate?: string;
}

let sentenceLexicon: SentenceLexicon | null = null;
function sentenceLex(): SentenceLexicon {
  if (!sentenceLexicon) {
    const lex = loadLexicon();
    sentenceLexicon = { abbreviations: lex.list('abbreviations'), months: MONTH_TOKENS };
  }
  return sentenceLexicon;
}

/** The title: the first non-empty line, trimmed (at most 200 characters). */
export function defaultTitle(source: string): string {
  const m = /[^\s][^\n]*/.exec(source);
  return m ? m[0].trim().slice(0, 200) : '';
}

/** Builds the `Doc` every rule reads: normalised text, tokens, German sentences. */
export function analyse(source: string, meta: ArticleMeta): Doc {
  const text = normalise(source);
  checkRuns(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, sentenceLex());
  const doc: Doc = { id: meta.id, path: meta.path, title: meta.title ?? defaultTitle(source), source, text, tokens, sentences };
  for (const k of ['published', 'outlet', 'url', 'author', 'referenceDate'] as const) if (meta[k]) doc[k] = meta[k];
  return doc;
}

/** Index of the sentence holding offset `pos` (binary search); -1 when outside every sentence. */
export function sentenceAt(doc: Doc, pos: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= pos) lo = mid + 1;
    else if (s[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo < s.length ? lo : s.length - 1;
}
