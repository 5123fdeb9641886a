import type { RuleContext } from '../types.js';
import { ORG_HEADS, insideQuote, tokenSpan, trimEnd, type Phrase } from './lib/grammar.js';
import { tokenAt } from '../../text/doc.js';
import { governedContent, reportColon } from './lib/according.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';

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

export default sentenceRule(
  {
    id: ID,
    description: '„laut“ (Swiss „gemäss“) + source: „Laut Polizei wurden drei Menschen verletzt“ → according_to Polizei',
    priority: 50,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let k = ss; k < se - 1; k++) {
      const w = toks[k].text.toLowerCase();
      if (toks[k].type !== 'word' || (w !== 'laut' && !GEMAESS.has(w)) || insideQuote(quotes, k)) continue;
      const src = sourceAt(ctx, k + 1, se, { extend: true });
      if (!src) continue;
      if (GEMAESS.has(w) && !namesSource(ctx, src.np)) continue;
      const content = governedContent(ctx, k, src.np.end, ss, se);
      if (!content) continue;
      out.push({ rule: ID, kind: 'according_to', speaker: src.speaker, cue: tokenSpan(doc, k, k + 1), content, sentence });
      // the reported clause after a colon that ends the content is the source's too
      const colon = toks[tokenAt(doc, content.end)]?.text === ':' ? tokenAt(doc, content.end) : -1;
      if (colon > 0 && reportColon(ctx, tokenAt(doc, content.start), se) === colon) {
        const end = trimEnd(doc, colon + 1, se);
        out.push({ rule: ID, kind: 'indirect', speaker: src.speaker, cue: tokenSpan(doc, k, k + 1), content: tokenSpan(doc, colon + 1, end), sentence });
      }
    }
  },
);
