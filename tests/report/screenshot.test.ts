/**
 * The HTML report in a real browser: headless Chromium (Debian package `chromium`; `.ci/run`
 * installs it) renders the fixtures' report and a 2,000-article report to PNG. Runs wherever
 * Chromium is installed, and always under CI (where a missing browser fails the test).
 * No timed assertions: the figures are printed for BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { runBuiltCli } from '../helpers/run-cli.js';

const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => spawnSync('which', [b]).status === 0);
const dir = mkdtempSync(join(tmpdir(), 'claims-shot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function screenshot(html: string, png: string, height: number): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'screenshot-report.mjs'), html, '-o', png, '--width', '1200', '--height', String(height)], { encoding: 'utf8', timeout: 240000 });
  return { code: r.status, stderr: r.stderr };
}

/** A PNG that is not one flat colour: many distinct bytes in its compressed image data. */
function looksDrawn(png: string): boolean {
  const bytes = readFileSync(png);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return bytes.length > 20_000 && new Set(bytes.subarray(100, 20_000)).size > 200;
}

describe.runIf(browser || process.env.CI)('HTML report in Chromium', () => {
  it('the fixtures report renders: summary, stories, claims in their sentences', () => {
    const html = join(dir, 'fixtures.html');
    const r = runBuiltCli(['compare', 'fixtures/articles', 'fixtures/dev', '-o', html]);
    expect(r.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<mark>mindestens 10.000 Soldaten</mark>');
    const png = join(dir, 'fixtures.png');
    const shot = screenshot(html, png, 2400);
    expect(shot.stderr).toBe('');
    expect(shot.code).toBe(0);
    expect(looksDrawn(png)).toBe(true);
  }, 300_000);

  it('a 2,000-article report stays one file a browser renders', () => {
    // 2,000 articles: the extraction of the 27 tuning articles repeated under new ids and outlets.
    const extracted = runBuiltCli(['extract', 'fixtures/articles', 'fixtures/dev', 'fixtures/holdout', 'fixtures/blind2', '--format', 'jsonl']);
    expect(extracted.code).toBe(0);
    const articles = extracted.stdout.trim().split('\n').map((l) => JSON.parse(l).article).filter(Boolean);
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const a = articles[i % articles.length];
      lines.push(JSON.stringify({ schemaVersion: 1, article: { ...a, id: `${a.id}-${String(i).padStart(4, '0')}`, outlet: `Outlet ${i % 40}`, published: `2024-03-${String((i % 28) + 1).padStart(2, '0')}` } }));
    }
    const jsonl = join(dir, 'big.jsonl');
    writeFileSync(jsonl, lines.join('\n') + '\n');
    const html = join(dir, 'big.html');
    const r = runBuiltCli(['compare', jsonl, '-o', html]);
    expect(r.code).toBe(0);
    const size = statSync(html).size;
    const png = join(dir, 'big.png');
    const started = Date.now();
    const shot = screenshot(html, png, 1600);
    process.stdout.write(`report of 2,000 articles: ${(size / 1e6).toFixed(1)} MB, rendered by Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    expect(shot.code).toBe(0);
    expect(looksDrawn(png)).toBe(true);
  }, 900_000);
});
