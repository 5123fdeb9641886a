import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { coordinatedPhrase, findQuotes, insideQuote, sentenceTokens, speakerFrom, tokenSpan } from './lib/grammar.js';
import { governedContent } from './lib/according.js';

const ID = 'statement/zufolge';

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'source + „zufolge“: „Dem Wetterdienst zufolge steigt der Pegel weiter“ → according_to Wetterdienst',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss + 1; k < se; k++) {
        if (toks[k].text !== 'zufolge' || insideQuote(quotes, k)) continue;
        // the source phrase: from the clause start (sentence start or after a comma) up to "zufolge"
        let s = k - 1;
        while (s > ss && toks[s - 1].text !== ',' && k - s < 12) s--;
        let np = null;
        for (let t = s; t < k && !np; t++) {
          const p = coordinatedPhrase(ctx, t, k);
          if (p && p.end === k) np = p;
        }
        if (!np) continue;
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
        const content = governedContent(ctx, s, k + 1, ss, se);
        if (!content) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, k + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
