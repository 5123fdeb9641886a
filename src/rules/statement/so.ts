import type { RuleContext } from '../types.js';
import { PREPOSITIONS, clauseEnd, insideQuote, isLowerWord, isQuote, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/de/index.js';

const ID = 'statement/so';

/** At most this many tokens of adverbials after the source. */
const MAX_TAIL = 10;

/** Tokens [from, to) after the source are adverbials: opened by a bracket or a preposition, words and brackets only, no verb. */
function adverbialTail(ctx: RuleContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  if (to - from > MAX_TAIL || !(toks[from].text === '(' || PREPOSITIONS.has(toks[from].text))) return false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type === 'punct' ? t.text !== '(' && t.text !== ')' && t.text !== '-' : isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text) && !PREPOSITIONS.has(t.text)) return false;
  }
  return true;
}

export default sentenceRule(
  {
    id: ID,
    description: 'Content, „so“ + source: „Die Preise steigen weiter, so ein Sprecher des Konzerns.“ → according_to',
    priority: 30,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
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
      // a pronoun only after a verb: "so sagte er"
      const src = sourceAt(ctx, s, se, { pronoun: !!sv });
      if (!src) continue;
      // the source closes the clause: "so die NIS, die …", "so ein Sprecher am Montag."
      const ce = clauseEnd(doc, src.np.end - 1, se);
      // (or adverbials after it: „so Minister X (FDP) im Gespräch mit NDR Info“ — a bracket or a preposition opens
      // them, no verb among them)
      if (ce - src.np.end > 4 && !adverbialTail(ctx, src.np.end, ce)) continue;
      // „Das habe, so der Geschäftsführer, am Ende geschadet“: a parenthesis inside the clause, the content is the whole sentence
      // (only after a short prefield and finite verb; „…, so die NIS, die …“ is a relative clause on the source)
      const parenthesis = k - ss <= 5 && toks[ce]?.text === ',' && ce < se - 2 && ce === src.np.end && !RELATIVE_PRONOUNS.has(toks[ce + 1].text);
      const end = parenthesis ? trimEnd(doc, ss, se) : trimEnd(doc, ss, k - 1);
      if (end - ss < 2) continue;
      out.push({ rule: ID, kind: 'according_to', speaker: src.speaker, cue: tokenSpan(doc, k, cueEnd), content: tokenSpan(doc, ss, end), sentence });
    }
  },
);
