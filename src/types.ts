/**
 * The output contract (schemaVersion 1). Field names are fixed: scripts depend on them.
 * `schema/claims.schema.json` describes the same shapes; `tests/schema.test.ts` checks real
 * output against it. Offsets are JavaScript string indices into the decoded article text,
 * `end` exclusive, and `text === source.slice(start, end)` for every span.
 */

export const SCHEMA_VERSION = 1 as const;

export type Bound = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx';

/** A closed, open or half-open interval; `null` is unbounded on that side. */
export interface Interval {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Quantity extends Span {
  value: number;
  bound: Bound;
  interval: Interval;
  /** Lemma of the counted noun or unit (Soldat, Container, Prozent, Euro, Jahr), or null. */
  unit: string | null;
  /** Index of the sentence (0-based, in article order) the quantity stands in. */
  sentence: number;
  /** Id of the rule that produced it, e.g. `quantity/bounded-number`. */
  rule: string;
  /** Index into the article's `statements` whose content holds this quantity. */
  statement?: number;
  /** Span of the number expression alone (without qualifier and noun). */
  number?: Span;
  /** Span of the counted noun as written, when found. */
  noun?: Span;
  /** The sentence the quantity stands in: a claim is read in context (compare uses it too). */
  context?: Span;
}

export interface DateMention extends Span {
  /** ISO 8601, partial where the text is partial: 2024, 2024-12, 2024-12-18, --12-18, T13:39. */
  value: string;
  sentence: number;
  rule: string;
  /** For spans that name a stretch of time ("vom 8. bis 13. Oktober"). */
  end_value?: string;
  /** Part of the named period: "Anfang November" → early, "Sommer 2024" → summer (docs/dates.md). */
  qualifier?: DateQualifier;
  /** What a leading preposition says: "seit August" → since, "bis 2030" → until (docs/dates.md). */
  relation?: DateRelation;
}

export type DateQualifier = 'early' | 'mid' | 'late' | 'spring' | 'summer' | 'autumn' | 'winter';
export type DateRelation = 'since' | 'from' | 'until' | 'before' | 'after';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  /** Stable id derived from type and canonical name: same name → same id in every run. */
  id: string;
  /** Canonical, nominative form. */
  name: string;
  type: EntityType;
  mentions: Span[];
  rule: string;
}

export type StatementKind = 'direct' | 'indirect' | 'according_to';

export interface Speaker extends Span {
  /** Resolved person or organisation (a pronoun or role resolved to a name). */
  name: string;
  /** Entity id of `name`, or null when the speaker is no extracted entity. */
  entity: string | null;
  /** Several speakers ("Die USA, Südkorea und die Ukraine sagen"): every name. */
  names?: string[];
}

export interface Statement {
  speaker: Speaker;
  cue: Span;
  kind: StatementKind;
  content: Span;
  sentence: number;
  rule: string;
}

export interface ArticleResult {
  /** File name without extension (or the --id-field value for JSON inputs). */
  id: string;
  path: string;
  title: string;
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
  statements: Statement[];
}

export interface InputError {
  path: string;
  message: string;
}

export interface ExtractResult {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: ArticleResult[];
  errors: InputError[];
}

// ---------------------------------------------------------------- compare

export type GroupStatus = 'agree' | 'compatible' | 'conflict' | 'single';

export interface GroupMember {
  article: string;
  text: string;
  value: number;
  bound: Bound;
  interval: Interval;
  unit: string | null;
  start: number;
  end: number;
  sentence: number;
  /** Who claims it (the statement the quantity belongs to), or null. */
  speaker: string | null;
  /** Dates in the same sentence, as ISO values. */
  dates?: string[];
  /** The sentence text, for reading the claim in context. */
  context?: string;
}

export interface QuantityGroup {
  id: string;
  label: string;
  unit: string | null;
  status: GroupStatus;
  reason: string;
  members: GroupMember[];
}

export interface CompareEntity {
  id: string;
  name: string;
  type: EntityType;
  variants: string[];
  counts: Record<string, number>;
}

export interface CompareSpeaker {
  name: string;
  entity: string | null;
  articles: Record<string, number>;
  cues: string[];
}

export interface StanceClaim {
  article: string;
  speaker: string;
  cue: string;
  polarity: 'confirm' | 'deny';
  content: string;
  sentence: number;
}

export interface StanceConflict {
  subject: string;
  entity: string | null;
  topic: string;
  claims: StanceClaim[];
}

export interface CompareResult {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: string[];
  groups: QuantityGroup[];
  entities: CompareEntity[];
  speakers: CompareSpeaker[];
  stances: StanceConflict[];
  errors: InputError[];
}
