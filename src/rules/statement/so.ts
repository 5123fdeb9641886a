import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { clauseEnd, coordinatedPhrase, findQuotes, insideQuote, isQuote, sentenceTokens, speakerFrom, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';

const ID = 'statement/so';

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Content, „so“ + source: „Die Preise steigen weiter, so ein Sprecher des Konzerns.“ → according_to',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss + 2; k < se - 1; k++) {
        if (toks[k].text !== 'so' || toks[k - 1].text !== ',' || insideQuote(quotes, k)) continue;
        if (isQuote(toks[k - 2])) continue; // „…“, so X: the direct-quote rule reads it
        let s = k + 1;
        let cueEnd = k + 1;
        const sv = speechVerbAt(ctx, s, se); // "so berichtet Reuters"
        if (sv) {
          s++;
          cueEnd = s;
        }
        const np = coordinatedPhrase(ctx, s, se);
        if (!np) continue;
        // the source closes the clause: "so die NIS, die …", "so ein Sprecher am Montag."
        const ce = clauseEnd(doc, np.end - 1, se);
        if (ce - np.end > 4) continue;
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || (speaker.form === 'pronoun' && !sv)) continue;
        const end = trimEnd(doc, ss, k - 1);
        if (end - ss < 2) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, cueEnd), content: tokenSpan(doc, ss, end), sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
