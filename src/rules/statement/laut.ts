import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { coordinatedPhrase, findQuotes, insideQuote, sentenceTokens, speakerFrom, tokenSpan } from './lib/grammar.js';
import { governedContent } from './lib/according.js';

const ID = 'statement/laut';

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„laut“ + source: „Laut Polizei wurden drei Menschen verletzt“ → according_to Polizei',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss; k < se - 1; k++) {
        if (toks[k].type !== 'word' || toks[k].text.toLowerCase() !== 'laut' || insideQuote(quotes, k)) continue;
        const np = coordinatedPhrase(ctx, k + 1, se);
        if (!np) continue;
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
        const content = governedContent(ctx, k, np.end, ss, se);
        if (!content) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, k + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
