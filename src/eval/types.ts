import type { Bound, EntityType, GroupStatus, StatementKind } from '../types.js';

// ---------------------------------------------------------------- gold (docs/gold-format.md)

export interface GoldQuantity {
  /** Surface form as it stands in the article (qualifier + number + counted noun). */
  text: string;
  value: number;
  /** One bound, or every bound a careful reader could take. */
  bound: Bound[];
  /** Acceptable unit lemmas, preferred first; empty accepts any unit. */
  unit: string[];
  optional: boolean;
  /** A longer unique substring around `text` that pins which occurrence is meant. */
  context?: string;
}

export interface GoldDate {
  text: string;
  /** Acceptable ISO values (partial where the text is partial); empty (optional items only): any. */
  value: string[];
  optional: boolean;
  context?: string;
}

export interface GoldStatement {
  /** Acceptable names of the speaker, canonical first. */
  speaker: string[];
  cue: string;
  kind: StatementKind;
  /** Words that lie inside the reported content. */
  anchor: string;
  optional: boolean;
}

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  optional: boolean;
}

export interface GoldArticle {
  quantities: GoldQuantity[];
  statements: GoldStatement[];
  entities: GoldEntity[];
  /** Absent: dates of this article are not annotated (and not scored). */
  dates?: GoldDate[];
}

export interface GoldGroup {
  id: string;
  status: GroupStatus[];
  /** [article id, quantity text] pairs. */
  members: Array<[string, string]>;
  optional: boolean;
}

export interface GoldCorpus {
  corpus: string;
  /** Article id → annotation, in the order of the gold file(s). */
  articles: Record<string, GoldArticle>;
  groups: GoldGroup[];
}

// ---------------------------------------------------------------- report

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type EvalLayer = 'quantities' | 'dates' | 'entities' | 'statements';

export interface RuleScore {
  rule: string;
  layer: EvalLayer;
  /** Predictions that matched a gold item. */
  tp: number;
  /** Predictions that matched nothing. */
  fp: number;
  /** Predictions that matched an optional gold item (neither rewarded nor punished). */
  ignored: number;
  /** tp / (tp + fp), rounded to three decimals; 1 when the rule produced nothing scored. */
  precision: number;
}

export interface FalsePositive {
  article: string;
  text: string;
  rule: string;
  start: number | null;
}

export interface GroupScore {
  pairs: Prf;
  statusAccuracy: number;
  /** One line per scored gold group: `<id>: want <status>, got <status | no group>`. */
  statusDetail: string[];
}

export interface EvalReport {
  corpus: string;
  /** Number of gold articles scored. */
  articles: number;
  quantities: Prf & { boundAccuracy: number };
  statements: Prf & { kindAccuracy: number };
  entities: Prf & { typeAccuracy: number };
  /** null when no gold article annotates dates. */
  dates: (Prf & { valueAccuracy: number }) | null;
  /** null when compare was not run. */
  groups: GroupScore | null;
  /** Gold items not found, as `<article>: <text>`. */
  misses: {
    quantities: string[];
    statements: string[];
    entities: string[];
    dates: string[];
  };
  falsePositives: Record<EvalLayer, FalsePositive[]>;
  /** Per rule id, sorted by layer then id. */
  rules: RuleScore[];
  /** Gold articles without a prediction (no such input, or the input failed). */
  missingArticles: string[];
  /** Results of `--min` / `--baseline`, when asked for. */
  checks?: EvalChecks;
}

export interface EvalChecks {
  /** Every figure checked passed. */
  passed: boolean;
  failures: FigureFailure[];
  /** Figures above the baseline (a hint to refresh it). */
  improvements: string[];
}

// ---------------------------------------------------------------- checks

export interface FigureFailure {
  /** `layer.figure`, e.g. `quantities.f1`. */
  figure: string;
  actual: number | null;
  expected: number;
  source: 'min' | 'baseline';
  message: string;
}

export interface Baseline {
  schemaVersion: 1;
  kind: 'claims-eval-baseline';
  corpus: string;
  figures: Record<string, number>;
}
