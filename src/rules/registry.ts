import type { Layer, Rule, RuleMeta } from './types.js';
import { dateLayer } from './date/index.js';
import { quantityLayer } from './quantity/index.js';
import { entityLayer } from './entity/index.js';
import { statementLayer } from './statement/index.js';

/** The layers in the order they run: later layers read earlier results. */
export const layers = [dateLayer, quantityLayer, entityLayer, statementLayer] as const satisfies readonly Layer<any, any>[];

/** Every rule of every layer, sorted by id. */
export const allRules: readonly Rule<unknown>[] = layers
  .flatMap((l) => l.rules as Rule<unknown>[])
  .sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

export function ruleMetas(): RuleMeta[] {
  return allRules.map((r) => r.meta);
}

/** Glob match for rule ids: `quantity/*`, `*\/laut`, exact ids. */
export function ruleIdMatcher(patterns: readonly string[]): (id: string) => boolean {
  const res = patterns
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$'));
  return (id) => res.some((r) => r.test(id));
}
