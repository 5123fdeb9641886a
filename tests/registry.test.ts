/**
 * The registry, the rule files and the rule tests agree (after ESLint's checkRuleFiles):
 * every rule file under src/rules/<layer>/ is registered in its layer with id `<layer>/<file>`,
 * every registered rule has a file and a test file tests/rules/<layer>/<file>.test.ts, ids are
 * unique and each layer's rules are sorted by id. Helper modules live in src/rules/<layer>/lib/.
 *
 * Each rule's description example (the longest „…“ of `meta.description` without an ellipsis) is
 * found by that rule alone: every other rule of its layer disabled (the layers before it run in
 * full: their results are a rule's input, as the tokens are — a speaker needs its entity, a
 * quantity steps aside for a date). A second-pass rule
 * (`continueFrom`, e.g. statement/konjunktiv-continuation) continues what other rules found: it
 * runs with the first-pass rules of its layer, and its example must lose its finding when it is
 * disabled.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, layers } from '../src/rules/registry.js';
import { extractText } from '../src/pipeline.js';
import type { ArticleResult } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const NOT_RULES = new Set(['index.ts', 'link.ts']);

describe('rule registry', () => {
  it('has unique ids of the form <layer>/<name>', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(date|quantity|entity|statement)\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists every rule sorted by id, and each layer sorted too', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    for (const layer of layers) {
      const lids = layer.rules.map((r) => r.meta.id);
      expect(lids, layer.name).toEqual([...lids].sort());
      for (const id of lids) expect(id.startsWith(layer.name + '/'), id).toBe(true);
    }
  });

  it('has a one-line description with a German example for every rule', () => {
    for (const r of allRules) {
      expect(r.meta.description, r.meta.id).not.toMatch(/\n/);
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(15);
    }
  });

  for (const layer of layers) {
    const dir = join(root, 'src', 'rules', layer.name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

    it(`${layer.name}: every rule file is registered under its file name`, async () => {
      const registered = new Set(layer.rules.map((r) => r.meta.id));
      for (const f of files) {
        const mod = await import(pathToFileURL(join(dir, f)).href);
        const rule = mod.default;
        expect(rule?.meta?.id, `${f} must default-export a rule (helpers belong in lib/)`).toBe(`${layer.name}/${f.replace(/\.ts$/, '')}`);
        expect(registered.has(rule.meta.id), `${rule.meta.id} is not in the ${layer.name} layer`).toBe(true);
      }
    });

    it(`${layer.name}: every registered rule has a file and a test`, () => {
      for (const r of layer.rules) {
        const name = r.meta.id.split('/')[1];
        expect(existsSync(join(dir, `${name}.ts`)), `src/rules/${r.meta.id}.ts`).toBe(true);
        expect(existsSync(join(root, 'tests', 'rules', layer.name, `${name}.test.ts`)), `tests/rules/${r.meta.id}.test.ts`).toBe(true);
      }
    });
  }

  describe('each rule finds its description example alone', () => {
    const RESULT: Record<string, keyof ArticleResult> = { date: 'dates', quantity: 'quantities', entity: 'entities', statement: 'statements' };
    for (const layer of layers) {
      if (layer.name === 'entity') continue; // the entity layer's helper extends this (issue 13)
      for (const rule of layer.rules) {
        const id = rule.meta.id;
        it(id, () => {
          const example = descriptionExample(rule.meta.description);
          expect(example, `${id}: a „…“ example in meta.description`).not.toBeNull();
          const secondPass = !!rule.continueFrom && rule.find.length === 0;
          const firstPass = new Set(layer.rules.filter((r) => !r.continueFrom || r.find.length > 0).map((r) => r.meta.id));
          const mine = new Set(layer.rules.map((r) => r.meta.id));
          const run = (on: (x: string) => boolean) =>
            (extractText(example!, { id: 'example', path: 'example.txt', referenceDate: '2024-12-18' }, { isEnabled: (x) => !mine.has(x) || on(x) })[RESULT[layer.name]] as Array<{ rule: string }>)
              .filter((f) => f.rule === id);
          if (!secondPass) {
            expect(run((x) => x === id).length, `${id} alone on „${example}“`).toBeGreaterThan(0);
          } else {
            expect(run((x) => x === id || firstPass.has(x)).length, `${id} with the first pass on „${example}“`).toBeGreaterThan(0);
            expect(run((x) => x !== id && firstPass.has(x)).length).toBe(0);
          }
        });
      }
    }
  });
});

/** The longest balanced „…“ of a description that holds no ellipsis (nested „“ kept inside). */
function descriptionExample(description: string): string | null {
  const found: string[] = [];
  for (let i = 0; i < description.length; i++) {
    if (description[i] !== '„') continue;
    let depth = 0;
    for (let j = i; j < description.length; j++) {
      if (description[j] === '„') depth++;
      else if (description[j] === '“' && --depth === 0) {
        found.push(description.slice(i + 1, j));
        break;
      }
    }
  }
  const usable = found.filter((x) => !x.includes('…')).sort((a, b) => b.length - a.length);
  return usable[0] ?? null;
}
