import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { ORG_HEADS, coordinatedPhrase, extendSource, findQuotes, insideQuote, sentenceTokens, speakerFrom, tokenSpan, type Phrase } from './lib/grammar.js';
import type { RuleContext } from '../types.js';
import { governedContent } from './lib/according.js';

const ID = 'statement/laut';

/** „gemäß“/„gemäss“ also means „in accordance with“ (gemäß Paragraf 5): only a source noun or a named source makes it „laut“. */
const GEMAESS = new Set(['gemäß', 'gemäss']);
const SOURCE_HEAD = /(angaben|schätzung|schätzungen|umfrage|umfragen|befragung|bericht|berichten|berichte|studie|studien|prognose|prognosen|analyse|analysen|zählung|berechnung|berechnungen|statistik|daten|zahlen|informationen|erhebung|auskunft|mitteilung|aussage|aussagen|einschätzung|hochrechnung|recherchen|quellen|sprecher|sprecherin)$/i;

/** The head of the phrase is a source noun („Umfrage“), an institution („Bundesamt“) or a name of a person or organisation. */
function namesSource(ctx: RuleContext, np: Phrase): boolean {
  const toks = ctx.doc.tokens;
  for (let k = np.start; k < np.end; k++) {
    const t = toks[k];
    if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
    if (SOURCE_HEAD.test(t.text) || ORG_HEADS.test(t.text) || /^[\p{Lu}]{2,}$/u.test(t.text)) return true;
    return ctx.results.entities.some((e) => (e.type === 'ORG' || e.type === 'PER') && e.mentions.some((m) => m.start <= t.start && m.end >= t.end));
  }
  return false;
}

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„laut“ (Swiss „gemäss“) + source: „Laut Polizei wurden drei Menschen verletzt“ → according_to Polizei',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss; k < se - 1; k++) {
        const w = toks[k].text.toLowerCase();
        if (toks[k].type !== 'word' || (w !== 'laut' && !GEMAESS.has(w)) || insideQuote(quotes, k)) continue;
        const np0 = coordinatedPhrase(ctx, k + 1, se);
        if (!np0) continue;
        const np = extendSource(ctx, np0, se);
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
        if (GEMAESS.has(w) && !namesSource(ctx, np)) continue;
        const content = governedContent(ctx, k, np.end, ss, se);
        if (!content) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, k + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
