/**
 * Table-driven rule tests, after ESLint's RuleTester and Duckling's corpus / negative corpus.
 *
 *   ruleTester(rule, {
 *     valid:   [{ text: 'Im Jahr 2024 …' }],                       // must find nothing
 *     invalid: [{ text: 'mindestens 10.000 Soldaten', expect: [{ value: 10000, bound: 'gte', unit: 'Soldat' }] }],
 *   });
 *
 * The rule runs on the analysed text after every earlier layer ran with all rules on; its
 * candidates go through its own layer's `resolve` alone. A rule with a second pass
 * (`continueFrom`) continues the first-pass candidates of every rule of its layer. Each `expect` entry must match one
 * finding (a partial deep match: only the keys given are compared; a string expected where the
 * finding holds an object matches its `text` or `name`). `exact: true` also requires the count to
 * match. A known failure keeps its row with `pending: 'why'`: it runs as `it.fails`, so the suite
 * alerts the day it starts passing (then the row loses its `pending`); never deleted.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { runLayers } from '../../src/pipeline.js';
import { layers } from '../../src/rules/registry.js';
import type { Layer, Rule, LayerName } from '../../src/rules/types.js';

export interface ValidCase {
  text: string;
  pending?: string;
  name?: string;
}
export interface InvalidCase {
  text: string;
  expect: Record<string, unknown>[];
  exact?: boolean;
  pending?: string;
  name?: string;
}

export function layerOf(ruleId: string): LayerName {
  return ruleId.split('/')[0] as LayerName;
}

/** Runs one rule (plus its layer's resolver) on a German text. */
export function runRule(rule: Rule<unknown>, text: string): any[] {
  const layerName = layerOf(rule.meta.id);
  const layer = layers.find((l) => l.name === layerName);
  if (!layer) throw new Error(`no layer for rule ${rule.meta.id}`);
  const doc = analyse(text, { id: 'test', path: 'test.txt' });
  const { ctx } = runLayers(doc, {}, layerName);
  const candidates = rule.find(ctx);
  // a second-pass rule continues what the first pass of the whole layer found
  if (rule.continueFrom) candidates.push(...rule.continueFrom(ctx, layer.rules.flatMap((r) => r.find(ctx))));
  return (layer as Layer<unknown, unknown>).resolve(candidates, ctx) as any[];
}

export function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected === undefined) return true;
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected as Record<string, unknown>).every(([k, v]) => partialMatch((actual as any)[k], v));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((v, i) => partialMatch(actual[i], v));
  }
  if (typeof expected === 'string' && actual !== null && typeof actual === 'object') {
    return (actual as any).text === expected || (actual as any).name === expected;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

function show(items: any[]): string {
  return JSON.stringify(
    items.map((x) => {
      const { interval, mentions, ...rest } = x ?? {};
      return rest;
    }),
  );
}

export function ruleTester(rule: Rule<unknown>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has a description with an example', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
    });
    for (const c of cases.valid) {
      const title = `valid: ${c.name ?? c.text}`.slice(0, 120);
      // A known failure runs as `it.fails`: it alerts (fails) the day it starts passing.
      (c.pending ? it.fails : it)(c.pending ? `${title} (pending: ${c.pending})` : title, () => {
        const found = runRule(rule, c.text);
        expect(found, `expected no finding, got ${show(found)}`).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      const title = `invalid: ${c.name ?? c.text}`.slice(0, 120);
      (c.pending ? it.fails : it)(c.pending ? `${title} (pending: ${c.pending})` : title, () => {
        const found = runRule(rule, c.text);
        const used = new Set<number>();
        for (const e of c.expect) {
          const k = found.findIndex((f, i) => !used.has(i) && partialMatch(f, e));
          expect(k, `expected ${JSON.stringify(e)} among ${show(found)}`).toBeGreaterThanOrEqual(0);
          used.add(k);
        }
        if (c.exact) expect(found.length, `expected exactly ${c.expect.length}, got ${show(found)}`).toBe(c.expect.length);
        for (const f of found) {
          if (f && typeof f.start === 'number' && typeof f.text === 'string') expect(c.text.slice(f.start, f.end)).toBe(f.text);
          if (f) expect(f.rule).toBe(rule.meta.id);
        }
      });
    }
  });
}
