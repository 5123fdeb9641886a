/**
 * Limits (issue 16) that are cheap to check: a file gone before it is read, the library's
 * resource limits, bounded stdin. The crash shapes at full size through the CLI and the
 * determinism checks across documents and job counts are in limits.slow.test.ts (`npm run test:slow`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { SHAPES } from '../../bench/shapes.mjs';
import { extractText } from '../../src/pipeline.js';
import { ResourceLimitError } from '../../src/limits.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../io/helpers.js';

const CLI = path.join(ROOT, 'bin', 'claims.js');
const dir = tempDir('claims-limits-');

function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? dir, input: opts.input ?? '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, maxBuffer: 512 * 1024 * 1024, timeout: 240_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('a file that goes away', () => {
  const mixed = path.join(dir, 'mixed');
  mkdirSync(mixed, { recursive: true });

  it('a file deleted between the search and the read is a bad file, not exit 2', async () => {
    const { loadInputs } = await import('../../src/io/load.js');
    const { loadArticle } = await import('../../src/io/load.js');
    const r = await loadArticle('weg.txt', { cwd: mixed, maxSize: 1 << 20, found: true });
    expect(r.errors).toEqual([expect.objectContaining({ kind: 'unreadable', message: 'weg.txt: disappeared before it could be read' })]);
    expect(r.errors[0].missing).toBeUndefined();
    expect(typeof loadInputs).toBe('function');
  });
});

describe('limits in the library', () => {
  it('a long word, a huge document: ResourceLimitError naming the limit', () => {
    expect(() => extractText('Titel\n\n' + 'a'.repeat(3000), { id: 'x', path: 'x.txt' })).toThrow(ResourceLimitError);
    expect(() => extractText('Titel\n\nDas ist ' + 'Haus'.repeat(60) + ' gut.', { id: 'x', path: 'x.txt' })).toThrow(/a word of 240 characters .*limit 200/);
  });

  it('the context of a quantity in a sentence without a full stop is a bounded window holding the quantity', () => {
    const text = SHAPES.electionList(20_000);
    const r = extractText(text, { id: 'w', path: 'w.txt' });
    expect(r.quantities.length).toBeGreaterThan(500);
    for (const q of r.quantities) {
      expect(q.context!.text.length).toBeLessThanOrEqual(2 * 120 + 40);
      expect(q.context!.start).toBeLessThanOrEqual(q.start);
      expect(q.context!.end).toBeGreaterThanOrEqual(q.end);
      expect(text.slice(q.context!.start, q.context!.end)).toBe(q.context!.text);
    }
  });

  it('stdin over --max-size is refused while reading (never-ending input stays bounded)', () => {
    const r = spawnSync('bash', ['--norc', '-c', `yes "Die Polizei sagte, 5 Menschen seien verletzt." | "${process.execPath}" "${CLI}" extract - --max-size 1MB --format jsonl`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/-: standard input too large \(over the --max-size limit of 1 MiB\)/);
  });

  it('stdin is decoded like a file: --encoding applies', () => {
    const latin1 = Buffer.from('Über 5 Tote in Köln.', 'latin1');
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--encoding', 'latin1', '--format', 'json'], { input: latin1, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].title).toBe('Über 5 Tote in Köln.');
  });
});

