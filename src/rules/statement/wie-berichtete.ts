import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { clauseEnd, contentEnd, coordinatedPhrase, findQuotes, insideQuote, sentenceTokens, speakerFrom, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';

const ID = 'statement/wie-berichtete';

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„wie“ + source + speech verb: „…, wie die Polizei mitteilte.“ / „Wie der Verband berichtete, …“ → according_to',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss; k < se - 2; k++) {
        if (toks[k].text.toLowerCase() !== 'wie' || insideQuote(quotes, k)) continue;
        if (k > ss && toks[k - 1].text !== ',') continue;
        const np = coordinatedPhrase(ctx, k + 1, se);
        if (!np) continue;
        const ce = clauseEnd(doc, np.end, se);
        // the speech verb closes the clause: "wie die AP berichtete", "wie die Polizei am Montag mitteilte"
        let v = -1;
        for (let j = np.end; j < ce; j++) if (speechVerbAt(ctx, j, se)) v = j;
        if (v < 0 || ce - v > 2) continue;
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
        let content;
        if (k === ss) {
          const from = ce + 1;
          if (doc.tokens[ce]?.text !== ',' || from >= se) continue;
          const e = contentEnd(ctx, from, se);
          if (e - from < 2) continue;
          content = tokenSpan(doc, from, e);
        } else {
          const e = trimEnd(doc, ss, k - 1);
          if (e - ss < 2) continue;
          content = tokenSpan(doc, ss, e);
        }
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, v, v + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
