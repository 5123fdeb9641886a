/** What the steps of the entity layer's resolve step share. */
import type { Doc } from '../../../../text/document.js';
import type { Lexicon } from '../../../../lexicon/index.js';
import type { EntityType, Span } from '../../../../types.js';
import type { Unit } from '../words.js';

export interface ResolveContext {
  doc: Doc;
  lexicon: Lexicon;
  /** The document's words (see ../words.ts). */
  us: Unit[];
  /** The grouping key of a name (nameKey under the context's lexicon). */
  key(name: string): string;
}

/** One entity before output: its canonical name, type, rule, mentions and written forms. */
export interface Draft {
  name: string;
  type: EntityType;
  rule: string;
  mentions: Span[];
  forms: Set<string>;
}

export const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
