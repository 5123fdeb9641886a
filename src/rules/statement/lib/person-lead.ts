/** A speaker phrase read from the entity layer's people: roles and a team before a name. */
import type { RuleContext } from '../../types.js';
import { DEFINITE, isUpper, tokenAt, type Phrase } from './grammar.js';
import { mentionsStartingIn } from './mentions.js';

/** Capitalised words (roles, a team in the genitive) before the person's name: „Bayern-Trainer Pep Guardiola“. */
const MAX_LEAD = 4;

/**
 * The phrase from token `s` to the end of a person the entity layer found (before `limit`), when
 * only capitalised words and hyphens stand before the name („Dortmunds Trainer Jürgen Klopp“,
 * „Essens Trainer Uwe Koschinat“), where the noun-phrase grammar stops at the genitive or a
 * first name that is also a noun; or null.
 */
export function personLead(ctx: RuleContext, s: number, limit: number): Phrase | null {
  const toks = ctx.doc.tokens;
  // an empty phrase („, Anna Schmidt: …“ at a line start gives [s, s)) has no person
  if (s >= toks.length || limit <= Math.max(s, 0) || limit > toks.length) return null;
  // a mention starting at one of the tokens s … s + MAX_LEAD
  const near = s < 0 ? mentionsStartingIn(ctx.results.entities, -Infinity, Infinity) : mentionsStartingIn(ctx.results.entities, toks[s].start, toks[Math.min(s + MAX_LEAD, toks.length - 1)].start);
  for (const { e, m } of near) {
    if (e.type !== 'PER') continue;
    const a = tokenAt(ctx.doc, m.start);
    if (toks[a]?.start !== m.start || a < s || a - s > MAX_LEAD) continue;
    let b = a;
    while (b < limit && toks[b].end <= m.end) b++;
    if (b >= limit && toks[limit - 1].end < m.end) continue;
    // „Wiegands Referentin Sabine Ernst“: a person in the genitive before the head is no speaker; the name after it is
    if (b < limit && /s$/.test(m.text) && !/s$/.test(e.name) && toks[b].type === 'word' && isUpper(toks[b].text)) continue;
    // (also an article and inflected adjectives before the role: „die geschäftsführende Ministerin Nancy Faeser“)
    const lead = toks.slice(s, a);
    const role = lead.some((t) => t.type === 'word' && isUpper(t.text));
    if (lead.every((t, k) => (t.type === 'word' && isUpper(t.text)) || (t.text === '-' && !t.space) || (role && k > 0 && t.type === 'word' && /^\p{Ll}+(?:e|en|er)$/u.test(t.text) && ctx.lexicon.isAdjective(t.text)) || (k === 0 && DEFINITE.has(t.text)))) return { start: s, end: b, parts: [[s, b]] };
  }
  return null;
}
