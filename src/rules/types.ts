import type { Doc } from '../text/document.js';
import type { Lexicon } from '../lexicon/index.js';
import type { DateMention, Entity, Quantity, Statement } from '../types.js';

export type LayerName = 'date' | 'quantity' | 'entity' | 'statement';

/** What a rule declares about itself (as ESLint's `meta`). */
export interface RuleMeta {
  /** `<layer>/<name>`, e.g. `quantity/bounded-number`. */
  id: string;
  /** One line, with a German example: `„mindestens 10.000 Soldaten“ → ≥ 10000 Soldat`. */
  description: string;
  /**
   * Where the layer's resolver must choose between candidates of equal standing (quantity: two
   * overlapping spans of the same length; statement: the same content of the same speaker), the
   * higher priority wins: the more specific rule. Default 0. Layers read priorities here, never
   * from lists of rule ids.
   */
  priority?: number;
}

/** Results of the layers that ran before the current one. */
export interface LayerResults {
  dates: DateMention[];
  quantities: Quantity[];
  entities: Entity[];
  statements: Statement[];
}

export interface RuleContext {
  doc: Doc;
  lexicon: Lexicon;
  /** Layers run in the order date → quantity → entity → statement; earlier ones are filled. */
  results: LayerResults;
}

/** A rule: metadata and the function that reports candidate findings. */
export interface Rule<C> {
  meta: RuleMeta;
  find(ctx: RuleContext): C[];
  /**
   * An optional second pass: runs after every enabled rule's `find`, over their candidates (of
   * this layer only), and reports candidates that continue one of them (a Konjunktiv-I sentence or
   * a verbless quote that continues the speaker before). It sees only what enabled rules found, so
   * `--disable` of a first-pass rule also removes the continuations of its statements.
   */
  continueFrom?(ctx: RuleContext, found: readonly C[]): C[];
}

/** Priority of a rule (see RuleMeta.priority) by id, for a layer's resolver. */
export function priorities(rules: readonly Rule<unknown>[]): (id: string) => number {
  const map = new Map(rules.map((r) => [r.meta.id, r.meta.priority ?? 0]));
  return (id) => map.get(id) ?? 0;
}

/**
 * A layer: its rules (sorted by id) and how it turns the candidates of all enabled rules into
 * the layer's output (resolving overlaps, merging mentions, resolving speakers).
 */
export interface Layer<C, Out> {
  name: LayerName;
  rules: Rule<C>[];
  resolve(candidates: C[], ctx: RuleContext): Out[];
}
