/** Shared by the according-to rules (laut, zufolge, nach Angaben, so, wie … berichtete). */
import type { RuleContext } from '../../types.js';
import type { Span } from '../../../types.js';
import { contentEnd, findQuotes, insideQuote, isQuote, konjunktivIn, tokenSpan, trimEnd } from './grammar.js';

/**
 * The content an attribution phrase [ps, pe) governs in the sentence [ss, se): the rest of the
 * sentence when the phrase opens it ("Laut X erwägt Seoul …"), the part before it when it closes
 * it ("…, so X."), else the whole sentence ("Nordkorea soll laut Südkorea … beliefern").
 */
export function governedContent(ctx: RuleContext, ps: number, pe: number, ss: number, se: number): Span | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  // a colon or semicolon before the phrase closes another part of the sentence: „… sei der Güterverkehr: Laut X standen …“
  for (let k = ps - 1; k > ss; k--) {
    if (toks[k].type === 'punct' && (toks[k].text === ':' || toks[k].text === ';') && !insideQuote(findQuotes(doc), k)) {
      ss = k + 1;
      break;
    }
  }
  let end = trimEnd(doc, ss, se);
  if (ps <= ss) {
    let from = pe;
    // a relative clause on the source: "Nach Berichten …, die sich auf … stützen, wurden …"
    if (toks[from]?.text === ',') {
      let k = from + 1;
      while (k < se && toks[k].text !== ',') k++;
      from = k < se - 1 ? k + 1 : from + 1;
    }
    let e = contentEnd(ctx, from, se);
    // „Laut Polizei mussten die Kräfte erneut ausrücken: Der Dachstuhl habe sich wieder entzündet.“: an indicative
    // clause, a colon, reported speech — the report after the colon is a statement of its own (reportAfterColon)
    const colon = reportColon(ctx, from, e);
    if (colon > 0) e = colon;
    return e - from >= 2 ? tokenSpan(doc, from, e) : null;
  }
  if (pe >= end) {
    const e = trimEnd(doc, ss, ps);
    return e - ss >= 2 ? tokenSpan(doc, ss, e) : null;
  }
  end = contentEnd(ctx, ss, se);
  if (end <= pe) end = trimEnd(doc, ss, se);
  return end - ss >= 2 ? tokenSpan(doc, ss, end) : null;
}

/**
 * The colon in tokens [from, to) before which the clause is indicative and after which a clause in the
 * Konjunktiv follows, no quotation („… ausrücken: Der Dachstuhl habe sich wieder entzündet“); or -1.
 */
export function reportColon(ctx: RuleContext, from: number, to: number): number {
  const toks = ctx.doc.tokens;
  const quotes = findQuotes(ctx.doc);
  for (let k = from + 2; k < to - 2; k++) {
    if (toks[k].text !== ':' || insideQuote(quotes, k) || isQuote(toks[k + 1])) continue;
    return !konjunktivIn(ctx, from, k) && konjunktivIn(ctx, k + 1, to) ? k : -1;
  }
  return -1;
}
