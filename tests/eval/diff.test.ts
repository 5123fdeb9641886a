import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffExtractions } from '../../src/eval/diff.js';
import { parseExtraction } from '../../src/eval/read-extraction.js';
import { diffFormatters } from '../../src/format/eval/diff.js';
import type { ArticleResult, ExtractResult } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { ARTICLES, ROOT } from '../helpers/fixtures.js';

const synthetic = (): ExtractResult => JSON.parse(readFileSync(join(ROOT, 'tests/eval/fixtures/synthetic-extract.json'), 'utf8'));
const plain = { color: false, width: 100 };

function shift(a: ArticleResult, by: number): void {
  const move = (s: { start: number; end: number }) => {
    s.start += by;
    s.end += by;
  };
  a.quantities.forEach(move);
  a.dates.forEach(move);
  a.entities.forEach((e) => e.mentions.forEach(move));
  a.statements.forEach((s) => [s.speaker, s.cue, s.content].forEach(move));
}

describe('diffExtractions', () => {
  it('two copies of one output: identical, table and md print nothing', () => {
    const r = diffExtractions(synthetic(), synthetic());
    expect(r.identical).toBe(true);
    expect(r.items).toEqual([]);
    expect(diffFormatters.table(r, plain)).toBe('');
    expect(diffFormatters.md(r, plain)).toBe('');
    expect(JSON.parse(diffFormatters.json(r, plain)).identical).toBe(true);
  });

  it('shifted offsets alone (text inserted before) are no change', () => {
    const after = synthetic();
    shift(after.articles[2], 57);
    expect(diffExtractions(synthetic(), after).identical).toBe(true);
  });

  it('reports exactly a changed value, a vanished statement and a new entity', () => {
    const after = synthetic();
    const a = after.articles[1];
    a.quantities[0].value = 2_000_000;
    const gone = a.statements.splice(1, 1)[0];
    a.entities.push({ id: 'LOC:Hamburg', name: 'Hamburg', type: 'LOC', mentions: [{ text: 'Hamburg', start: 5000, end: 5007 }], rule: 'entity/x' });
    const r = diffExtractions(synthetic(), after);
    expect(r.items.map((i) => [i.article, i.layer, i.change, i.text])).toEqual([
      [a.id, 'quantities', 'changed', a.quantities[0].text],
      [a.id, 'entities', 'added', 'Hamburg'],
      [a.id, 'statements', 'removed', gone.content.text],
    ]);
    expect(r.items[0].changes).toEqual([{ field: 'value', old: synthetic().articles[1].quantities[0].value, new: 2_000_000 }]);
    expect(r.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    const table = diffFormatters.table(r, plain);
    expect(table).toContain('~ quantity');
    expect(table).toContain('value: 1000000 → 2000000');
    expect(table).toContain('+ entity');
    expect(table).toContain('- statement');
  });

  it('reports bound, unit and speaker changes of a paired item', () => {
    const after = synthetic();
    const q = after.articles[2].quantities[1];
    q.bound = 'approx';
    q.unit = 'Kiste';
    after.articles[2].statements[0].speaker.name = 'Die Gewerkschaft';
    const r = diffExtractions(synthetic(), after);
    expect(r.items.map((i) => [i.layer, i.change, i.changes.map((c) => c.field)])).toEqual([
      ['quantities', 'changed', ['bound', 'unit']],
      ['statements', 'changed', ['speaker']],
    ]);
  });

  it('pairs repeated texts by order of occurrence when offsets shift', () => {
    const base = (starts: number[]): ExtractResult => ({
      schemaVersion: 1,
      errors: [],
      articles: [{
        id: 'streik', path: 'streik.txt', title: '', dates: [], entities: [], statements: [],
        quantities: starts.map((start, i) => ({
          text: '500 Beschäftigte', start, end: start + 16, value: 500, bound: 'eq' as const, unit: i === 1 ? 'Beschäftigter' : 'Beschäftigte',
          interval: { min: 500, max: 500, minInclusive: true, maxInclusive: true }, sentence: i, rule: 'quantity/x',
        })),
      }],
    });
    const r = diffExtractions(base([10, 80]), base([30, 100]));
    expect(r.identical).toBe(true);
  });

  it('articles that appear or disappear, and errors', () => {
    const before = synthetic();
    const after = synthetic();
    const removed = after.articles.shift()!;
    after.errors.push({ path: 'kaputt.txt', message: 'empty file' });
    const r = diffExtractions(before, after);
    expect(r.articlesRemoved.map((a) => a.id)).toEqual([removed.id]);
    expect(r.items).toEqual([]);
    expect(r.errorsAdded).toEqual([{ path: 'kaputt.txt', message: 'empty file' }]);
    expect(diffFormatters.table(r, plain)).toContain(`- article ${removed.id}`);
  });

  it('reads JSON lines as written by extract --format jsonl', () => {
    const s = synthetic();
    const jsonl = s.articles.map((a) => JSON.stringify({ schemaVersion: 1, article: a })).join('\n') + '\n' + JSON.stringify({ schemaVersion: 1, error: { path: 'x', message: 'y' } }) + '\n';
    const parsed = parseExtraction(jsonl, 'x.jsonl');
    expect(parsed.articles.map((a) => a.id)).toEqual(s.articles.map((a) => a.id));
    expect(parsed.errors).toEqual([{ path: 'x', message: 'y' }]);
    expect(diffExtractions(s, parsed).items).toEqual([]);
  });
});

describe('claims diff on real extraction of fixture copies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(ARTICLES, join(dir, 'articles'), { recursive: true });
  const file = join(dir, 'articles', '003_a4086bff92e7bf9b.txt');
  const original = readFileSync(file, 'utf8');
  const firstBreak = original.indexOf('\n') + 1;
  // No full date: a full date could become the reference date of relative ones (a real change elsewhere).
  const inserted = 'Am Montag legten in Hamburg nach Angaben der Gewerkschaft Verdi mindestens 2.000 Beschäftigte die Arbeit nieder.\n\n';

  it('two runs of the same input print nothing and exit 0', async () => {
    expect((await runCli(['extract', join(dir, 'articles'), '--json', '-o', join(dir, 'a.json'), '-q'])).code).toBe(0);
    expect((await runCli(['extract', join(dir, 'articles'), '--format', 'jsonl', '-o', join(dir, 'b.jsonl'), '-q'])).code).toBe(0);
    const r = await runCli(['diff', join(dir, 'a.json'), join(dir, 'b.jsonl'), '--exit-code']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('after an edit to one article: only items of the inserted text, exit 1 with --exit-code', async () => {
    writeFileSync(file, original.slice(0, firstBreak) + inserted + original.slice(firstBreak));
    expect((await runCli(['extract', join(dir, 'articles'), '--json', '-o', join(dir, 'c.json'), '-q'])).code).toBe(0);
    const r = await runCli(['diff', join(dir, 'a.json'), join(dir, 'c.json'), '--json', '--exit-code']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.identical).toBe(false);
    expect(report.items.length).toBeGreaterThan(0); // the date at least
    for (const item of report.items) {
      expect(item.article).toBe('003_a4086bff92e7bf9b');
      expect(item.change).toBe('added');
      expect(item.start).toBeGreaterThanOrEqual(firstBreak);
      expect(item.start).toBeLessThan(firstBreak + inserted.length);
    }
    expect(report.items.some((i: { layer: string; text: string }) => i.layer === 'dates' && i.text.includes('Montag'))).toBe(true);
  });
});
