/**
 * The speaker of a verb of saying inside a relative clause that has no subject of its own: the
 * named person or organisation the clause hangs on („Das meint Thomas Prügel, der allerdings darauf
 * hinweist, dass …“ → Thomas Prügel). Read by statement/speech-verb-comma.
 */
import type { RuleContext } from '../../types.js';
import { coordinatedPhrase, lower, speakerFrom } from './grammar.js';
import type { SpeakerRef } from './types.js';
import { ownSubject } from './comma-complement.js';

/** Relative pronouns that may be the subject (nominative) of their clause. */
const NOMINATIVE_RELATIVES = new Set(['der', 'die', 'welcher', 'welche']);

/**
 * `clauseFrom` is the first token after the relative pronoun, `v` the verb of saying. The pronoun
 * must follow a comma, and the clause before `v` hold no subject of its own (no article, no
 * pronoun: „die der Verband nenne“ has one); the antecedent is a name (PER or ORG entity) or a
 * person noun ending right at the comma. Null otherwise.
 */
export function relativeAntecedent(ctx: RuleContext, clauseFrom: number, v: number, sentStart: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  const r = clauseFrom - 1;
  const comma = r - 1;
  if (comma <= sentStart || toks[comma].text !== ',' || !NOMINATIVE_RELATIVES.has(lower(toks[r].text))) return null;
  if (ownSubject(ctx, clauseFrom, v)) return null;
  // the longest noun phrase that ends at the comma (a few words: „Bürgermeister Thomas Prügel (CDU)“)
  let best: SpeakerRef | null = null;
  for (let k = comma - 1; k >= sentStart && comma - k <= 6; k--) {
    const np = coordinatedPhrase(ctx, k, comma);
    if (!np || np.end !== comma) continue;
    const sp = speakerFrom(ctx, np.start, np.end, np.parts);
    if (sp && sp.form !== 'pronoun') best = sp;
  }
  if (!best) return null;
  return (best.entity && (best.type === 'PER' || best.type === 'ORG')) || best.form === 'role' ? best : null;
}
