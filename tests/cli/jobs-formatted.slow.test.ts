/**
 * With `--format jsonl` / `json` the workers hand back formatted articles and the main thread
 * renames the ones whose ids clash. The bytes must not depend on `--jobs`, and json must hold
 * the same articles as jsonl (built CLI: real worker threads). How many workers start.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { json } from '../../src/format/extract/json.js';
import { workerCount } from '../../src/cli/extraction.js';

function clashingCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'claims-jobs-'));
  for (const d of ['nord', 'sued']) mkdirSync(join(root, d));
  // the same file name in two folders, and the same base name with two extensions
  writeFileSync(join(root, 'nord', 'bericht.txt'), 'Der Bundestag stimmte am 3. März 2024 mit 412 Stimmen für das Gesetz.\n\n„Das ist ein Erfolg“, sagte die Abgeordnete Petra Lindner.');
  writeFileSync(join(root, 'sued', 'bericht.txt'), 'Hochwasser in Regensburg: Der Pegel der Donau erreichte 6,2 Meter, teilte die Stadt mit.');
  writeFileSync(join(root, 'sued', 'bericht.md'), '# Streik\n\nDie Gewerkschaft rief rund 5.000 Beschäftigte zum Warnstreik auf.');
  // records with the same id twice, and one whose id equals a file's (JSON lines: given by name)
  writeFileSync(
    join(root, 'records.jsonl'),
    [
      { id: 'r1', text: 'Die Inflation lag im Mai bei 2,4 Prozent, sagte ein Sprecher des Statistikamts.' },
      { id: 'r1', text: 'Der FC Augsburg gewann am Samstag mit 3:1 vor 28.000 Zuschauern.' },
      { id: 'bericht', text: 'Bei der Wahl in Sachsen kam die Partei auf 31,9 Prozent der Stimmen.' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  for (let i = 0; i < 12; i++) writeFileSync(join(root, `z${String(i).padStart(2, '0')}.txt`), `Am ${i + 1}. Juni demonstrierten in Köln nach Polizeiangaben ${1000 + i * 250} Menschen.`);
  return root;
}

describe('--jobs with articles formatted in the workers', () => {
  it('jsonl and json give the same bytes with one job and with two, clashing ids renamed', () => {
    const cwd = clashingCorpus();
    const out: Record<string, string> = {};
    for (const format of ['jsonl', 'json', 'table']) {
      for (const jobs of ['1', '2']) {
        const r = runBuiltCli(['extract', '.', 'records.jsonl', '--id-field', 'id', '--format', format, '--jobs', jobs], { cwd, env: { NO_COLOR: '1' } });
        expect(r.code, r.stderr).toBe(0);
        out[`${format}${jobs}`] = r.stdout;
      }
      expect(out[`${format}2`], format).toBe(out[`${format}1`]);
    }
    const articles = out.jsonl1
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article);
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['nord/bericht', 'sued/bericht', 'sued/bericht#2', 'r1', 'r1#2', 'bericht']));
    // the json document holds the jsonl articles, formatted by the whole-result formatter
    expect(out.json1).toBe(json({ schemaVersion: 1, articles, errors: [] }));
  });
});

describe('worker count', () => {
  it('--jobs N starts up to N workers, never more than there are files', () => {
    expect(workerCount(true, 2, 5, true)).toBe(2);
    expect(workerCount(true, 8, 3, true)).toBe(3);
    expect(workerCount(true, 1, 500, true)).toBe(1);
    expect(workerCount(true, 4, 1, false)).toBe(1);
  });

  it('without --jobs, one-article files get a worker per 50 files, up to the cores', () => {
    expect(workerCount(false, 2, 5, true)).toBe(1);
    expect(workerCount(false, 2, 99, true)).toBe(1);
    expect(workerCount(false, 2, 100, true)).toBe(2);
    expect(workerCount(false, 2, 10_000, true)).toBe(2);
    expect(workerCount(false, 8, 260, true)).toBe(5);
    expect(workerCount(false, 4, 0, true)).toBe(1);
  });

  it('without --jobs, JSON and JSONL inputs (any number of records) get the cores', () => {
    expect(workerCount(false, 2, 3, false)).toBe(2);
    expect(workerCount(false, 4, 2, false)).toBe(2);
  });
});
