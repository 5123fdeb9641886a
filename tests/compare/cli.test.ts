import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ARTICLES, ROOT } from '../helpers/fixtures.js';
import { isExtractionOutput } from '../../src/cli/commands/compare.js';
import type { CompareResult } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claims compare on the fixture articles', async () => {
  const direct = await runCli(['compare', 'fixtures/articles', '--format', 'json'], { cwd: ROOT });
  const result = JSON.parse(direct.stdout) as CompareResult;

  it('runs and finds the three cross-article groups with their status', () => {
    expect(direct.code).toBe(0);
    expect(result.articles).toHaveLength(5);
    const statusOf = (text: string) => result.groups.find((g) => g.members.some((m) => m.text === text))?.status;
    expect(statusOf('mindestens 10.000 Soldaten')).toBe('conflict');
    expect(statusOf('mindestens 13.000 Artilleriecontainer')).toBe('agree');
    expect(statusOf('mehr als eine Million Artilleriegranaten')).toBe('compatible');
    const troops = result.groups.find((g) => g.members.some((m) => m.text === 'mindestens 10.000 Soldaten'))!;
    expect(troops.members.map((m) => m.text)).not.toContain('1,28 Millionen Soldaten');
  });

  it('finds the stance conflict: a denial in one outlet, a confirmation by the same country in another', () => {
    expect(result.stances.length).toBeGreaterThanOrEqual(1);
    const s = result.stances[0];
    expect(new Set(s.claims.map((c) => c.polarity))).toEqual(new Set(['confirm', 'deny']));
    expect(new Set(s.claims.map((c) => c.article)).size).toBe(2);
  });

  it('gives the same bytes from extraction output (json) and from jsonl shards in any order', async () => {
    const json = await runCli(['extract', 'fixtures/articles', '--format', 'json'], { cwd: ROOT });
    writeFileSync(join(dir, 'e.json'), json.stdout);
    const fromJson = await runCli(['compare', join(dir, 'e.json'), '--format', 'json'], { cwd: ROOT });
    expect(fromJson.stdout).toBe(direct.stdout);

    const jsonl = await runCli(['extract', 'fixtures/articles', '--format', 'jsonl'], { cwd: ROOT });
    const lines = jsonl.stdout.split('\n').filter(Boolean);
    writeFileSync(join(dir, 'shard1.jsonl'), lines.slice(0, 2).join('\n') + '\n');
    writeFileSync(join(dir, 'shard2.jsonl'), lines.slice(2, 3).join('\n') + '\n');
    writeFileSync(join(dir, 'shard3.jsonl'), lines.slice(3).join('\n') + '\n');
    writeFileSync(join(dir, 'shard4.jsonl'), '');
    const shards = await runCli(['compare', join(dir, 'shard3.jsonl'), join(dir, 'shard1.jsonl'), join(dir, 'shard4.jsonl'), join(dir, 'shard2.jsonl'), '--format', 'json'], { cwd: ROOT });
    expect(shards.stdout).toBe(direct.stdout);
    for (const f of ['table', 'csv', 'md', 'html']) {
      const a = await runCli(['compare', 'fixtures/articles', '--format', f], { cwd: ROOT });
      const b = await runCli(['compare', join(dir, 'shard2.jsonl'), join(dir, 'shard1.jsonl'), join(dir, 'shard3.jsonl'), '--format', f], { cwd: ROOT });
      expect(b.stdout, f).toBe(a.stdout);
    }
  });

  it('reports an article given twice as an error entry and keeps one', async () => {
    const twice = await runCli(['compare', join(dir, 'shard1.jsonl'), join(dir, 'shard1.jsonl'), join(dir, 'shard2.jsonl'), '--format', 'json'], { cwd: ROOT });
    const r = JSON.parse(twice.stdout) as CompareResult;
    expect(r.articles).toHaveLength(3);
    expect(r.errors.filter((e) => e.message.includes('duplicate article id'))).toHaveLength(2);
  });

  it('--fail-on conflict exits 1 when a conflict exists; --min-articles hides groups', async () => {
    const fail = await runCli(['compare', join(dir, 'e.json'), '--fail-on', 'conflict', '--format', 'json'], { cwd: ROOT });
    expect(fail.code).toBe(1);
    const min = await runCli(['compare', join(dir, 'e.json'), '--min-articles', '2', '--format', 'json'], { cwd: ROOT });
    const r = JSON.parse(min.stdout) as CompareResult;
    expect(r.groups.length).toBeGreaterThan(0);
    expect(r.groups.every((g) => new Set(g.members.map((m) => m.article)).size >= 2)).toBe(true);
    const bad = await runCli(['compare', join(dir, 'e.json'), '--min-articles', 'zwei'], { cwd: ROOT });
    expect(bad.code).toBe(2);
    const badFmt = await runCli(['compare', join(dir, 'e.json'), '--format', 'pdf'], { cwd: ROOT });
    expect(badFmt.code).toBe(2);
  });

  it('tells extraction output from articles stored as JSON records', () => {
    expect(isExtractionOutput(readFileSync(join(dir, 'e.json'), 'utf8'))).toBe(true);
    expect(isExtractionOutput(readFileSync(join(dir, 'shard1.jsonl'), 'utf8'))).toBe(true);
    expect(isExtractionOutput('{"id":"a1","text":"Der Bundestag hat 630 Abgeordnete."}\n')).toBe(false);
    expect(isExtractionOutput('[{"title":"Streik","body":"..."}]')).toBe(false);
    expect(readFileSync(join(ARTICLES, '000_3032f11fb265c845.txt'), 'utf8').length).toBeGreaterThan(0);
  });
});
