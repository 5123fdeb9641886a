import type { Rule, RuleContext } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import {
  coordinatedPhrase, findQuotes, isLowerWord, isQuote, isTitleQuote, sentenceTokens, speakerFrom, tokenSpan, trimEnd,
} from './lib/grammar.js';
import { personLead } from './lib/person-lead.js';

const ID = 'statement/quote-bracket';

/** At most this many tokens inside the bracket („(Peter Stöger, Trainer des 1. FC Köln, nach dem 0:0 gegen …)“). */
const MAX_BRACKET = 60;
/** A quotation of fewer words is a label or a title, not a saying. */
const MIN_WORDS = 3;

/** The quote opens its sentence or its line (the „Sprüche“/„Stimmen“ format: quote, then who said it). */
function opensLine(ctx: RuleContext, open: number): boolean {
  const toks = ctx.doc.tokens;
  if (open === 0) return true;
  const [ss] = sentenceTokens(ctx.doc, toks[open].sentence);
  return ss === open || ctx.doc.text.slice(toks[open - 1].end, toks[open].start).includes('\n');
}

/** Token index of the „)“ that closes the bracket opened at `o`, or -1 (none near, or another bracket inside). */
function bracketClose(ctx: RuleContext, o: number): number {
  const toks = ctx.doc.tokens;
  for (let k = o + 1; k < toks.length && k <= o + MAX_BRACKET; k++) {
    if (toks[k].text === '(' || isQuote(toks[k])) return -1;
    if (toks[k].text === ')') return k;
  }
  return -1;
}

/**
 * A quotation followed by its speaker in brackets, on the same line or the next one: the dpa
 * „Sprüche“/„Stimmen“ format „„Wir haben verdient gewonnen.“ (Dortmunds Trainer Jürgen Klopp nach dem
 * 3:0)“. The bracket opens with a named person or organisation, followed by „)“, a comma (a role in
 * apposition) or a lower-case word („nach dem Spiel“, „über …“); a bracket of a date, a place, a
 * broadcaster after a title („„Tatort“ (ARD)“) or a verb clause names no speaker.
 */
const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Quote, then its speaker in brackets: „„Wir haben heute verdient gewonnen.“ (Trainer Jens Albrecht nach dem 2:0)“ → direct, Jens Albrecht',
    priority: 35,
  },
  find(ctx) {
    const doc = ctx.doc;
    const toks = doc.tokens;
    const out: StatementCandidate[] = [];
    for (const q of findQuotes(doc)) {
      if (isTitleQuote(ctx, q) || !opensLine(ctx, q.open)) continue;
      const words = toks.slice(q.open + 1, q.close).filter((t) => t.type === 'word').length;
      if (words < MIN_WORDS) continue;
      // „…“ (X) / „…“. (X) / „…“ ⏎⏎ (X …)
      let o = q.close + 1;
      while (o < toks.length && toks[o].type === 'punct' && ['.', ',', '!', '?'].includes(toks[o].text)) o++;
      if (toks[o]?.text !== '(') continue;
      const c = bracketClose(ctx, o);
      if (c < o + 2) continue;
      const np = personLead(ctx, o + 1, c) ?? coordinatedPhrase(ctx, o + 1, c);
      if (!np || np.start !== o + 1) continue;
      const after = toks[np.end];
      if (!(np.end === c || after.text === ',' || (after.type === 'word' && isLowerWord(after.text)))) continue;
      const sp = speakerFrom(ctx, np.start, np.end, np.parts);
      if (!sp || sp.form === 'pronoun') continue;
      const named = (sp.entity && (sp.type === 'PER' || sp.type === 'ORG')) || (sp.type === 'PER' && sp.form === 'named');
      if (!named) continue;
      const end = trimEnd(doc, q.open + 1, q.close);
      out.push({
        rule: ID, kind: 'direct', speaker: { ...sp, form: 'named' }, cue: tokenSpan(doc, o, o + 1), content: tokenSpan(doc, q.open + 1, end), sentence: toks[q.open].sentence,
      });
    }
    return out;
  },
};
export default rule;
