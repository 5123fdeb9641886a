/**
 * Per-context memo of rule results. Some statement rules read other rules' candidates (a
 * cue-less continuation looks back at the base rules' statements; Konjunktiv continuations read
 * the attributed quotes): without the memo those rules run twice per article. A rule's `find`
 * depends only on its context (document, lexicon, earlier layers' results), so one run per
 * context is the same as many; the pipeline runs every rule through `findOnce` too.
 */
import type { Rule, RuleContext } from '../../types.js';

const memo = new WeakMap<RuleContext, Map<unknown, unknown>>();

/** `compute()` once per context and key; later calls with the same context and key get the same value. */
export function oncePerContext<T>(ctx: RuleContext, key: unknown, compute: () => T): T {
  let m = memo.get(ctx);
  if (!m) memo.set(ctx, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** The rule's candidates for this context, found once (callers must not change the array). */
export function findOnce<C>(rule: Rule<C>, ctx: RuleContext): C[] {
  return oncePerContext(ctx, rule, () => rule.find(ctx));
}
