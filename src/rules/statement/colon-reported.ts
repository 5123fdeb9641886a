import { namedSpeaker } from './lib/named-speaker.js';
import { firstFiniteVerb, isKonjunktiv1, isLowerWord, isQuote, konjunktivIn, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { earlierSurname } from './lib/earlier-surname.js';

const ID = 'statement/colon-reported';

/** At most this many tokens before the colon: a name with its role („Ortsvorsteher Joachim Gilles:“). */
const MAX_NAME = 6;
/** At most this many tokens from the sentence start to the colon when a verb stands between the name and it. */
const MAX_CLAUSE = 16;

/**
 * A name, a colon and reported speech without quotation marks: the newsroom's short form of „X
 * sagte, …“ in local copy („Ludwig: Manches Abenteuer habe es während der Bauphase gegeben.“). The
 * clause after the colon must hold a Konjunktiv I verb — „Kassel: Die Stadt wächst“ (a place) and
 * „Müller: ein Porträt“ (a label) are no speech. A quotation after the colon is colon-quote's. The name
 * may also be the subject of a clause that ends in the colon („X ging auf die Zahlen ein: …“).
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Name + colon + Konjunktiv I, no quotation marks: „Trainerin Ana Lind: Die Mannschaft sei müde gewesen.“ → indirect, Ana Lind',
    priority: 30,
  },
  ({ ctx, doc, toks, sentence, ss, se }, out) => {
    let colon = -1;
    for (let k = ss + 1; k < Math.min(se, ss + MAX_CLAUSE + 1); k++) {
      if (toks[k].text === ':') {
        colon = k;
        break;
      }
      if (toks[k].type === 'punct' && toks[k].text !== '-' && toks[k].text !== '.' && toks[k].text !== '(' && toks[k].text !== ')') return;
    }
    if (colon < 0 || colon + 3 >= se || isQuote(toks[colon + 1])) return;
    let speaker = colon - ss <= MAX_NAME ? namedSpeaker(ctx, ss, colon) ?? (colon === ss + 1 ? earlierSurname(ctx, ss) : null) : null;
    // „Geschäftsführerin Kerstin Scheffler ging auf die Mitgliederentwicklung ein: Erfreulicherweise hätten …“: a
    // named subject opens the sentence, its finite verb follows, the clause ends in the colon
    if (!speaker) {
      const v = firstFiniteVerb(ctx, ss + 1, colon);
      if (v > ss && v < colon && isLowerWord(toks[v].text) && !konjunktivIn(ctx, v, v + 1)) speaker = namedSpeaker(ctx, ss, v);
    }
    if (!speaker) return;
    const end = trimEnd(doc, colon + 1, se);
    let konj = -1;
    for (let k = colon + 1; k < end && konj < 0; k++) if (toks[k].type === 'word' && isKonjunktiv1(ctx, toks[k].text)) konj = k;
    if (konj < 0) return;
    out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, colon, colon + 1), content: tokenSpan(doc, colon + 1, end), sentence });
  },
);
