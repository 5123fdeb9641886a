import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runBuiltCli } from '../helpers/run-cli.js';

describe('claims extract', () => {
  it('writes the JSON contract for a folder, sorted by path', async () => {
    const r = await runCli(['extract', 'fixtures/articles', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.articles.map((a: any) => a.id)).toEqual([...out.articles.map((a: any) => a.id)].sort());
    expect(out.articles).toHaveLength(5);
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['extract', '-', '--json'], { stdin: 'Die Polizei teilte mit, mindestens 12 Menschen seien verletzt worden.' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles[0].id).toBe('stdin');
    expect(out.articles[0].path).toBe('-');
  });

  it('exits 2 with a message naming a path that does not exist, keeping the other results', async () => {
    const r = await runCli(['extract', 'fixtures/articles', 'no-such-folder', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-folder/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(5);
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await runCli(['extract', 'fixtures/articles', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "xml"/);
  });

  it('--disable switches rules off by glob and warns about patterns that match nothing', async () => {
    const r = await runCli(['extract', 'fixtures/articles', '--json', '--disable', 'date/*,nosuch/rule']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const a of out.articles) expect(a.dates).toEqual([]);
    expect(r.stderr).toMatch(/nosuch\/rule matches no rule/);
  });

  it('claims.config.json can switch rules off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-config-'));
    writeFileSync(join(dir, 'claims.config.json'), JSON.stringify({ disable: ['date/*'] }));
    writeFileSync(join(dir, 'a.txt'), 'Am 3. März 2024 kamen rund 500 Menschen.');
    const r = await runCli(['extract', '.', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].dates).toEqual([]);
  });

  it('a broken config file is a usage error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-config-'));
    writeFileSync(join(dir, 'claims.config.json'), '{ nope');
    writeFileSync(join(dir, 'a.txt'), 'Text.');
    const r = await runCli(['extract', '.', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.config\.json: not valid JSON/);
  });

  it('-o writes the file atomically and prints nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-out-'));
    const r = await runCli(['extract', 'fixtures/articles', '--format', 'jsonl', '-o', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('every format renders the fixtures', async () => {
    for (const f of ['table', 'json', 'jsonl', 'csv', 'md']) {
      const r = await runCli(['extract', 'fixtures/articles', '--format', f]);
      expect(r.code, f).toBe(0);
      expect(r.stdout.length, f).toBeGreaterThan(100);
    }
  });

  it('table output has no colour when stdout is no TTY, and colour when forced', async () => {
    const plain = await runCli(['extract', 'fixtures/articles']);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const coloured = await runCli(['extract', 'fixtures/articles'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[/);
    const noColor = await runCli(['extract', 'fixtures/articles'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });

  it('--version and --help exit 0; an unknown option exits 2', () => {
    expect(runBuiltCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runBuiltCli(['--help']).code).toBe(0);
    const bad = runBuiltCli(['extract', '--nope', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option/);
  });
});
