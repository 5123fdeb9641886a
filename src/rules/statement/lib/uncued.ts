/**
 * What the second-pass rules that read sentences without a cue of their own share (demnach,
 * reportative „sollen“, Konjunktiv continuation): the quotes, the sentences holding a first-pass
 * statement, and each sentence without one.
 */
import type { RuleContext } from '../../types.js';
import type { StatementCandidate } from './types.js';
import { findQuotes, insideQuote, isQuote, sentenceTokens, type Quote } from './grammar.js';

/** A sentence without a first-pass statement: its index and token range [ss, se). */
export interface UncuedSentence {
  sentence: number;
  ss: number;
  se: number;
}

export interface UncuedOptions {
  /** Skip sentences of fewer tokens. */
  minTokens?: number;
  /** Skip sentences that open with or inside a quotation. */
  unquoted?: boolean;
}

/**
 * The quotes of the document, the sentences that hold a statement of `found` (`withCue`), and
 * every other sentence (with `opts`: long enough, not opening in a quotation), in reading order.
 */
export function uncuedSentences(
  ctx: RuleContext, found: readonly StatementCandidate[], opts: UncuedOptions = {},
): { quotes: Quote[]; withCue: Set<number>; sentences: UncuedSentence[] } {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const quotes = findQuotes(doc);
  const withCue = new Set(found.map((c) => c.sentence));
  const sentences: UncuedSentence[] = [];
  for (const sen of doc.sentences) {
    if (withCue.has(sen.index)) continue;
    const [ss, se] = sentenceTokens(doc, sen.index);
    if (opts.minTokens && se - ss < opts.minTokens) continue;
    if (opts.unquoted && (isQuote(toks[ss]) || insideQuote(quotes, ss))) continue;
    sentences.push({ sentence: sen.index, ss, se });
  }
  return { quotes, withCue, sentences };
}
