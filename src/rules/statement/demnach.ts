import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { insideQuote, speechVerbAt, tokenSpan, type Quote } from './lib/grammar.js';
import { uncuedSentences } from './lib/uncued.js';
import { governedContent } from './lib/according.js';
import { antecedentBefore } from './lib/antecedent.js';

const ID = 'statement/demnach';

/** Adverbs that point back to the source named before: „demnach“, „demzufolge“, „dementsprechend“ is no source. */
const BACK_POINTERS = new Set(['demnach', 'demzufolge']);

/** How many sentences back the source may have been named („Die Polizei teilte mit, … . Demnach …“). */
const MAX_BACK = 2;

/** The part of the sentence [ss, se) between semicolons outside quotes that holds token `k`. */
function semicolonPart(toks: readonly { text: string }[], quotes: Quote[], k: number, ss: number, se: number): [number, number] {
  let cs = ss;
  let ce = se;
  for (let j = k - 1; j > ss; j--) if (toks[j].text === ';' && !insideQuote(quotes, j)) { cs = j + 1; break; }
  for (let j = k + 1; j < se; j++) if (toks[j].text === ';' && !insideQuote(quotes, j)) { ce = j; break; }
  return [cs, ce];
}

/**
 * „Demnach …“ reports what the source named just before said: the speaker of the statement that
 * ends in the last two sentences. A second pass (`continueFrom`) over the first pass's statements;
 * a sentence with its own attribution or verb of saying, or no statement before, gives nothing.
 */
const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„demnach“ points back to the last source: „Die Polizei teilte mit, der Fahrer sei geflohen. Demnach wurden drei Menschen verletzt.“ → according_to Polizei',
    priority: 15,
  },
  // a second pass only: „demnach“ names no source of its own
  find: () => [],
  continueFrom(ctx, found) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const { quotes, sentences } = uncuedSentences(ctx, found);
    for (const { sentence, ss, se } of sentences) {
      for (let k = ss; k < se; k++) {
        if (!BACK_POINTERS.has(toks[k].text.toLowerCase()) || insideQuote(quotes, k)) continue;
        // „Das Institut bestätigte demnach …“: a verb of saying of its own reports someone else's words — in the
        // part of the sentence „demnach“ stands in („…; ein Defekt konnte nicht ausgeschlossen werden“ is another part)
        const [cs, ce] = semicolonPart(toks, quotes, k, ss, se);
        let ownVerb = false;
        for (let j = cs; j < ce && !ownVerb; j++) if (!insideQuote(quotes, j) && speechVerbAt(ctx, j, se)) ownVerb = true;
        if (ownVerb) break;
        const ante = antecedentBefore(ctx, found, toks[ss].start, MAX_BACK);
        if (!ante || ante.sentence >= sentence) break;
        const content = governedContent(ctx, k, k + 1, ss, se);
        if (content) out.push({ rule: ID, kind: 'according_to', speaker: ante.speaker, cue: tokenSpan(doc, k, k + 1), content, sentence });
        break;
      }
    }
    return out;
  },
};
export default rule;
