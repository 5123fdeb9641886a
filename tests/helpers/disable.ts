/**
 * `--disable X` removes what X finds, and nothing else finds it through a side door: for every
 * rule of a layer, the layer's output with X disabled equals the output with every rule on minus
 * X's findings — except findings another rule owns that X's finding had covered (resolved
 * overlaps: with „im Juni 2024“ gone, date/year's „2024“ stands; with a direct quote gone,
 * verb-object's „nannte den Ausstand „völlig unverhältnismäßig““ stands). Such a re-found
 * finding must overlap a finding X had. Second-pass rules (`continueFrom`: continuations) read
 * what the enabled rules found, so their findings follow X's and are not compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline.js';
import { layers } from '../../src/rules/registry.js';
import type { LayerName } from '../../src/rules/types.js';
import type { ArticleResult } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const RESULT: Record<LayerName, keyof ArticleResult> = { date: 'dates', quantity: 'quantities', entity: 'entities', statement: 'statements' };

interface Finding {
  rule: string;
  start?: number;
  end?: number;
  content?: { start: number; end: number };
}

export interface DisableOptions {
  /** What must stay the same of another rule's finding (default: the whole finding). */
  key?: (f: any) => string;
  /** The span a re-found finding must overlap (default: start–end; statements: the content). */
  span?: (f: any) => [number, number];
  /** Findings of a first-pass rule's second pass (not compared, as second-pass rules' findings). */
  continuation?: (f: any) => boolean;
  /**
   * A continuation (second pass) in the output with X disabled continues a finding of the enabled
   * rules: `continues(c, f)` tells whether `c` continues `f`.
   */
  continues?: (c: any, f: any) => boolean;
  /** Extra texts besides fixtures/articles, fixtures/dev/articles and the description examples. */
  texts?: string[];
}

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const d of ['fixtures/articles', 'fixtures/dev/articles']) {
    const dir = join(root, d);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

export function describeDisable(layerName: LayerName, options: DisableOptions = {}): void {
  const layer = layers.find((l) => l.name === layerName)!;
  const key = options.key ?? ((f: any) => JSON.stringify({ ...f, context: undefined, statement: undefined }));
  const span = options.span ?? ((f: any) => [f.start, f.end] as [number, number]);
  const secondPass = new Set(layer.rules.filter((r) => r.continueFrom && r.find.length === 0).map((r) => r.meta.id));
  describe(`--disable in the ${layerName} layer`, () => {
    const texts = [...fixtureTexts(), ...descriptionTexts(layerName), ...(options.texts ?? [])];
    const run = (t: string, i: number, off?: string) =>
      extractText(t, { id: `t${i}`, path: `t${i}.txt`, referenceDate: '2024-12-18' }, off ? { isEnabled: (x) => x !== off } : {})[RESULT[layerName]] as unknown as Finding[];
    const full = texts.map((t, i) => run(t, i));
    for (const rule of layer.rules) {
      const id = rule.meta.id;
      it(`disabling ${id} removes its findings and changes no other rule's`, () => {
        texts.forEach((t, i) => {
          const without = run(t, i, id);
          expect(without.filter((f) => f.rule === id), `text ${i}: ${id} still found`).toEqual([]);
          const mine = full[i].filter((f) => f.rule === id);
          const others = (list: Finding[]) => list.filter((f) => f.rule !== id && !secondPass.has(f.rule) && !options.continuation?.(f));
          const before = new Set(others(full[i]).map(key));
          const after = new Set(others(without).map(key));
          for (const k of before) expect(after.has(k), `text ${i}: lost ${k}`).toBe(true);
          if (options.continues) {
            const isCont = (f: Finding) => secondPass.has(f.rule) || !!options.continuation?.(f);
            const found = without.filter((f) => !isCont(f));
            for (const c of without.filter(isCont)) {
              expect(found.some((f) => options.continues!(c, f)), `text ${i}: ${key(c)} continues nothing the enabled rules found`).toBe(true);
            }
          }
          for (const f of others(without)) {
            if (before.has(key(f))) continue;
            const [a, b] = span(f);
            const covered = mine.some((m) => {
              const [c, d] = span(m);
              return a < d && c < b;
            });
            expect(covered, `text ${i}: ${key(f)} appeared where ${id} found nothing`).toBe(true);
          }
        });
      });
    }
  });
}

/** The examples of a layer's rule descriptions, as extra texts. */
export function descriptionTexts(layerName: LayerName): string[] {
  const layer = layers.find((l) => l.name === layerName)!;
  return layer.rules.map((r) => [...r.meta.description.matchAll(/„([^„“]+)“/g)].map((m) => m[1]).join(' '));
}
