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
