import type { Rule, RuleContext } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { findQuotes, isLowerWord, isQuote, quoteClosesSentence, tokenSpan, type Quote } from './lib/grammar.js';
import { namedSpeaker } from './lib/named-speaker.js';

const ID = 'statement/name-line-quote';

/** At most this many tokens in the descriptor bracket after the name („(Cheftrainer SpVgg Bayreuth)“). */
const MAX_BRACKET = 10;
/** At most this many tokens in the name before the bracket or the line end. */
const MAX_NAME = 5;

/** A line break between tokens `a` and `a + 1`. */
function breakAfter(ctx: RuleContext, a: number): boolean {
  const toks = ctx.doc.tokens;
  return a < 0 || ctx.doc.text.slice(toks[a].end, toks[a + 1].start).includes('\n');
}

/**
 * The person of a name line right before quote `q`: a line that opens with a named person and holds
 * nothing else but a descriptor in brackets („Lukas Kling (Cheftrainer SpVgg Bayreuth)“), no verb and no
 * sentence mark, and ends where the quotation opens (on the next line, or on the same line after the
 * bracket when the copy lost its line breaks). Or null.
 */
function nameLineBefore(ctx: RuleContext, q: Quote) {
  const toks = ctx.doc.tokens;
  let end = q.open;
  let start = end - 1;
  while (start > 0 && !breakAfter(ctx, start - 1)) start--;
  if (start < 0 || start >= end) return null;
  const ownLine = breakAfter(ctx, end - 1);
  // the bracket closing the line, or the name alone on its own line
  let nameEnd = end;
  if (toks[end - 1].text === ')') {
    let o = end - 2;
    while (o > start && end - o <= MAX_BRACKET + 1 && toks[o].text !== '(') o--;
    if (toks[o]?.text !== '(' || o <= start) return null;
    nameEnd = o;
  } else if (!ownLine) return null;
  if (nameEnd - start > MAX_NAME) return null;
  for (let k = start; k < end; k++) {
    const t = toks[k];
    if (isQuote(t) || (t.type === 'punct' && !['(', ')', '-', '.', '/', '&'].includes(t.text))) return null;
    if (k < nameEnd && t.type === 'word' && isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text)) return null;
    if (k < nameEnd && t.text === '.' && k === nameEnd - 1) return null;
  }
  end = nameEnd;
  const speaker = namedSpeaker(ctx, start, end);
  return speaker && speaker.type === 'PER' ? { speaker, start, ownLine } : null;
}

/**
 * Quotations under a name line: round-ups of reactions and interviews set the speaker's name (and a
 * descriptor in brackets) on a line of its own and the quotation after it, with no verb of saying
 * („Lukas Kling (Cheftrainer SpVgg Bayreuth) ⏎ „Es war ein gerechtes Unentschieden.““). The quotation
 * ends its sentence; the name line is the person's only, and never the article's first line.
 */
const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Name line [with a bracket] + quotation: „Lukas Kling (Cheftrainer SpVgg Bayreuth) „Es war ein gerechtes Unentschieden.““ → direct, Lukas Kling',
    priority: 25,
  },
  find(ctx) {
    const doc = ctx.doc;
    const out: StatementCandidate[] = [];
    for (const q of findQuotes(doc)) {
      if (q.close - q.open < 3 || !quoteClosesSentence(ctx, q)) continue;
      const line = nameLineBefore(ctx, q);
      // (not the headline: the first line of the text names the story, not a speaker)
      if (!line || (line.start === 0 && line.ownLine)) continue;
      out.push({ rule: ID, kind: 'direct', speaker: line.speaker, cue: tokenSpan(doc, q.open, q.open + 1), content: tokenSpan(doc, q.open + 1, q.close), sentence: doc.tokens[q.open].sentence });
    }
    return out;
  },
};
export default rule;
