import { DETERMINERS, insideQuote, lower, quoteAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';

const ID = 'statement/die-rede';

/** Prepositions that open the place of a text or source in the prefield: „In der Anklageschrift …“, „Bei der Polizei …“. */
const SOURCE_PREPOSITIONS = new Set(['in', 'im', 'bei', 'beim']);
/** Finite forms of „sein“ before „von „…“ die Rede“. */
const SEIN = new Set(['ist', 'war', 'sei', 'wäre']);

/**
 * „In X ist von „…“ die Rede“: a text or source in the prefield speaks of the quoted words — the
 * quotation is its own wording, direct. Without the quotation marks („ist von einem Unfall die Rede“)
 * or without a named source in the prefield („Von einem „Skandal“ ist die Rede“) nothing is reported.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Source + „ist von „…“ die Rede“: „In dem Gutachten ist von einem „erheblichen Risiko“ die Rede“ → direct, Gutachten',
    priority: 60,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    if (!SOURCE_PREPOSITIONS.has(lower(toks[ss].text))) return;
    for (let r = ss + 4; r < se; r++) {
      if (toks[r].text !== 'Rede' || lower(toks[r - 1].text) !== 'die' || insideQuote(quotes, r)) continue;
      // the quotation closes right before „die Rede“, opened after „von“ (+ an article)
      const q = quotes.find((x) => x.close === r - 2);
      if (!q) continue;
      const vonAt = DETERMINERS.has(lower(toks[q.open - 1]?.text ?? '')) ? q.open - 2 : q.open - 1;
      if (!['von', 'vom'].includes(lower(toks[vonAt]?.text ?? ''))) continue;
      // the finite „sein“ between the prefield and „von“ (an adverb may follow it: „ist jedenfalls von …“)
      let aux = -1;
      for (let k = ss + 2; k < vonAt; k++) if (SEIN.has(toks[k].text)) { aux = k; break; }
      if (aux < 0) continue;
      const src = sourceAt(ctx, ss + 1, aux, { extend: true });
      if (!src || quoteAt(quotes, ss + 1)) continue;
      const end = trimEnd(doc, q.open + 1, q.close);
      if (end - (q.open + 1) < 1) continue;
      out.push({ rule: ID, kind: 'direct', speaker: src.speaker, cue: tokenSpan(doc, r - 1, r + 1), content: tokenSpan(doc, q.open + 1, end), sentence });
    }
  },
);
