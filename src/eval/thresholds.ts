/**
 * Turning an eval report into named figures (`quantities.f1`, `groups.statusAccuracy`, …) and
 * checking them against minimums (`--min`) or a stored baseline (`--baseline`).
 */
import type { Baseline, EvalReport, FigureFailure } from './types.js';

/** Figures are rounded to three decimals; a drop smaller than this is no drop. */
const EPSILON = 1e-9;

/**
 * Every figure of a report by name, in a fixed order: for each layer precision, recall, f1 and
 * its accuracy figure; `groups.*` from the pairwise group score (absent when compare did not
 * run), `dates.*` only when dates are annotated.
 */
export function reportFigures(report: EvalReport): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (layer: string, r: { precision: number; recall: number; f1: number }, extra: Record<string, number>) => {
    out[`${layer}.precision`] = r.precision;
    out[`${layer}.recall`] = r.recall;
    out[`${layer}.f1`] = r.f1;
    for (const [k, v] of Object.entries(extra)) out[`${layer}.${k}`] = v;
  };
  put('quantities', report.quantities, { boundAccuracy: report.quantities.boundAccuracy });
  if (report.dates) put('dates', report.dates, { valueAccuracy: report.dates.valueAccuracy });
  put('entities', report.entities, { typeAccuracy: report.entities.typeAccuracy });
  put('statements', report.statements, { kindAccuracy: report.statements.kindAccuracy });
  if (report.groups) put('groups', report.groups.pairs, { statusAccuracy: report.groups.statusAccuracy });
  return out;
}

/** Every figure name a report can have (for validating `--min`). */
export const FIGURE_NAMES: readonly string[] = [
  ...['quantities', 'dates', 'entities', 'statements', 'groups'].flatMap((l) => [`${l}.precision`, `${l}.recall`, `${l}.f1`]),
  'quantities.boundAccuracy',
  'dates.valueAccuracy',
  'entities.typeAccuracy',
  'statements.kindAccuracy',
  'groups.statusAccuracy',
];

/** Accepts snake_case aliases (`bound_accuracy`) and `p`/`r` shorthands for a figure's name. */
function canonicalFigure(name: string): string | null {
  const [layer, metric] = name.trim().split('.', 2);
  if (!layer || !metric) return null;
  const m = metric.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const full = { p: 'precision', r: 'recall', f: 'f1' }[m] ?? m;
  const candidate = `${layer}.${full}`;
  return FIGURE_NAMES.includes(candidate) ? candidate : null;
}

/**
 * Parses `quantities.f1=0.9,statements.f1=0.8` (also repeated options, joined). Throws an Error
 * naming the bad part.
 */
export function parseMinimums(specs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of specs.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`--min "${part}": expected <layer>.<figure>=<number>, e.g. quantities.f1=0.9`);
    const name = canonicalFigure(part.slice(0, eq));
    if (!name) throw new Error(`--min "${part}": unknown figure; one of ${FIGURE_NAMES.join(', ')}`);
    const value = Number(part.slice(eq + 1));
    if (part.slice(eq + 1).trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new Error(`--min "${part}": the minimum must be a number between 0 and 1`);
    }
    out[name] = value;
  }
  return out;
}

const f3 = (x: number) => x.toFixed(3);

/** Figures below their minimum. A minimum for a figure the report does not have fails too. */
export function checkMinimums(report: EvalReport, minimums: Readonly<Record<string, number>>): FigureFailure[] {
  const figures = reportFigures(report);
  return Object.keys(minimums)
    .sort()
    .flatMap((name): FigureFailure[] => {
      const expected = minimums[name];
      const actual = name in figures ? figures[name] : null;
      if (actual !== null && actual + EPSILON >= expected) return [];
      const message =
        actual === null
          ? `${name} not measured (no ${name.split('.')[0]} scored), minimum ${f3(expected)} (--min)`
          : `${name} below minimum: ${f3(actual)} < ${f3(expected)} (--min)`;
      return [{ figure: name, actual, expected, source: 'min', message }];
    });
}

/** A baseline holding every figure of the report. */
export function makeBaseline(report: EvalReport): Baseline {
  return { schemaVersion: 1, kind: 'claims-eval-baseline', corpus: report.corpus, figures: reportFigures(report) };
}

/** Checks and reads a parsed baseline file. */
export function parseBaseline(json: unknown, source: string): Baseline {
  const o = json as Partial<Baseline> | null;
  if (!o || typeof o !== 'object' || o.kind !== 'claims-eval-baseline' || o.schemaVersion !== 1 || typeof o.figures !== 'object' || o.figures === null) {
    throw new Error(`${source}: not a claims eval baseline (write one with --write-baseline)`);
  }
  for (const [k, v] of Object.entries(o.figures)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${source}: figure ${k} is not a number`);
  }
  return { schemaVersion: 1, kind: 'claims-eval-baseline', corpus: String(o.corpus ?? ''), figures: { ...o.figures } };
}

/** Figures that dropped below the baseline (or disappeared), in the baseline's figure order. */
export function checkBaseline(report: EvalReport, baseline: Baseline): FigureFailure[] {
  const figures = reportFigures(report);
  return Object.entries(baseline.figures).flatMap(([name, expected]): FigureFailure[] => {
    const actual = name in figures ? figures[name] : null;
    if (actual !== null && actual + EPSILON >= expected) return [];
    const message =
      actual === null
        ? `${name} not measured any more: ${f3(expected)} → none (baseline)`
        : `${name} dropped: ${f3(expected)} → ${f3(actual)} (baseline)`;
    return [{ figure: name, actual, expected, source: 'baseline', message }];
  });
}

/** Figures that rose above the baseline (to suggest refreshing it). */
export function improvements(report: EvalReport, baseline: Baseline): string[] {
  const figures = reportFigures(report);
  return Object.entries(baseline.figures)
    .filter(([name, expected]) => name in figures && figures[name] > expected + EPSILON)
    .map(([name, expected]) => `${name} improved: ${f3(expected)} → ${f3(figures[name])}`);
}
