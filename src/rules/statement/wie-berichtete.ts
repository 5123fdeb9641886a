import { DETERMINERS, PREPOSITIONS, adverbs, clauseEnd, contentEnd, insideQuote, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';
import type { RuleContext } from '../types.js';
import { DATIVE_PRONOUNS } from '../../lexicon/de/index.js';

const ID = 'statement/wie-berichtete';


/**
 * „wie (bereits) (vor dem Spiel) von X angemahnt“: the token after „von“/„vom“ when a participle
 * closes the clause with nothing but adverbs and one prepositional phrase before „von“; else -1.
 */
function passiveAgentAt(ctx: RuleContext, k: number, se: number): number {
  const toks = ctx.doc.tokens;
  const ce = clauseEnd(ctx.doc, k, se);
  const last = toks[ce - 1];
  if (!last || last.type !== 'word' || !/^\p{Ll}/u.test(last.text) || !speechVerbAt(ctx, ce - 1, se)) return -1;
  // (the clause opens with „von“, an adverb or a preposition — not with the subject: „Wie X vom Verband sagte“)
  const first = toks[k].text;
  if (!/^(?:von|vom)$/.test(first) && !adverbs(ctx.lexicon).has(first) && !PREPOSITIONS.has(first)) return -1;
  for (let j = k; j < ce - 2 && j - k <= 6; j++) if (/^(?:von|vom)$/.test(toks[j].text)) return j + 1;
  return -1;
}

export default sentenceRule(
  {
    id: ID,
    description: '„wie“ + source + speech verb: „Das Dach brannte, wie die Polizei mitteilte.“ / „Wie der Verband berichtete, …“ → indirect',
    priority: 20,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let k = ss; k < se - 2; k++) {
      if (toks[k].text.toLowerCase() !== 'wie' || insideQuote(quotes, k)) continue;
      if (k > ss && toks[k - 1].text !== ',') continue;
      // „Wie ihm seine Kollegen erzählten, …“: a dative pronoun before the source
      let from = DATIVE_PRONOUNS.has(toks[k + 1].text) ? k + 2 : k + 1;
      // „Wie bereits vor dem Spiel von Trainer X angemahnt, …“: the passive participle, the source after „von“
      const agent = passiveAgentAt(ctx, from, se);
      if (agent >= 0) from = agent;
      // (a pronoun too: „Wie er mitteilt, lehnt er zwei Initiativen ab“ — resolved to the one named before)
      const src = sourceAt(ctx, from, se, { pronoun: true });
      if (!src) continue;
      const ce = clauseEnd(doc, src.np.end, se);
      // the speech verb closes the clause: "wie die AP berichtete", "wie die Polizei am Montag mitteilte"
      let v = -1;
      for (let j = src.np.end; j < ce; j++) if (speechVerbAt(ctx, j, se)) v = j;
      if (v < 0 || ce - v > 2) continue;
      // (a pronoun source only with a verb in the singular right after it: „wie sie betonten“ may be several, „wie sie
      // die Kritiker fordern“ has „sie“ as the object)
      if (src.speaker.form === 'pronoun' && (DETERMINERS.has(toks[src.np.end].text.toLowerCase()) || /^\p{Lu}/u.test(toks[src.np.end].text) || /(?:en|n)$/.test(toks[v].text) || !/^(?:er|sie)$/i.test(src.speaker.text))) continue;
      // „…, wie Kapitän X gesteht: „…““: the clause introduces the quotation after the colon, not the words before
      if (toks[ce]?.text === ':' && quotes.some((q) => q.open === ce + 1)) continue;
      let content;
      if (k === ss) {
        const from = ce + 1;
        if (toks[ce]?.text !== ',' || from >= se) continue;
        const e = contentEnd(ctx, from, se);
        if (e - from < 2) continue;
        content = tokenSpan(doc, from, e);
      } else if (toks[ce]?.text === ',' && ce + 2 < se && (k - 1) - ss <= 3) {
        // „Der hatte, wie die Polizei berichtete, um 18.15 Uhr einen Notruf abgesetzt“: an embedded clause after a short
        // opening — the content is the sentence around it
        content = tokenSpan(doc, ss, trimEnd(doc, ss, se));
      } else {
        const e = trimEnd(doc, ss, k - 1);
        if (e - ss < 2) continue;
        content = tokenSpan(doc, ss, e);
      }
      out.push({ rule: ID, kind: 'indirect', speaker: src.speaker, cue: tokenSpan(doc, v, v + 1), content, sentence });
    }
  },
);
