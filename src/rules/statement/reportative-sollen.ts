import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { clauseEnd, insideQuote, isLowerWord, tokenSpan, trimEnd, type Quote } from './lib/grammar.js';
import { uncuedSentences } from './lib/uncued.js';
import { antecedentBefore } from './lib/antecedent.js';

const ID = 'statement/reportative-sollen';

/** Finite forms of „sollen“ that report hearsay with a perfect infinitive („soll … gefahren sein“). */
const SOLLEN = new Set(['soll', 'sollen']);
/** The infinitive auxiliary of a perfect infinitive: „getrunken haben“, „geflohen sein“, „verletzt worden sein“. */
const PERFECT_AUX = new Set(['haben', 'sein']);
/** How many sentences back the source may have been named. */
const MAX_BACK = 2;

/**
 * „soll“/„sollen“ + participle + „haben“/„sein“ at the end of the main clause: the reportative
 * mood („Der Fahrer soll getrunken haben“ = it is said that he drank), not an obligation or plan
 * („Die Brücke soll 2026 fertig werden“). Token index of „soll“, or -1.
 */
function reportativeVerb(toks: readonly { text: string; type: string }[], ss: number, se: number, quotes: Quote[], ceOf: (k: number) => number): number {
  for (let k = ss + 1; k < se; k++) {
    const t = toks[k];
    if (t.type === 'punct' && t.text === ',') return -1; // the main clause only
    if (!SOLLEN.has(t.text) || insideQuote(quotes, k)) continue;
    const ce = ceOf(k);
    const aux = toks[ce - 1];
    const participle = toks[ce - 2];
    if (ce - 2 <= k || !aux || !PERFECT_AUX.has(aux.text) || !participle || participle.type !== 'word' || !isLowerWord(participle.text)) return -1;
    // „getrunken haben“, „verletzt worden sein“, „gerast sein“: a participle (ge-…-t/-en, …-iert, …-t/-en) before the auxiliary
    return /(t|en)$/.test(participle.text) ? k : -1;
  }
  return -1;
}

/**
 * Reportative „sollen“ continues the source named just before: „Die Polizei teilte mit, der Mann
 * sei geflohen. Er soll zuvor getrunken haben.“ → indirect, Polizei. A second pass
 * (`continueFrom`); with no statement in the last two sentences nothing is reported (hearsay
 * without a source has no speaker), nor in a sentence with an attribution of its own.
 */
const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Reportative „sollen“ continues the last source: „Die Polizei teilte mit, der Mann sei geflohen. Er soll zuvor getrunken haben.“',
    priority: 10,
  },
  // a second pass only: hearsay names no source of its own
  find: () => [],
  continueFrom(ctx, found) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const { quotes, sentences } = uncuedSentences(ctx, found, { minTokens: 4, unquoted: true });
    for (const { sentence, ss, se } of sentences) {
      const k = reportativeVerb(toks, ss, se, quotes, (i) => clauseEnd(doc, i, se));
      if (k < 0) continue;
      const ante = antecedentBefore(ctx, found, toks[ss].start, MAX_BACK);
      if (!ante) continue;
      const end = trimEnd(doc, ss, se);
      out.push({ rule: ID, kind: 'indirect', speaker: ante.speaker, cue: tokenSpan(doc, k, k + 1), content: tokenSpan(doc, ss, end), sentence });
    }
    return out;
  },
};
export default rule;
