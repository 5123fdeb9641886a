import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('claims numbers', () => {
  it('prints one JSON line per stdin line, in order (--format jsonl)', async () => {
    const stdin = 'mindestens 10.000 Soldaten\nkeine Zahl hier\nzwei Drittel\n';
    const r = await runCli(['numbers', '-', '--format', 'jsonl'], { stdin });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual(['mindestens 10.000 Soldaten', 'keine Zahl hier', 'zwei Drittel']);
    expect(lines[0].numbers).toEqual([
      { text: 'mindestens 10.000', start: 0, end: 17, value: 10000, type: 'range', range: { min: 10000, max: null, minInclusive: true, maxInclusive: false } },
    ]);
    expect(lines[1].numbers).toEqual([]);
    expect(lines[2].numbers[0].value).toBeCloseTo(2 / 3, 9);
  });

  it('reads the words of the command line as one text', async () => {
    const r = await runCli(['numbers', 'Die', 'Quote', 'sank', 'auf', '5', '%', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].numbers).toEqual([{ text: '5 %', start: 19, end: 22, value: 5, type: 'percent' }]);
  });

  it('prints a readable table by default', async () => {
    const r = await runCli(['numbers', 'zwischen 10 und 20 Grad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[10, 20]');
    expect(r.stdout).toContain('zwischen 10 und 20');
  });

  it('--types keeps only the kinds asked for (one recogniser, as the per-model suites of Recognizers-Text)', async () => {
    const text = 'Am 3. Mai kamen zum zweiten Mal 120 Gäste, 15 % mehr als im Vorjahr.';
    const all = JSON.parse((await runCli(['numbers', text, '--format', 'json'])).stdout)[0].numbers;
    expect(all.map((n: { type: string }) => n.type).sort()).toEqual(['number', 'ordinal', 'ordinal', 'percent']);
    const r = await runCli(['numbers', text, '--format', 'json', '--types', 'ordinal,percent']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].numbers.map((n: { text: string; type: string }) => `${n.type}:${n.text}`)).toEqual(['ordinal:3.', 'ordinal:zweiten', 'percent:15 %']);
    const bad = await runCli(['numbers', text, '--types', 'ordinal,roman']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown number type "roman"');
  });

  it('rejects a missing text and an unknown format with exit code 2', async () => {
    expect((await runCli(['numbers'])).code).toBe(2);
    expect((await runCli(['numbers', 'drei', '--format', 'xml'])).code).toBe(2);
  });
});
