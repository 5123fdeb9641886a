/** CLI manners: terminal width, format from the -o extension, why exit 1, errors called errors, config. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { chooseFormat } from '../../src/cli/format-choice.js';
import { terminalWidth } from '../../src/cli/output.js';
import { loadConfig, validateConfig } from '../../src/cli/config.js';
import { CliError } from '../../src/cli/io.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'claims-manners-'));

describe('table width', () => {
  const cases: [number | undefined, string | undefined, number][] = [
    [120, undefined, 120],
    [120, '60', 120], // the terminal itself wins over $COLUMNS
    [undefined, '60', 60],
    [undefined, undefined, 80],
    [undefined, 'abc', 80],
    [undefined, '0', 80],
    [500, undefined, 200],
    [10, undefined, 20],
  ];
  it.each(cases)('columns %j, COLUMNS %j → %i', (columns, env, width) => {
    expect(terminalWidth({ columns, env: env === undefined ? {} : { COLUMNS: env } })).toBe(width);
  });
});

describe('format from the -o extension', () => {
  const compare = ['table', 'json', 'csv', 'md', 'html'];
  const must: [Record<string, unknown>, string][] = [
    [{ output: 'report.html' }, 'html'],
    [{ output: 'report.HTM' }, 'html'],
    [{ output: 'out/gruppen.csv' }, 'csv'],
    [{ output: 'bericht.md' }, 'md'],
    [{ output: 'result.json' }, 'json'],
    [{ output: 'notes.txt' }, 'table'],
    [{ output: 'ohne-endung' }, 'table'],
    [{ output: 'report.html', format: 'json' }, 'json'],
    [{ output: 'report.html', json: true }, 'json'],
    [{ output: '-' }, 'table'],
    [{}, 'table'],
  ];
  it.each(must)('%j → %s', (flags, format) => expect(chooseFormat('compare', flags, compare)).toBe(format));

  it('an extension naming a format the command cannot write is an error, not a table in the file', () => {
    expect(() => chooseFormat('extract', { output: 'x.html' }, ['table', 'json', 'jsonl', 'csv', 'md'])).toThrow(
      'claims extract cannot write html (the extension of x.html); give --format (one of: table, json, jsonl, csv, md)',
    );
    expect(() => chooseFormat('compare', { format: 'xml' }, compare)).toThrow('unknown format "xml"');
  });

  it('compare -o report.html writes HTML', async () => {
    const dir = tmp();
    const r = await runCli(['compare', join(ROOT, 'fixtures/articles'), '-o', join(dir, 'report.html')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('messages', () => {
  it('a missing path is an error, a bad file a warning', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'leer.txt'), '');
    writeFileSync(join(dir, 'gut.txt'), 'Die Polizei sprach von 12 Verletzten.');
    const r = await runCli(['extract', dir, join(dir, 'fehlt.txt'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`claims: error: ${join(dir, 'fehlt.txt')}: does not exist`);
    expect(r.stderr).toContain(`claims: warning: ${join(dir, 'leer.txt')}: empty file`);
  });

  it('compare names each input error once, with its path once', async () => {
    const r = await runCli(['compare', 'fixtures/articles', 'nope', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claims: error: nope: does not exist\n');
  });

  it('usage errors say error', async () => {
    const r = await runCli(['compare', 'fixtures/articles', '--min-articles', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claims: error: --min-articles: "x" is not a positive whole number\n');
  });

  it('compare --fail-on conflict says why it exits 1', async () => {
    const r = await runCli(['compare', 'fixtures/articles', '--fail-on', 'conflict', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claims: exit 1 \(--fail-on conflict\): \d+ conflicting figure groups? \(.+\)/);
  });

  it('diff --exit-code says why it exits 1', async () => {
    const dir = tmp();
    const a = await runCli(['extract', 'fixtures/articles', '--json']);
    const changed = JSON.parse(a.stdout);
    changed.articles[0].quantities.pop();
    writeFileSync(join(dir, 'a.json'), a.stdout);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(changed));
    const r = await runCli(['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--exit-code']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: exit 1 (--exit-code): the extractions differ — 0 added, 1 removed, 0 changed item\n');
  });

  it('eval below --min says which figure, on exit 1', async () => {
    const r = await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--min', 'statements.f1=0.999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claims: exit 1: statements\.f1/m);
  });
});

describe('configuration', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'claims.config.schema.json'), 'utf8'));
  const validate = new (Ajv2020 as any)({ allErrors: true, strict: false }).compile(schema);
  const valid: unknown[] = [
    {},
    { disable: ['quantity/vague-plural'] },
    { $schema: './node_modules/claims/schema/claims.config.schema.json', lexicon: { 'speech-verbs': ['twittern'], 'gazetteer-loc': ['Bullerbü'] } },
  ];
  const invalid: [unknown, string][] = [
    [[], 'expected a JSON object'],
    [{ disabel: [] }, 'unknown key "disabel" (allowed: $schema, disable, lexicon)'],
    [{ disable: 'quantity/*' }, '"disable" must be a list of rule ids'],
    [{ disable: [''] }, '"disable" must be a list of rule ids'],
    [{ lexicon: [] }, '"lexicon" must be an object'],
    [{ lexicon: { 'Speech Verbs': ['x'] } }, 'is not a list name'],
    [{ lexicon: { 'speech-verbs': 'twittern' } }, 'must be a list of strings'],
    [{ $schema: 5 }, '"$schema" must be a string'],
  ];
  it.each(valid.map((v) => [v]))('accepts %j (and so does the published schema)', (config) => {
    expect(validateConfig(config, 'c.json')).toBeTruthy();
    expect(validate(config)).toBe(true);
  });
  it.each(invalid)('rejects %j (and so does the published schema)', (config, message) => {
    expect(() => validateConfig(config, 'c.json')).toThrow(message);
    expect(validate(config)).toBe(false);
  });
  it('rejects a lexicon list that does not exist', () => {
    expect(() => validateConfig({ lexicon: { 'speach-verbs': ['x'] } }, 'c.json')).toThrow('c.json: lexicon."speach-verbs" is no word list');
  });

  it('is found upward from the working folder; claims.config.json before .claimsrc.json before package.json', () => {
    const root = tmp();
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    expect(loadConfig(deep)).toEqual({ disable: [], lexicon: {} });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', claims: { disable: ['date/*'] } }));
    expect(loadConfig(deep)).toMatchObject({ disable: ['date/*'], file: join(root, 'package.json') });
    writeFileSync(join(root, 'a', '.claimsrc.json'), JSON.stringify({ disable: ['entity/*'] }));
    expect(loadConfig(deep)).toMatchObject({ disable: ['entity/*'], file: join(root, 'a', '.claimsrc.json') });
    writeFileSync(join(deep, 'claims.config.json'), JSON.stringify({ disable: ['quantity/*'] }));
    expect(loadConfig(deep)).toMatchObject({ disable: ['quantity/*'] });
    expect(loadConfig(deep, '../.claimsrc.json')).toMatchObject({ disable: ['entity/*'] });
  });

  it('a bad config found upward names its file', () => {
    const root = tmp();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'claims.config.json'), JSON.stringify({ unbekannt: 1 }));
    expect(() => loadConfig(join(root, 'sub'))).toThrow(CliError);
    expect(() => loadConfig(join(root, 'sub'))).toThrow(`${join(root, 'claims.config.json')}: unknown key "unbekannt"`);
  });
});
