import { describe, expect, it } from 'vitest';
import { checkBaseline, checkMinimums, makeBaseline, parseBaseline, parseMinimums, reportFigures } from '../../src/eval/thresholds.js';
import { evaluate } from '../../src/eval/run.js';
import type { EvalReport, Prf } from '../../src/eval/types.js';

const prf = (tp: number, fp: number, fn: number, f1: number): Prf => ({ tp, fp, fn, precision: f1, recall: f1, f1 });

function report(q: number, s: number, groups = true): EvalReport {
  return {
    corpus: 'test',
    articles: 1,
    quantities: { ...prf(1, 0, 0, q), boundAccuracy: 1 },
    statements: { ...prf(1, 0, 0, s), kindAccuracy: 0.5 },
    entities: { ...prf(1, 0, 0, 1), typeAccuracy: 1 },
    dates: null,
    groups: groups ? { pairs: prf(1, 0, 0, 1), statusAccuracy: 1, statusDetail: [] } : null,
    misses: { quantities: [], statements: [], entities: [], dates: [] },
    falsePositives: { quantities: [], statements: [], entities: [], dates: [] },
    rules: [],
    missingArticles: [],
  };
}

describe('parseMinimums', () => {
  it('reads comma-separated and repeated figures', () => {
    expect(parseMinimums(['quantities.f1=0.9,statements.f1=0.8', 'groups.status_accuracy=1'])).toEqual({
      'quantities.f1': 0.9,
      'statements.f1': 0.8,
      'groups.statusAccuracy': 1,
    });
  });
  it('accepts p/r shorthands', () => {
    expect(parseMinimums(['entities.p=0.5,entities.r=0.25'])).toEqual({ 'entities.precision': 0.5, 'entities.recall': 0.25 });
  });
  it.each([['quantities.f1'], ['quantity.f1=0.9'], ['quantities.f2=0.9'], ['quantities.f1=1.5'], ['quantities.f1=x'], ['quantities.f1=']])(
    'rejects %s',
    (spec) => expect(() => parseMinimums([spec])).toThrow(/--min/),
  );
});

describe('checks', () => {
  it('names the figure below a minimum', () => {
    const failures = checkMinimums(report(0.5, 0.9), { 'quantities.f1': 0.9, 'statements.f1': 0.8 });
    expect(failures.map((f) => f.message)).toEqual(['quantities.f1 below minimum: 0.500 < 0.900 (--min)']);
  });
  it('a minimum on a figure not measured fails', () => {
    const failures = checkMinimums(report(1, 1, false), { 'groups.f1': 0.5 });
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/groups\.f1 not measured/);
  });
  it('a baseline round-trips and a drop names layer, figure and both values', () => {
    const base = parseBaseline(JSON.parse(JSON.stringify(makeBaseline(report(0.962, 0.8)))), 'b.json');
    expect(checkBaseline(report(0.962, 0.8), base)).toEqual([]);
    expect(checkBaseline(report(0.97, 0.9), base)).toEqual([]);
    const failures = checkBaseline(report(0, 0.8), base);
    expect(failures.map((f) => f.message)).toEqual([
      'quantities.precision dropped: 0.962 → 0.000 (baseline)',
      'quantities.recall dropped: 0.962 → 0.000 (baseline)',
      'quantities.f1 dropped: 0.962 → 0.000 (baseline)',
    ]);
  });
  it('a figure of the baseline that is no longer measured fails', () => {
    const base = makeBaseline(report(1, 1, true));
    expect(checkBaseline(report(1, 1, false), base).map((f) => f.figure)).toEqual(['groups.precision', 'groups.recall', 'groups.f1', 'groups.statusAccuracy']);
  });
  it('rejects a file that is no baseline', () => {
    expect(() => parseBaseline({ figures: {} }, 'x.json')).toThrow(/not a claims eval baseline/);
    expect(() => parseBaseline({ schemaVersion: 1, kind: 'claims-eval-baseline', figures: { 'a.f1': 'x' } }, 'x.json')).toThrow(/not a number/);
  });
  it('figures come in a fixed order', () => {
    expect(Object.keys(reportFigures(report(1, 1)))).toEqual([
      'quantities.precision', 'quantities.recall', 'quantities.f1', 'quantities.boundAccuracy',
      'entities.precision', 'entities.recall', 'entities.f1', 'entities.typeAccuracy',
      'statements.precision', 'statements.recall', 'statements.f1', 'statements.kindAccuracy',
      'groups.precision', 'groups.recall', 'groups.f1', 'groups.statusAccuracy',
    ]);
  });
});

describe('evaluate', () => {
  const gold = {
    corpus: 'mini',
    articles: {
      a: {
        quantities: [{ text: 'mindestens 300 Beschäftigte', value: 300, bound: ['gte' as const], unit: ['Beschäftigter', 'Beschäftigte'], optional: false }],
        statements: [],
        entities: [],
      },
    },
    groups: [],
  };
  const text = 'Beim Streik legten mindestens 300 Beschäftigte die Arbeit nieder.';
  const q = { text: 'mindestens 300 Beschäftigte', start: 19, end: 46, value: 300, bound: 'gte' as const, unit: 'Beschäftigte', interval: { min: 300, max: null, minInclusive: true, maxInclusive: false }, sentence: 0, rule: 'quantity/x' };
  const article = (quantities: (typeof q)[]) => ({ id: 'a', path: 'a.txt', title: '', quantities, dates: [], entities: [], statements: [] });

  it('has no checks unless asked', () => {
    expect(evaluate({ gold, extraction: { articles: [article([q])] }, texts: new Map([['a', text]]) }).checks).toBeUndefined();
  });
  it('passes and fails against minimums', () => {
    const ok = evaluate({ gold, extraction: { articles: [article([q])] }, texts: new Map([['a', text]]), minimums: { 'quantities.f1': 1 } });
    expect(ok.checks).toEqual({ passed: true, failures: [], improvements: [] });
    const bad = evaluate({ gold, extraction: { articles: [article([])] }, texts: new Map([['a', text]]), minimums: { 'quantities.f1': 1 } });
    expect(bad.checks?.passed).toBe(false);
    expect(bad.checks?.failures[0].message).toBe('quantities.f1 below minimum: 0.000 < 1.000 (--min)');
  });
});
