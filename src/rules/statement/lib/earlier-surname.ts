/**
 * A lone surname as a speaker: „Melanie Hofmann vom Landratsamt … Hofmann: „…““. The entity layer
 * may leave the later mention unlinked; the colon rules take it as the person named before.
 */
import type { RuleContext } from '../../types.js';
import type { SpeakerRef } from './types.js';
import { isUpper } from './grammar.js';
import { mentionsStartingIn } from './mentions.js';

/** Token `s` is a capitalised word that ends the name of a person the entity layer named earlier in the article: that person, or null. */
export function earlierSurname(ctx: RuleContext, s: number): SpeakerRef | null {
  const t = ctx.doc.tokens[s];
  if (!t || t.type !== 'word' || !isUpper(t.text) || ctx.lexicon.isCommonWord(t.text)) return null;
  for (const { e, m } of mentionsStartingIn(ctx.results.entities, 0, t.start - 1)) {
    if (e.type !== 'PER' || m.end > t.start || !e.name.includes(' ') || !e.name.endsWith(` ${t.text}`)) continue;
    return { text: t.text, start: t.start, end: t.end, name: e.name, form: 'named', entity: e.id, type: 'PER' };
  }
  return null;
}
