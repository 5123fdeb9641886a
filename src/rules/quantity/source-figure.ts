import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity, clauseAround, lowerText } from './lib/bare.js';
import { scaleFits, antecedentBefore, antecedents } from './lib/antecedent.js';
import { figureVerb, hasAnyVerb, PREPOSITIONS } from './lib/verbs.js';

const ID = 'quantity/source-figure';

/**
 * A figure a source gives without the noun, continuing the noun named before: „Die Polizei sprach
 * von 8.000 Teilnehmern, die Veranstalter von 20.000“ (a gapped verb), „Die Polizei gibt 8.000
 * an“, „schätzt die Zahl auf 300“, „zählte 450“, „waren es 12 000“ → the unit of the nearest figure
 * of the same or previous sentence (or of a „Zahl der X“ frame); in the same sentence a figure
 * after it serves too („gab 8.000 an, die Veranstalter sprachen von 20.000 Teilnehmern“). The
 * verbs are `figure-verbs.txt`. Measures (percents, durations, degrees) are not continued.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 20.000“ → 20000 Teilnehmer; „Die Polizei gibt 8.000 an“',
    priority: 25,
  },
  find(ctx) {
    const { doc, lexicon: lex } = ctx;
    const toks = doc.tokens;
    const out: Quantity[] = [];
    for (const b of bareNumbers(ctx)) {
      const beforeWord = lowerText(toks[b.first - 1]);
      const prep = PREPOSITIONS.has(beforeWord) ? beforeWord : null;
      const [from, to] = clauseAround(doc, b.first);
      let given = figureVerb(doc, lex, from, to, prep);
      // a gapped verb: „…, die Veranstalter von 20.000“ takes the verb of the clause before
      const subject = toks.slice(from, b.first).some((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text));
      if (!given && subject && from > 0 && toks[from - 1].text === ',' && !hasAnyVerb(doc, lex, from, to)) {
        const [pf, pt] = clauseAround(doc, from - 2);
        given = figureVerb(doc, lex, pf, pt, prep);
      }
      // „waren es 12 000“, „es waren 12 000“
      if (!given && !prep && beforeWord === 'es' && /^(?:waren|sind|seien|wären)$/i.test(lowerText(toks[b.first - 2]))) given = true;
      if (!given && !prep && /^(?:waren|sind|seien|wären)$/i.test(beforeWord) && lowerText(toks[b.first - 2]) === 'es') given = true;
      if (!given) continue;
      let a = antecedentBefore(ctx, b.start, b.sentence, true);
      if (!a) a = antecedents(ctx, true).find((x) => x.start > b.end && x.sentence === b.sentence) ?? null;
      if (!a || !scaleFits(ctx, a, b)) continue;
      const q = bareQuantity(ctx, b, a.unit, ID);
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
