/**
 * The statement a cue-less sentence continues (a verbless quote, a Konjunktiv-I sentence): the
 * most recent candidate of the first pass (the enabled rules' `find`) that ends within the last
 * few sentences. Continuation rules read it in their second pass (`continueFrom`), never by
 * running other rules, so a disabled rule's statements are continued by nothing.
 */
import type { RuleContext } from '../../types.js';
import { sentenceAt } from '../../../text/analyse.js';
import type { StatementCandidate } from './types.js';

/**
 * The latest candidate of `found` whose content ends before `pos`, at most `maxBack` sentences
 * back. Of two that end at the same offset, the indirect one (the reported clause around a
 * quote), then the later one in `found`.
 */
export function antecedentBefore(ctx: RuleContext, found: readonly StatementCandidate[], pos: number, maxBack: number): StatementCandidate | null {
  const sen = sentenceAt(ctx.doc, pos);
  let best: StatementCandidate | null = null;
  for (const c of found) {
    if (c.content.end > pos || c.cue.start > pos) continue;
    const cs = sentenceAt(ctx.doc, c.content.end - 1);
    if (sen - cs > maxBack) continue;
    if (!best || c.content.end > best.content.end || (c.content.end === best.content.end && c.kind === 'indirect')) best = c;
  }
  return best;
}
