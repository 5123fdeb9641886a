/**
 * The statement a cue-less sentence continues (a verbless quote, a Konjunktiv-I sentence): the
 * most recent statement of the base rules that ends within the last few sentences.
 */
import type { RuleContext } from '../../types.js';
import { sentenceAt } from '../../../text/analyse.js';
import type { StatementCandidate } from './types.js';
import { findOnce, oncePerContext } from './find-once.js';
import commaRule from '../speech-verb-comma.js';
import trailingRule from '../trailing-speech-verb.js';
import soRule from '../so.js';
import lautRule from '../laut.js';
import zufolgeRule from '../zufolge.js';
import nachRule from '../nach-angaben.js';
import wieRule from '../wie-berichtete.js';
import verbObjectRule from '../verb-object.js';
import hiessEsRule from '../hiess-es.js';

const BASE_RULES = [commaRule, trailingRule, soRule, lautRule, zufolgeRule, nachRule, wieRule, verbObjectRule, hiessEsRule];

export function baseCandidates(ctx: RuleContext): StatementCandidate[] {
  // each base rule runs once per context, shared with the pipeline's own run of it
  return oncePerContext(ctx, baseCandidates, () => BASE_RULES.flatMap((r) => findOnce(r, ctx)));
}

/** The latest candidate whose content ends before `pos`, at most `maxBack` sentences back. */
export function antecedentBefore(ctx: RuleContext, extra: StatementCandidate[], pos: number, maxBack: number): StatementCandidate | null {
  const all = [...baseCandidates(ctx), ...extra];
  const sen = sentenceAt(ctx.doc, pos);
  let best: StatementCandidate | null = null;
  for (const c of all) {
    if (c.content.end > pos || c.cue.start > pos) continue;
    const cs = sentenceAt(ctx.doc, c.content.end - 1);
    if (sen - cs > maxBack) continue;
    if (!best || c.content.end > best.content.end || (c.content.end === best.content.end && c.kind === 'indirect')) best = c;
  }
  return best;
}
