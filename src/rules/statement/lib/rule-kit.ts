/**
 * What the attribution rules (laut, zufolge, nach Angaben, so, wie … berichtete) share: the
 * sentence-by-sentence scan and reading a source phrase into a speaker.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule, RuleContext, RuleMeta } from '../../types.js';
import type { SpeakerRef, StatementCandidate } from './types.js';
import { DEFINITE, coordinatedPhrase, extendSource, findQuotes, sentenceTokens, speakerFrom, type Phrase, type Quote } from './grammar.js';

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
  meta: RuleMeta,
  scan: (s: SentenceScan, out: StatementCandidate[]) => void,
  /** Applied to all candidates at the end (e.g. dropping duplicates). */
  finish: (out: StatementCandidate[]) => StatementCandidate[] = (out) => out,
): Rule<StatementCandidate> {
  return {
    meta,
    find(ctx) {
      const out: StatementCandidate[] = [];
      const doc = ctx.doc;
      const quotes = findQuotes(doc);
      for (const sen of doc.sentences) {
        const [ss, se] = sentenceTokens(doc, sen.index);
        scan({ ctx, doc, toks: doc.tokens, quotes, sentence: sen.index, ss, se }, out);
      }
      return finish(out);
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
  if (!np0) return quotedTitleAt(ctx, i, limit);
  const np = opts.extend ? extendSource(ctx, np0, limit) : np0;
  const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!speaker || (speaker.form === 'pronoun' && !opts.pronoun)) return null;
  return { np, speaker };
}

/**
 * A publication named in quotation marks after an article: „des „Handelsblatts““, „der »Süddeutschen
 * Zeitung«“ → the title (without the genitive -s after „des“), or null.
 */
export function quotedTitleAt(ctx: RuleContext, i: number, limit: number): { np: Phrase; speaker: SpeakerRef } | null {
  const toks = ctx.doc.tokens;
  // „laut »Spiegel«“: the article may be missing
  const hasArticle = !!toks[i] && toks[i].type === 'word' && DEFINITE.has(toks[i].text.toLowerCase());
  const article = toks[i];
  const q = findQuotes(ctx.doc).find((x) => x.open === (hasArticle ? i + 1 : i));
  if (!q || q.close >= limit || q.close - q.open - 1 > 5 || q.close - q.open < 2) return null;
  for (let k = q.open + 1; k < q.close; k++) if (['.', '!', '?', ',', ':', ';'].includes(toks[k].text)) return null;
  const first = toks[q.open + 1];
  if (!/^[\p{Lu}\d]/u.test(first.text)) return null;
  let name = ctx.doc.source.slice(first.start, toks[q.close - 1].end);
  if (!hasArticle && q.close - q.open - 1 > 3) return null;
  if (hasArticle && article.text.toLowerCase() === 'des' && /[^s]s$/.test(name)) name = name.slice(0, -1);
  const end = toks[q.close].end;
  const speaker: SpeakerRef = { text: ctx.doc.source.slice(article.start, end), start: article.start, end, name, form: 'named', entity: null, type: null };
  const e = ctx.results.entities.find((x) => x.name === name);
  if (e) speaker.entity = e.id;
  return { np: { start: i, end: q.close + 1, parts: [[i, q.close + 1]] }, speaker };
}
