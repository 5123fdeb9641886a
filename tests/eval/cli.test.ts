import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claims eval', () => {
  it('acceptance: with the stored baseline exit 0; with quantity rules off exit 1 naming quantities', async () => {
    const ok = await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--baseline', 'fixtures/baseline.json', '-j', '1']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('all checked figures hold');

    const bad = await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--baseline', 'fixtures/baseline.json', '--disable', 'quantity/*', '-j', '1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/quantities\.f1 dropped: \d\.\d{3} → 0\.000 \(baseline\)/);
    expect(bad.stderr).not.toMatch(/(entities|dates)\.\w+ dropped/);
  });

  it('--write-baseline then --baseline on the same input passes; --min fails below', async () => {
    const base = join(dir, 'base.json');
    const w = await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--write-baseline', base, '--format', 'json', '-j', '1']);
    expect(w.code).toBe(0);
    const written = JSON.parse(readFileSync(base, 'utf8'));
    expect(written.kind).toBe('claims-eval-baseline');
    expect(Object.keys(written.figures)).toContain('quantities.f1');
    const report = JSON.parse(w.stdout);
    expect(written.figures['statements.f1']).toBe(report.statements.f1);

    expect((await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--baseline', base, '-j', '1'])).code).toBe(0);
    const min = await runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--min', 'statements.f1=0.5', '--disable', 'statement/*', '-j', '1']);
    expect(min.code).toBe(1);
    expect(min.stderr).toContain('statements.f1 below minimum: 0.000 < 0.500 (--min)');
  });

  it('scores a stored extraction and comparison (--extraction, --comparison)', async () => {
    const r = await runCli([
      'eval', '--gold', 'fixtures/gold/seeds.gold.json',
      '--extraction', 'tests/eval/fixtures/synthetic-extract.json',
      '--comparison', 'tests/eval/fixtures/synthetic-compare.json',
      '--articles', 'fixtures/articles', '--format', 'json',
    ]);
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync('tests/eval/fixtures/synthetic.score.json', 'utf8'));
    const got = JSON.parse(r.stdout);
    expect(got.quantities).toEqual(expected.quantities);
    expect(got.groups).toEqual(expected.groups);
  });

  it('md format for CI summaries', async () => {
    const r = await runCli(['eval', '--gold', 'fixtures/gold', '--extraction', 'tests/eval/fixtures/synthetic-extract.json', '--articles', 'fixtures/articles', '--no-compare', '--format', 'md', '--min', 'quantities.f1=0.99']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^## claims eval: seeds \(5 articles\)/);
    expect(r.stdout).toContain('| quantities | 0.643 | 0.818 | 0.720 | 9 | 5 | 2 | bound 0.889 |');
    expect(r.stdout).toContain('❌ quantities.f1 below minimum: 0.720 < 0.990 (--min)');
  });

  it.each([
    [['eval', 'fixtures/articles'], /--gold/],
    [['eval', '--gold', 'fixtures/gold'], /give article paths/],
    [['eval', '--gold', 'nope.json', 'fixtures/articles'], /nope\.json/],
    [['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--min', 'quantities.f9=1'], /unknown figure/],
    [['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--baseline', 'package.json'], /not a claims eval baseline/],
    [['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--format', 'csv'], /unknown format/],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
