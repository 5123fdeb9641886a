/**
 * The output contract (schemaVersion 1). Field names are fixed: scripts depend on them.
 * `schema/claims.schema.json` describes the same shapes; `tests/schema.test.ts` checks real
 * output against it. Offsets are JavaScript string indices into the decoded article text,
 * `end` exclusive, and `text === source.slice(start, end)` for every span.
 */

export const SCHEMA_VERSION = 1 as const;

/** The JSON Schema of the output (`schema/claims.schema.json`, also in the npm package): the
 * `$schema` of every JSON document `claims` writes. */
export const SCHEMA_URL = 'https://github.com/claims/claims/schema/claims.schema.json' as const;

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

/**
 * The class of a quantity: an amount of money („3,5 Milliarden Euro“), a percentage or
 * percentage points, a share of a whole („zwei Drittel der Wähler“, unit Anteil), a person's age
 * („der 24-Jährige“, „Anna K. (34)“), a duration („drei Jahre“, „eine viertägige Sitzung“), a
 * measure in a physical unit (length, mass, area, volume, temperature, speed, energy, power) or a
 * count of things or people („10.000 Soldaten“).
 */
export type QuantityKind = 'money' | 'percent' | 'share' | 'age' | 'duration' | 'measure' | 'count';

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
  /**
   * What the quantity is (set by every quantity rule; absent in extractions written before the
   * field existed): read this, never the rule id.
   */
  kind?: QuantityKind;
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
  /** Publication time, ISO 8601 as precise as the source gives it (2024-03-02, 2024-03-02T14:10:00+01:00). */
  published?: string;
  /** Outlet name (og:site_name, a JSONL `source` field, front matter `outlet`). */
  outlet?: string;
  /** Canonical URL of the article. */
  url?: string;
  author?: string;
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
  /** `SCHEMA_URL` in the JSON output (absent in results handed over in code). */
  $schema?: string;
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
  /** Who the figure is attributed to: the speaker, or the source of an attribution phrase
   * ("nach Angaben der Polizei" → Polizei), or the article's outlet; null when unknown. */
  source?: string | null;
  /** When the figure was reported: the article's publication time, or a date in its sentence. */
  time?: string | null;
  /** Time marks of the sentence ("bislang", "inzwischen", "zunächst", "zuletzt"). */
  marks?: string[];
}

/** What a figure measures: the property (dead, injured, participants, vote share …) and what it
 * is qualified by (place, party, subgroup, part of a total). Two figures are only one fact when
 * the properties are equal and no qualifier differs. */
export interface FactFrame {
  /** Property id from the fact-property word classes (`dead`, `injured`, `participants` …), or
   * the unit lemma when no class names it. */
  property: string;
  /** Qualifier kind → value: place, party, subgroup (`seriously`), part (`of-total`). */
  qualifiers: Record<string, string>;
}

/** Who gives which figure in a group. */
export interface GroupSource {
  source: string;
  /** The figures as written ("8.000", "mehr als 10.000"), in order of first appearance. */
  figures: string[];
  articles: string[];
}

/** A group's members in time order (by `time`, then article id), index into `members`. */
export interface TimelineEntry {
  member: number;
  time: string | null;
  value: number;
}

export interface Story {
  id: string;
  /** A few distinctive words or names the articles share. */
  label: string;
  articles: string[];
}

export interface QuantityGroup {
  id: string;
  /** Id of the story all members belong to (a group never spans two stories). */
  story: string;
  label: string;
  unit: string | null;
  frame?: FactFrame;
  status: GroupStatus;
  reason: string;
  members: GroupMember[];
  sources: GroupSource[];
  timeline: TimelineEntry[];
  /** Later reports only raise (`rising`) or lower (`falling`) an earlier count: an update rather
   * than a plain contradiction. Absent otherwise. */
  updated?: 'rising' | 'falling';
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

/** Title, path and metadata of one compared article (the report lists them per story). */
export type ArticleInfo = Pick<ArticleResult, 'id' | 'path' | 'title' | 'published' | 'outlet' | 'url' | 'author'>;

export interface CompareResult {
  /** `SCHEMA_URL` in the JSON output (absent in results handed over in code). */
  $schema?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  articles: string[];
  /** One entry per article of `articles`, same order. */
  articleInfo: ArticleInfo[];
  stories: Story[];
  groups: QuantityGroup[];
  entities: CompareEntity[];
  speakers: CompareSpeaker[];
  stances: StanceConflict[];
  errors: InputError[];
}
