/**
 * A person the sentence before introduces („Maier bleibt standhaft.“), for a sentence without a cue
 * of its own after it (a verbless quote, a Konjunktiv-I sentence).
 */
import type { RuleContext } from '../../types.js';
import type { SpeakerRef, StatementCandidate } from './types.js';
import { coordinatedPhrase, isQuote, sentenceTokens, speakerFrom } from './grammar.js';

/**
 * „Maier bleibt standhaft. „Ich bin unschuldig!““: the sentence before a verbless quote opens with a
 * named person and a lower-case finite verb, holds no statement and no quote: that person speaks.
 */
export function personIntroducedBefore(ctx: RuleContext, found: readonly StatementCandidate[], os: number, start: number): SpeakerRef | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  if (os < 1) return null;
  const [pss, pse] = sentenceTokens(doc, os - 1);
  if (pse - pss < 3 || /\n\s*\n/.test(doc.text.slice(toks[pse - 1].end, start))) return null;
  if (found.some((c) => c.sentence === os - 1 || (c.content.start < toks[pse - 1].end && c.content.end > toks[pss].start))) return null;
  for (let k = pss; k < pse; k++) if (isQuote(toks[k])) return null;
  const np = coordinatedPhrase(ctx, pss, pse);
  if (!np || np.parts.length > 1 || np.end >= pse) return null;
  const verb = toks[np.end];
  if (verb.type !== 'word' || !/^\p{Ll}/u.test(verb.text) || !ctx.lexicon.isVerb(verb.text) || isFunctionWord(ctx, verb.text)) return null;
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!sp || sp.form !== 'named' || sp.type !== 'PER') return null;
  return sp;
}

/** A function word that is no verb form. */
const isFunctionWord = (ctx: RuleContext, w: string) => ctx.lexicon.isFunctionWord(w) && !ctx.lexicon.isVerb(w);

