import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { AUXILIARIES, clauseStart, contentEnd, firstFiniteVerb, isQuote, lower, negated, subjectOf, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';

const ID = 'statement/mit-den-worten';

/** „mit den Worten“, „mit dem Satz“: a noun of words that introduces what was said. */
const WORD_NOUNS = new Set(['worten', 'satz']);

/** The subject of the clause the phrase at `k` stands in: of its first finite verb. */
function speakerOfClause(ctx: RuleContext, k: number, ss: number, se: number): SpeakerRef | null {
  const cs = clauseStart(ctx, k, ss);
  let fv = firstFiniteVerb(ctx, cs.start, k);
  // „Ein Sprecher wurde mit den Worten zitiert“: an auxiliary the scan for a full verb passes over
  for (let j = cs.start + 1; j < k && fv < 0; j++) if (AUXILIARIES.has(ctx.doc.tokens[j].text)) fv = j;
  if (fv < 0 || negated(ctx.doc, cs.start, k)) return null;
  return subjectOf(ctx, fv, ss, se);
}

/**
 * „mit den Worten“ + a quotation or a reported clause: „Er wies die Einsparungen mit den Worten „Das
 * reicht nicht“ zurück.“ → direct; „Ein Polizist wurde mit den Worten zitiert, die beiden seien
 * eingeschlossen.“ → indirect. The speaker is the subject of the clause the phrase stands in.
 */
export default sentenceRule(
  {
    id: ID,
    description: '„mit den Worten“ + quotation or clause: „Die Bürgermeisterin wies die Kritik mit den Worten „Wir sparen schon genug“ zurück.“ → direct',
    priority: 40,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let k = ss + 1; k + 2 < se; k++) {
      if (lower(toks[k].text) !== 'mit' || !['den', 'dem'].includes(lower(toks[k + 1].text)) || !WORD_NOUNS.has(lower(toks[k + 2].text))) continue;
      let n = k + 3;
      if (toks[n]?.text === ':') n++;
      const q = isQuote(toks[n]) ? quotes.find((x) => x.open === n) : undefined;
      if (q) {
        const end = trimEnd(doc, q.open + 1, q.close);
        if (end - (q.open + 1) < 2) continue;
        const speaker = speakerOfClause(ctx, k, ss, se);
        if (!speaker) continue;
        out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, k, k + 3), content: tokenSpan(doc, q.open + 1, end), sentence });
        continue;
      }
      // „wurde mit den Worten zitiert, …“: the participle, a comma, the reported clause
      let c = n;
      while (c < se && c - n <= 2 && toks[c].text !== ',') c++;
      if (toks[c]?.text !== ',' || c + 2 >= se) continue;
      const end = contentEnd(ctx, c + 1, se);
      if (end - (c + 1) < 3) continue;
      const speaker = speakerOfClause(ctx, k, ss, se);
      if (!speaker) continue;
      out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, k, k + 3), content: tokenSpan(doc, c + 1, end), sentence });
    }
  },
);
