/**
 * What the attribution rules (laut, zufolge, nach Angaben, so, wie … berichtete) share: the
 * sentence-by-sentence scan and reading a source phrase into a speaker.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule, RuleContext } from '../../types.js';
import type { SpeakerRef, StatementCandidate } from './types.js';
import { coordinatedPhrase, extendSource, findQuotes, sentenceTokens, speakerFrom, type Phrase, type Quote } from './grammar.js';

/** One sentence of the document, with what every rule reads. */
export interface SentenceScan {
  ctx: RuleContext;
  doc: Doc;
  toks: Token[];
  quotes: Quote[];
  /** Sentence index. */
  sentence: number;
  /** Token range [ss, se) of the sentence. */
  ss: number;
  se: number;
}

/** A statement rule that looks at one sentence at a time and pushes its candidates to `out`. */
export function sentenceRule(
  id: string,
  description: string,
  scan: (s: SentenceScan, out: StatementCandidate[]) => void,
): Rule<StatementCandidate> {
  return {
    meta: { id, description },
    find(ctx) {
      const out: StatementCandidate[] = [];
      const doc = ctx.doc;
      const quotes = findQuotes(doc);
      for (const sen of doc.sentences) {
        const [ss, se] = sentenceTokens(doc, sen.index);
        scan({ ctx, doc, toks: doc.tokens, quotes, sentence: sen.index, ss, se }, out);
      }
      return out;
    },
  };
}

export interface SourceOptions {
  /** Extend the phrase over a name or „(ABC)“ the noun-phrase grammar stops before (see `extendSource`). */
  extend?: boolean;
  /** A pronoun („so er“) is a speaker too; by default it is none. */
  pronoun?: boolean;
}

/** The source phrase starting at token `i` (before `limit`) and its speaker, or null when there is none. */
export function sourceAt(ctx: RuleContext, i: number, limit: number, opts: SourceOptions = {}): { np: Phrase; speaker: SpeakerRef } | null {
  const np0 = coordinatedPhrase(ctx, i, limit);
  if (!np0) return null;
  const np = opts.extend ? extendSource(ctx, np0, limit) : np0;
  const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!speaker || (speaker.form === 'pronoun' && !opts.pronoun)) return null;
  return { np, speaker };
}
