import type { EntityType, Span } from '../../../types.js';

/**
 * What an entity rule reports: one mention with the rule's guess at the entity it names.
 * The layer's `resolve` (./resolve.ts) merges candidates into `Entity` records.
 */
export interface EntityCandidate extends Span {
  type: EntityType;
  /** Canonical, nominative name the rule proposes ("Nordkoreas" → "Nordkorea"). */
  name: string;
  rule: string;
  /**
   * How sure the rule is: 3 = known name (gazetteer, outlet list, acronym definition, byline),
   * 2 = name in a telling context (role, speech verb, place preposition, organisation pattern),
   * 1 = name shape alone. Decides overlaps, type and canonical name.
   */
  confidence: 1 | 2 | 3;
  /** Other names of the same entity stated by the text: the acronym of "Nachrichtendienst (NIS)". */
  aliases?: string[];
  /** True when `name` is only a short form (a surname) to be linked to a fuller name. */
  partial?: boolean;
  /**
   * Where a sub-pattern of the organisation scan matched (see lib/org.ts): the word it was asked
   * at, the word the scan goes on with, and the rule's priority. Not part of the output.
   */
  scan?: { anchor: number; resume: number; priority: number };
}
