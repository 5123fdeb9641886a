import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { PREPOSITIONS, isLowerWord, isQuote, isTitleQuote, konjunktivIn, lower, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { namedSpeaker } from './lib/named-speaker.js';

const ID = 'statement/verb-colon-quote';

/** At most this many tokens from the finite verb to the colon („Der Richter unterbricht sie sofort:“, „brachte es direkt zu Beginn auf den Punkt:“). */
const MAX_TAIL = 9;
/** Openers of a verb-second sentence whose subject follows the verb („Als Trainer … wackelt Berg:“, „Danach …“). */
const OPENERS = new Set(['als', 'dann', 'danach', 'nun', 'jetzt', 'auch', 'doch', 'später', 'zuvor', 'daraufhin', 'anschließend']);

/** A finite verb form by its ending, for verbs the lexicon lacks („wackelt“, „zögerte“). */
const FINITE_ENDING = /(?:[^aeiouäöü]t|te|ten)$/;

/**
 * Token `k` is a lower-case finite verb in the indicative (no function word, no adjective); with
 * `loose`, by its ending too, where the sentence shape leaves no other reading.
 */
function finiteVerb(ctx: RuleContext, k: number, loose = false): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !isLowerWord(t.text)) return false;
  if (!ctx.lexicon.isVerb(t.text) && !(loose && FINITE_ENDING.test(t.text))) return false;
  if (ctx.lexicon.isFunctionWord(t.text) || ctx.lexicon.isAdjective(t.text)) return false;
  return !konjunktivIn(ctx, k, k + 1);
}

/**
 * A quotation after a colon whose sentence names the speaker as the subject of a verb that is no
 * verb of saying: „Der Richter unterbricht: „…““, „Als Trainer des Tabellenletzten wackelt Berg:
 * „…““. Either the sentence opens with the speaker and the verb follows, or an adverbial opens it,
 * the verb follows and the speaker's name stands right before the colon. A verb of saying, a comma
 * or a second quotation before the colon leave the sentence to the other rules.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Subject + other verb + colon + quotation: „Als Trainer des Tabellenletzten wackelt Ida Berg: „Mir macht es Spaß.““ → direct, Ida Berg',
    priority: 3,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (const q of quotes) {
      const colon = q.open - 1;
      if (colon <= ss + 1 || colon >= se || toks[colon].text !== ':' || isTitleQuote(ctx, q)) continue;
      let plain = true;
      for (let k = ss; k < colon && plain; k++) {
        if (toks[k].text === ',' || toks[k].text === ';' || isQuote(toks[k]) || speechVerbAt(ctx, k, se)) plain = false;
      }
      if (!plain) continue;
      let speaker: SpeakerRef | null = null;
      let cue = -1;
      // the speaker opens the sentence, the verb follows: „Der Richter unterbricht:“
      for (let v = ss + 1; v < colon && !speaker; v++) {
        if (colon - v > MAX_TAIL || !finiteVerb(ctx, v)) continue;
        speaker = namedSpeaker(ctx, ss, v, { roles: true });
        cue = v;
      }
      // an adverbial opens it, the verb follows, the name stands before the colon: „Als Trainer … wackelt Berg:“
      const first = lower(toks[ss].text);
      if (!speaker && (OPENERS.has(first) || PREPOSITIONS.has(first))) {
        for (let v = ss + 1; v < colon - 1 && !speaker; v++) {
          if (!finiteVerb(ctx, v, true)) continue;
          speaker = namedSpeaker(ctx, v + 1, colon);
          cue = v;
          if (!speaker) break;
        }
      }
      if (!speaker) continue;
      const end = trimEnd(doc, q.open + 1, q.close);
      if (end - (q.open + 1) < 2) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, cue, cue + 1), content: tokenSpan(doc, q.open + 1, end), sentence });
    }
  },
);
