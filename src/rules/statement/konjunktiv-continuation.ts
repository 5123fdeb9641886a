import type { Rule, RuleContext } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { findQuotes, insideQuote, isKonjunktiv1, isQuote, sentenceTokens, speechVerbAt, tokenSpan, trimEnd, lower } from './lib/grammar.js';

export { isKonjunktiv1 };
import { antecedentBefore } from './lib/antecedent.js';
import { attributedQuotes } from './direct-quote.js';

const ID = 'statement/konjunktiv-continuation';

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'A Konjunktiv-I sentence continues the previous speaker: „Die Lage sei ernst.“ after „Der Bürgermeister sagte, …“',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    const attributed = attributedQuotes(ctx);
    const sentencesWithCue = new Set<number>();
    for (const c of [...attributed]) sentencesWithCue.add(c.sentence);
    const chain = new Map<number, StatementCandidate>();
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      if (se - ss < 3 || isQuote(toks[ss]) || insideQuote(quotes, ss)) continue;
      // the first clause: a Konjunktiv I verb, no verb of saying anywhere in the sentence
      let k1 = -1;
      for (let k = ss + 1; k < se; k++) {
        const t = toks[k];
        if (t.type === 'punct' && t.text === ',') break;
        if (t.type === 'word' && isKonjunktiv1(ctx, t.text) && lower(toks[k - 1].text) !== 'ich') {
          k1 = k;
          break;
        }
      }
      if (k1 < 0) continue;
      let speech = false;
      for (let k = ss; k < se && !speech; k++) if (speechVerbAt(ctx, k, se) || ['laut', 'zufolge'].includes(toks[k].text)) speech = true;
      if (speech || sentencesWithCue.has(sen.index)) continue;
      const prev = chain.get(sen.index - 1);
      const ante = prev ?? antecedentBefore(ctx, attributed, toks[ss].start, 1);
      if (!ante) continue;
      const end = trimEnd(doc, ss, se);
      const c: StatementCandidate = {
        rule: ID, kind: 'indirect', speaker: ante.speaker, cue: tokenSpan(doc, k1, k1 + 1), content: tokenSpan(doc, ss, end), sentence: sen.index, continues: true,
      };
      chain.set(sen.index, c);
      out.push(c);
    }
    return out;
  },
};
export default rule;
