/**
 * Scoring an extraction (and optionally a comparison) against gold annotations.
 *
 * The matching rules (documented for users in docs/gold-format.md) give the same figures as the
 * reference scorer the project was specified with:
 *
 * - Quantities: each gold quantity is pinned to a span of the article text (see `goldSpans`).
 *   Predictions are taken in output order; each takes the first unused gold quantity (in gold
 *   order) with the same value, an acceptable unit (`unitOk`) and an overlapping span.
 *   Bound accuracy counts the matched, non-optional items whose bound is acceptable.
 * - Statements: gold statements are taken in gold order; each takes the first unused prediction
 *   whose speaker name or speaker text contains one of the gold speaker names as whole words, and
 *   whose content contains the anchor (folded). Kind accuracy over the matched ones.
 * - Entities: predictions are taken in output order; each is matched to the first gold entity
 *   whose name or an alias equals (folded) the predicted name or one of its mention texts. A
 *   second prediction on an already matched gold entity is a false positive (a split entity).
 *   Type accuracy over the matched ones.
 * - Dates (only for articles whose gold has `dates`): predictions in output order take the first
 *   unused gold date with an overlapping span; value accuracy over the matched ones.
 * - Groups (when a comparison is given): every predicted group member is mapped to the gold
 *   quantities it matches (as above); then every pair of non-optional gold quantities counts as a
 *   true positive when gold and prediction both put them in one group, a false positive when only
 *   the prediction does, a false negative when only the gold does. A gold group's status is right
 *   when the predicted group that holds most of its members has an acceptable status.
 * - A prediction that matches an optional gold item is neither a true nor a false positive;
 *   a missed optional gold item is no false negative.
 */
import type { ArticleResult, CompareResult, ExtractResult } from '../types.js';
import { containsWords, fold, overlaps, round3, sameValue, unitOk } from './match.js';
import type {
  EvalLayer,
  EvalReport,
  GoldArticle,
  GoldCorpus,
  GoldGroup,
  GroupScore,
  Prf,
  RuleScore,
} from './types.js';

/** Extraction output as read from JSON: every layer may be missing. */
export type ExtractionLike = Pick<ExtractResult, 'articles'> & Partial<ExtractResult>;
/** Comparison output as read from JSON. */
export type ComparisonLike = Pick<CompareResult, 'groups'> & Partial<CompareResult>;

export interface ScoreInput {
  gold: GoldCorpus;
  extraction: ExtractionLike;
  /** Article id → article text (needed to pin gold texts to spans). Missing texts pin nothing. */
  texts: ReadonlyMap<string, string>;
  /** The comparison of the same articles; groups are scored only when given. */
  comparison?: ComparisonLike | null;
}

/** Precision, recall, F1 (rounded to three decimals). No predictions and no gold: 1. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, precision: round3(p), recall: round3(r), f1: round3(f) };
}

/** A share rounded to three decimals; 0 of 0 is 0. */
function share(ok: number, n: number): number {
  return round3(ok / Math.max(1, n));
}

export interface PinnedSpan {
  start: number;
  end: number;
}

/**
 * Pins gold texts to spans of the article: an item with `context` takes the occurrence inside
 * the (first occurrence of the) context; otherwise longer texts go first and each takes the first
 * occurrence that no earlier-pinned item overlaps, or the first occurrence at all when every
 * occurrence is taken. A text that does not occur gets start -1. Returns spans in item order.
 */
export function goldSpans(text: string, items: ReadonlyArray<{ text: string; context?: string }>): PinnedSpan[] {
  const spans: PinnedSpan[] = new Array(items.length);
  const taken: PinnedSpan[] = [];
  // Stable: equal lengths keep gold order.
  const order = items.map((_, i) => i).sort((a, b) => items[b].text.length - items[a].text.length);
  for (const i of order) {
    const g = items[i];
    let at = -1;
    if (g.context !== undefined && text.includes(g.context)) {
      at = text.indexOf(g.context) + g.context.indexOf(g.text);
    } else {
      for (let from = text.indexOf(g.text); from >= 0; from = text.indexOf(g.text, from + 1)) {
        const end = from + g.text.length;
        if (!taken.some((t) => overlaps(from, end, t.start, t.end))) {
          at = from;
          break;
        }
      }
      if (at < 0) at = text.indexOf(g.text);
    }
    const span = { start: at, end: at + g.text.length };
    spans[i] = span;
    taken.push(span);
  }
  return spans;
}

/** A prediction without offsets overlaps anything (scored on value and unit alone). */
function spanOverlaps(pred: { start?: unknown; end?: unknown }, gold: PinnedSpan): boolean {
  if (typeof pred.start !== 'number') return true;
  return overlaps(pred.start, Number(pred.end), gold.start, gold.end);
}

interface QuantityMatch {
  spans: PinnedSpan[];
  /** Prediction index → gold index. */
  pairs: Array<[number, number]>;
}

interface ValueUnitSpan {
  value?: unknown;
  unit?: string | null;
  start?: unknown;
  end?: unknown;
}

function quantityMatches(pred: ValueUnitSpan, gold: GoldArticle['quantities'][number], span: PinnedSpan): boolean {
  return sameValue(pred.value, gold.value) && unitOk(pred.unit, gold.unit) && spanOverlaps(pred, span);
}

function matchQuantities(golds: GoldArticle['quantities'], spans: PinnedSpan[], preds: readonly ValueUnitSpan[]): QuantityMatch {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  preds.forEach((q, pi) => {
    const gi = golds.findIndex((g, i) => !used.has(i) && quantityMatches(q, g, spans[i]));
    if (gi >= 0) {
      used.add(gi);
      pairs.push([pi, gi]);
    }
  });
  return { spans, pairs };
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  ok = 0;
  n = 0;
}

class RuleTally {
  private readonly byRule = new Map<string, RuleScore>();

  add(layer: EvalLayer, rule: string | undefined, outcome: 'tp' | 'fp' | 'ignored'): void {
    const id = rule || '(unknown)';
    const key = `${layer}\u0000${id}`;
    let s = this.byRule.get(key);
    if (!s) {
      s = { rule: id, layer, tp: 0, fp: 0, ignored: 0, precision: 1 };
      this.byRule.set(key, s);
    }
    s[outcome]++;
  }

  scores(): RuleScore[] {
    const layerOrder: EvalLayer[] = ['dates', 'quantities', 'entities', 'statements'];
    return [...this.byRule.values()]
      .map((s) => ({ ...s, precision: s.tp + s.fp ? round3(s.tp / (s.tp + s.fp)) : 1 }))
      .sort((a, b) => layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  }
}

function statementContent(s: ArticleResult['statements'][number]): string {
  const c = s.content as unknown;
  return typeof c === 'string' ? c : (s.content?.text ?? '');
}

function speakerNames(s: ArticleResult['statements'][number]): string[] {
  const sp = s.speaker as unknown;
  if (typeof sp === 'string') return [sp];
  return [s.speaker?.name, s.speaker?.text].filter((x): x is string => typeof x === 'string' && x.length > 0);
}

/** Scores one extraction (and comparison) against gold. Pure: reads nothing but its input. */
export function scoreExtraction(input: ScoreInput): EvalReport {
  const { gold, extraction, texts } = input;
  const predArticles = new Map<string, ArticleResult>();
  // A repeated id: the last article wins.
  for (const a of extraction.articles ?? []) predArticles.set(a.id, a);

  const q = new Tally();
  const s = new Tally();
  const e = new Tally();
  const d = new Tally();
  let datesAnnotated = false;
  const rules = new RuleTally();
  const misses: EvalReport['misses'] = { quantities: [], statements: [], entities: [], dates: [] };
  const falsePositives: EvalReport['falsePositives'] = { quantities: [], dates: [], entities: [], statements: [] };
  const quantityMaps = new Map<string, QuantityMatch>();
  const missingArticles: string[] = [];

  const fp = (layer: EvalLayer, article: string, text: string, rule: string | undefined, start: unknown) => {
    rules.add(layer, rule, 'fp');
    falsePositives[layer].push({ article, text, rule: rule || '(unknown)', start: typeof start === 'number' ? start : null });
  };

  for (const [id, g] of Object.entries(gold.articles)) {
    const p = predArticles.get(id);
    if (!p) missingArticles.push(id);
    const text = texts.get(id) ?? '';

    // ---- quantities
    const preds = p?.quantities ?? [];
    const m = matchQuantities(g.quantities, goldSpans(text, g.quantities), preds);
    quantityMaps.set(id, m);
    const goldOf = new Map(m.pairs);
    const matchedGold = new Set(m.pairs.map(([, gi]) => gi));
    preds.forEach((pq, pi) => {
      const gi = goldOf.get(pi);
      if (gi === undefined) return fp('quantities', id, pq.text, pq.rule, pq.start);
      const gq = g.quantities[gi];
      if (gq.optional) return rules.add('quantities', pq.rule, 'ignored');
      rules.add('quantities', pq.rule, 'tp');
      q.tp++;
      q.n++;
      if (gq.bound.includes(pq.bound)) q.ok++;
    });
    g.quantities.forEach((gq, gi) => {
      if (!matchedGold.has(gi) && !gq.optional) {
        q.fn++;
        misses.quantities.push(`${id}: ${gq.text}`);
      }
    });

    // ---- statements
    const ps = p?.statements ?? [];
    const usedS = new Map<number, boolean>(); // prediction index → matched gold is optional
    for (const gs of g.statements) {
      const pi = ps.findIndex((st, i) => {
        if (usedS.has(i)) return false;
        const names = speakerNames(st);
        const speakerOk = gs.speaker.some((alt) => names.some((n) => containsWords(n, alt)));
        return speakerOk && fold(statementContent(st)).includes(fold(gs.anchor));
      });
      if (pi >= 0) {
        usedS.set(pi, gs.optional);
        if (!gs.optional) {
          s.tp++;
          s.n++;
          if (ps[pi].kind === gs.kind) s.ok++;
        }
      } else if (!gs.optional) {
        s.fn++;
        misses.statements.push(`${id}: ${gs.speaker[0]} / ${gs.anchor}`);
      }
    }
    ps.forEach((st, i) => {
      const optional = usedS.get(i);
      if (optional === undefined) {
        const who = speakerNames(st)[0] ?? '?';
        fp('statements', id, `${who}: ${statementContent(st)}`, st.rule, st.content?.start);
      } else rules.add('statements', st.rule, optional ? 'ignored' : 'tp');
    });

    // ---- entities
    const usedE = new Set<number>();
    for (const pe of p?.entities ?? []) {
      const names = [pe.name, ...(pe.mentions ?? []).map((mm) => mm.text)].map(fold);
      const gi = g.entities.findIndex((ge) => [ge.name, ...ge.aliases].map(fold).some((n) => names.includes(n)));
      const firstMention = pe.mentions?.[0]?.start;
      if (gi < 0) {
        e.fp++;
        fp('entities', id, `${pe.name} (${pe.type})`, pe.rule, firstMention);
        continue;
      }
      if (g.entities[gi].optional) {
        rules.add('entities', pe.rule, 'ignored');
        continue;
      }
      if (usedE.has(gi)) {
        // The same gold entity split in two predictions.
        e.fp++;
        fp('entities', id, `${pe.name} (${pe.type}) = ${g.entities[gi].name}`, pe.rule, firstMention);
        continue;
      }
      usedE.add(gi);
      rules.add('entities', pe.rule, 'tp');
      e.tp++;
      e.n++;
      if (pe.type === g.entities[gi].type) e.ok++;
    }
    g.entities.forEach((ge, gi) => {
      if (!ge.optional && !usedE.has(gi)) {
        e.fn++;
        misses.entities.push(`${id}: ${ge.name}`);
      }
    });

    // ---- dates (only where annotated)
    if (g.dates) {
      datesAnnotated = true;
      const golds = g.dates;
      const spans = goldSpans(text, golds);
      const used = new Set<number>();
      for (const pd of p?.dates ?? []) {
        const gi = golds.findIndex((_, i) => !used.has(i) && spanOverlaps(pd, spans[i]));
        if (gi < 0) {
          fp('dates', id, pd.text, pd.rule, pd.start);
          continue;
        }
        used.add(gi);
        if (golds[gi].optional) {
          rules.add('dates', pd.rule, 'ignored');
          continue;
        }
        rules.add('dates', pd.rule, 'tp');
        d.tp++;
        d.n++;
        if (golds[gi].value.length === 0 || golds[gi].value.includes(pd.value)) d.ok++;
      }
      golds.forEach((gd, gi) => {
        if (!used.has(gi) && !gd.optional) {
          d.fn++;
          misses.dates.push(`${id}: ${gd.text}`);
        }
      });
    }
  }
  q.fp = falsePositives.quantities.length;
  s.fp = falsePositives.statements.length;
  d.fp = falsePositives.dates.length;

  return {
    corpus: gold.corpus,
    articles: Object.keys(gold.articles).length,
    quantities: { ...prf(q.tp, q.fp, q.fn), boundAccuracy: share(q.ok, q.n) },
    statements: { ...prf(s.tp, s.fp, s.fn), kindAccuracy: share(s.ok, s.n) },
    entities: { ...prf(e.tp, e.fp, e.fn), typeAccuracy: share(e.ok, e.n) },
    dates: datesAnnotated ? { ...prf(d.tp, d.fp, d.fn), valueAccuracy: share(d.ok, d.n) } : null,
    groups: input.comparison ? scoreGroups(gold, input.comparison, quantityMaps) : null,
    misses,
    falsePositives,
    rules: rules.scores(),
    missingArticles,
  };
}

/** Pairwise clustering score of the predicted groups, and status accuracy per gold group. */
function scoreGroups(gold: GoldCorpus, comparison: ComparisonLike, quantityMaps: ReadonlyMap<string, QuantityMatch>): GroupScore {
  const key = (id: string, gi: number) => `${id}#${gi}`;
  const scored: GoldGroup[] = gold.groups.filter((gr) => !gr.optional);

  // Gold group index of each gold quantity named by a member (by exact text).
  const goldGroupOf = new Map<string, number>();
  scored.forEach((gr, k) =>
    gr.members.forEach(([id, txt]) =>
      gold.articles[id].quantities.forEach((gq, gi) => {
        if (gq.text === txt) goldGroupOf.set(key(id, gi), k);
      }),
    ),
  );

  // Predicted group index of each gold quantity: the first predicted group with a member that
  // matches it. One member may match several gold quantities.
  const predGroupOf = new Map<string, number>();
  const groups = comparison.groups ?? [];
  groups.forEach((pg, k) =>
    (pg.members ?? []).forEach((mem) => {
      const m = quantityMaps.get(mem.article);
      if (!m) return;
      gold.articles[mem.article].quantities.forEach((gq, gi) => {
        if (gq.optional || !quantityMatches(mem, gq, m.spans[gi])) return;
        if (!predGroupOf.has(key(mem.article, gi))) predGroupOf.set(key(mem.article, gi), k);
      });
    }),
  );

  const all: string[] = [];
  for (const [id, a] of Object.entries(gold.articles)) {
    a.quantities.forEach((gq, gi) => {
      if (!gq.optional) all.push(key(id, gi));
    });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const gSame = goldGroupOf.has(all[i]) && goldGroupOf.get(all[i]) === goldGroupOf.get(all[j]);
      const pSame = predGroupOf.has(all[i]) && predGroupOf.get(all[i]) === predGroupOf.get(all[j]);
      if (gSame && pSame) tp++;
      else if (pSame) fp++;
      else if (gSame) fn++;
    }
  }

  let statusOk = 0;
  const statusDetail: string[] = [];
  for (const gr of scored) {
    const votes = new Map<number, number>();
    for (const [id, txt] of gr.members) {
      gold.articles[id].quantities.forEach((gq, gi) => {
        const pg = gq.text === txt ? predGroupOf.get(key(id, gi)) : undefined;
        if (pg !== undefined) votes.set(pg, (votes.get(pg) ?? 0) + 1);
      });
    }
    // Most votes; ties go to the group that received its first vote first.
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    const got = best ? groups[best[0]].status : null;
    if (got !== null && gr.status.includes(got)) statusOk++;
    statusDetail.push(`${gr.id}: want ${gr.status.length === 1 ? gr.status[0] : gr.status.join(',')}, got ${got ?? 'no group'}`);
  }
  return { pairs: prf(tp, fp, fn), statusAccuracy: share(statusOk, scored.length), statusDetail };
}
