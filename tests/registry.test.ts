/**
 * The registry, the rule files and the rule tests agree (after ESLint's checkRuleFiles):
 * every rule file under src/rules/<layer>/ is registered in its layer with id `<layer>/<file>`,
 * every registered rule has a file and a test file tests/rules/<layer>/<file>.test.ts, ids are
 * unique and each layer's rules are sorted by id. Helper modules live in src/rules/<layer>/lib/.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, layers } from '../src/rules/registry.js';

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
});
