import type { SpeakerRef } from './lib/types.js';
import { isLowerWord, isTitleQuote, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { namedSpeaker } from './lib/named-speaker.js';

const ID = 'statement/quote-then-colon';

/** At most this many lower-case words before the name („meinte dazu noch X“) or after it („X trocken“). */
const MAX_ADVERBS = 3;

/**
 * A quotation, a comma, a verb of saying, the speaker and a colon that opens a second quotation:
 * „„Wir hoffen das Beste“, meinte dazu Parteichef X trocken: „Das Dach ist weniger gut.““. Both
 * quotations are the speaker's. The
 * words around the name are adverbs (lower case, no verb); the name must name a person or a body.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Quote, speech verb, name, colon, second quote: „„Wir hoffen es“, meinte dazu Ute Kamp trocken: „Das Dach ist weniger gut.““ → direct, Ute Kamp',
    priority: 30,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (const q2 of quotes) {
      if (q2.open >= se) break;
      const colon = q2.open - 1;
      if (colon <= ss + 3 || colon >= se || toks[colon].text !== ':' || isTitleQuote(ctx, q2)) continue;
      // the first quotation closes, a comma, the verb of saying
      // (a quotation of several sentences may open in an earlier sentence: „„Ja, … . Wir hatten …“, erzählt X und weiter: „…““)
      const q1 = quotes.find((x) => x.close < colon && x.close >= ss && toks[x.close + 1]?.text === ',' && colon - x.close <= 12);
      if (!q1) continue;
      const v = q1.close + 2;
      const sv = speechVerbAt(ctx, v, se);
      if (!sv || sv.i !== v) continue;
      let speaker: SpeakerRef | null = null;
      // adverbs after the verb, then the name, then words of manner before the colon
      for (let s = v + 1; s < colon && s - v - 1 <= MAX_ADVERBS && !speaker; s++) {
        const lead = (k: number) => toks[k].type === 'word' && isLowerWord(toks[k].text) && (!ctx.lexicon.isVerb(toks[k].text) || ctx.lexicon.isFunctionWord(toks[k].text));
        let ok = true;
        for (let k = v + 1; k < s; k++) if (!lead(k)) ok = false;
        if (!ok) break;
        for (let e = colon; e > s && colon - e <= MAX_ADVERBS && !speaker; e--) {
          let tail = true;
          for (let k = e; k < colon; k++) if (!lead(k) && !(toks[k].type === 'word' && isLowerWord(toks[k].text) && ctx.lexicon.isAdjective(toks[k].text))) tail = false;
          if (!tail) break;
          speaker = namedSpeaker(ctx, s, e);
        }
      }
      if (!speaker) continue;
      const end = trimEnd(doc, q2.open + 1, q2.close);
      if (end - (q2.open + 1) < 2) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, q2.open + 1, end), sentence });
      // the first quotation is the same speaker's (direct-quote does not read a verb whose sentence goes on past a colon)
      const end1 = trimEnd(doc, q1.open + 1, q1.close);
      if (end1 - (q1.open + 1) >= 2) out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, q1.open + 1, end1), sentence });
    }
  },
);
