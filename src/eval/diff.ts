/**
 * `claims diff`: what changed between two extraction outputs, article by article.
 *
 * Items are paired per article and layer in passes, each pass only over items still unpaired:
 *  1. same text at the same offset;
 *  2. same text, by order of occurrence (the n-th unpaired "10.000 Soldaten" of the old output
 *     pairs with the n-th of the new one) — this keeps pairs when an edit shifts offsets;
 *  3. statements only: same cue at the same offset (the content span changed).
 * Entities have no single offset: their text is the canonical name, paired in pass 2.
 * Paired items whose compared fields differ are "changed"; offsets and sentence indices alone are
 * never a change. Unpaired old items "disappeared", unpaired new items "appeared".
 * Output order: article id, layer (dates, quantities, entities, statements), offset, text.
 */
import type { ArticleResult, DateMention, Entity, ExtractResult, InputError, Quantity, Statement } from '../types.js';

export type DiffLayer = 'dates' | 'quantities' | 'entities' | 'statements';
export const DIFF_LAYERS: readonly DiffLayer[] = ['dates', 'quantities', 'entities', 'statements'];

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface DiffItem {
  article: string;
  layer: DiffLayer;
  change: 'added' | 'removed' | 'changed';
  /** The item's text (for statements the content, for entities the name); the new one when changed. */
  text: string;
  /** Offset in the new article (in the old one for removed items); null for entities without mentions. */
  start: number | null;
  rule: string;
  /** Short description of the item as it is (new) or was (removed): "≥ 10000 Soldat". */
  summary: string;
  /** For changed items: the fields that differ, in a fixed order. */
  changes: FieldChange[];
}

export interface ArticleCounts {
  id: string;
  quantities: number;
  dates: number;
  entities: number;
  statements: number;
}

export interface DiffReport {
  schemaVersion: 1;
  /** Nothing differs. */
  identical: boolean;
  articlesAdded: ArticleCounts[];
  articlesRemoved: ArticleCounts[];
  items: DiffItem[];
  errorsAdded: InputError[];
  errorsRemoved: InputError[];
  counts: { added: number; removed: number; changed: number };
}

/** How one layer's items are keyed, described and compared. */
interface LayerSpec<T> {
  items(a: ArticleResult): T[];
  text(x: T): string;
  start(x: T): number | null;
  rule(x: T): string;
  summary(x: T, a: ArticleResult): string;
  /** Field name → comparable value, in display order. */
  fields(x: T, a: ArticleResult): Array<[string, unknown]>;
  /** Extra pairing keys (pass 3). */
  extraKey?(x: T): string | null;
}

const BOUND_SIGN: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ' };

function quantitySpeaker(q: Quantity, a: ArticleResult): string | null {
  return typeof q.statement === 'number' ? (a.statements[q.statement]?.speaker?.name ?? null) : null;
}

const quantitySpec: LayerSpec<Quantity> = {
  items: (a) => a.quantities ?? [],
  text: (q) => q.text,
  start: (q) => (typeof q.start === 'number' ? q.start : null),
  rule: (q) => q.rule ?? '',
  summary: (q) => `${BOUND_SIGN[q.bound] ?? ''}${q.value}${q.unit ? ' ' + q.unit : ''}`,
  fields: (q, a) => [
    ['value', q.value],
    ['bound', q.bound],
    ['unit', q.unit ?? null],
    ['interval', q.interval ?? null],
    ['speaker', quantitySpeaker(q, a)],
    ['rule', q.rule ?? null],
  ],
};

const dateSpec: LayerSpec<DateMention> = {
  items: (a) => a.dates ?? [],
  text: (d) => d.text,
  start: (d) => (typeof d.start === 'number' ? d.start : null),
  rule: (d) => d.rule ?? '',
  summary: (d) => (d.end_value ? `${d.value}/${d.end_value}` : d.value),
  fields: (d) => [
    ['value', d.value],
    ['end_value', d.end_value ?? null],
    ['rule', d.rule ?? null],
  ],
};

const entitySpec: LayerSpec<Entity> = {
  items: (a) => a.entities ?? [],
  text: (e) => e.name,
  start: (e) => {
    const starts = (e.mentions ?? []).map((m) => m.start).filter((s) => typeof s === 'number');
    return starts.length ? Math.min(...starts) : null;
  },
  rule: (e) => e.rule ?? '',
  summary: (e) => `${e.type}, ${(e.mentions ?? []).length} mention${(e.mentions ?? []).length === 1 ? '' : 's'}`,
  fields: (e) => [
    ['type', e.type],
    ['mentions', (e.mentions ?? []).length],
    ['rule', e.rule ?? null],
  ],
};

const statementSpec: LayerSpec<Statement> = {
  items: (a) => a.statements ?? [],
  text: (s) => s.content?.text ?? '',
  start: (s) => (typeof s.content?.start === 'number' ? s.content.start : null),
  rule: (s) => s.rule ?? '',
  summary: (s) => `${s.speaker?.name ?? '?'} — ${s.kind} (${s.cue?.text ?? ''})`,
  fields: (s) => [
    ['content', s.content?.text ?? ''],
    ['speaker', s.speaker?.name ?? null],
    ['kind', s.kind],
    ['cue', s.cue?.text ?? null],
    ['rule', s.rule ?? null],
  ],
  extraKey: (s) => (s.cue && typeof s.cue.start === 'number' ? `${s.cue.text}\u0000${s.cue.start}` : null),
};

const SPECS: { [L in DiffLayer]: LayerSpec<any> } = {
  dates: dateSpec,
  quantities: quantitySpec,
  entities: entitySpec,
  statements: statementSpec,
};

/** Deep equality of JSON-like values (numbers compared exactly, key order ignored). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPosition = (spec: LayerSpec<any>) => (x: unknown, y: unknown) =>
  (spec.start(x) ?? -1) - (spec.start(y) ?? -1) || cmp(spec.text(x), spec.text(y));

/** Pairs old and new items in passes of decreasing strictness (see the module comment). */
function pairItems<T>(spec: LayerSpec<T>, olds: T[], news: T[]): { pairs: Array<[T, T]>; removed: T[]; added: T[] } {
  const o = [...olds].sort(byPosition(spec));
  const n = [...news].sort(byPosition(spec));
  const pairedO = new Set<number>();
  const pairedN = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const passes: Array<(x: T) => string | null> = [(x) => `${spec.text(x)}\u0000${spec.start(x)}`, (x) => spec.text(x)];
  if (spec.extraKey) passes.push(spec.extraKey);
  for (const key of passes) {
    const queue = new Map<string, number[]>();
    n.forEach((x, i) => {
      if (pairedN.has(i)) return;
      const k = key(x);
      if (k === null) return;
      const q = queue.get(k);
      if (q) q.push(i);
      else queue.set(k, [i]);
    });
    o.forEach((x, i) => {
      if (pairedO.has(i)) return;
      const k = key(x);
      const q = k === null ? undefined : queue.get(k);
      if (!q || q.length === 0) return;
      const j = q.shift()!;
      pairedO.add(i);
      pairedN.add(j);
      pairs.push([i, j]);
    });
  }
  return {
    pairs: pairs.map(([i, j]) => [o[i], n[j]]),
    removed: o.filter((_, i) => !pairedO.has(i)),
    added: n.filter((_, j) => !pairedN.has(j)),
  };
}

function diffLayer(layer: DiffLayer, oldA: ArticleResult, newA: ArticleResult): DiffItem[] {
  const spec = SPECS[layer];
  const { pairs, removed, added } = pairItems(spec, spec.items(oldA), spec.items(newA));
  const item = (x: unknown, a: ArticleResult, change: DiffItem['change'], changes: FieldChange[] = []): DiffItem => ({
    article: newA.id,
    layer,
    change,
    text: spec.text(x),
    start: spec.start(x),
    rule: spec.rule(x),
    summary: spec.summary(x, a),
    changes,
  });
  const out: DiffItem[] = [];
  for (const x of removed) out.push(item(x, oldA, 'removed'));
  for (const x of added) out.push(item(x, newA, 'added'));
  for (const [ox, nx] of pairs) {
    const of = spec.fields(ox, oldA);
    const nf = spec.fields(nx, newA);
    const changes: FieldChange[] = [];
    of.forEach(([field, ov], i) => {
      const nv = nf[i][1];
      if (!same(ov, nv)) changes.push({ field, old: ov ?? null, new: nv ?? null });
    });
    if (changes.length) out.push(item(nx, newA, 'changed', changes));
  }
  return out;
}

const CHANGE_ORDER: Record<DiffItem['change'], number> = { removed: 0, added: 1, changed: 2 };

function counts(a: ArticleResult): ArticleCounts {
  return {
    id: a.id,
    quantities: (a.quantities ?? []).length,
    dates: (a.dates ?? []).length,
    entities: (a.entities ?? []).length,
    statements: (a.statements ?? []).length,
  };
}

function errorKey(e: InputError): string {
  return `${e.path}\u0000${e.message}`;
}

/** Compares two extraction outputs. Pure and deterministic: the same inputs give the same report. */
export function diffExtractions(before: Pick<ExtractResult, 'articles'> & Partial<ExtractResult>, after: Pick<ExtractResult, 'articles'> & Partial<ExtractResult>): DiffReport {
  const oldBy = new Map((before.articles ?? []).map((a) => [a.id, a]));
  const newBy = new Map((after.articles ?? []).map((a) => [a.id, a]));
  const ids = [...new Set([...oldBy.keys(), ...newBy.keys()])].sort(cmp);
  const articlesAdded: ArticleCounts[] = [];
  const articlesRemoved: ArticleCounts[] = [];
  const items: DiffItem[] = [];
  for (const id of ids) {
    const o = oldBy.get(id);
    const n = newBy.get(id);
    if (!o) articlesAdded.push(counts(n!));
    else if (!n) articlesRemoved.push(counts(o));
    else for (const layer of DIFF_LAYERS) items.push(...diffLayer(layer, o, n));
  }
  items.sort(
    (a, b) =>
      cmp(a.article, b.article) ||
      DIFF_LAYERS.indexOf(a.layer) - DIFF_LAYERS.indexOf(b.layer) ||
      (a.start ?? -1) - (b.start ?? -1) ||
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      cmp(a.text, b.text),
  );
  const oldErrors = new Set((before.errors ?? []).map(errorKey));
  const newErrors = new Set((after.errors ?? []).map(errorKey));
  const sortErrors = (es: InputError[]) => [...es].sort((a, b) => cmp(errorKey(a), errorKey(b)));
  const errorsAdded = sortErrors((after.errors ?? []).filter((e) => !oldErrors.has(errorKey(e))));
  const errorsRemoved = sortErrors((before.errors ?? []).filter((e) => !newErrors.has(errorKey(e))));
  const c = { added: 0, removed: 0, changed: 0 };
  for (const i of items) c[i.change]++;
  return {
    schemaVersion: 1,
    identical: !items.length && !articlesAdded.length && !articlesRemoved.length && !errorsAdded.length && !errorsRemoved.length,
    articlesAdded,
    articlesRemoved,
    items,
    errorsAdded,
    errorsRemoved,
    counts: c,
  };
}
