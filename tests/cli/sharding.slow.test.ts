/**
 * Slow suite (`npm run test:slow`).
 *
 * Past one machine: `claims extract --format jsonl` over shards of a corpus, then
 * `claims compare shard*.jsonl`, equals `claims compare` over the whole corpus, byte for byte
 * (issue: speed and scale). Runs the built CLI with worker threads, as a shard job would.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { ARTICLES } from '../helpers/fixtures.js';

describe('sharded runs', () => {
  it('compare over jsonl shards equals compare over the whole corpus, in every format', () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-shards-'));
    const corpus = join(root, 'corpus');
    const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
    const shards = ['s1', 's2', 's3'];
    files.forEach((f, i) => {
      const dir = join(corpus, shards[i % shards.length]);
      mkdirSync(dir, { recursive: true });
      cpSync(join(ARTICLES, f), join(dir, f));
    });
    // one extract job per shard, each from the corpus root (so paths are the same as in a whole run)
    for (const s of shards) {
      const r = runBuiltCli(['extract', s, '--format', 'jsonl', '-o', join(root, `${s}.jsonl`), '--jobs', '2'], { cwd: corpus });
      expect(r.code, r.stderr).toBe(0);
    }
    for (const format of ['json', 'csv', 'md', 'html', 'table']) {
      const whole = runBuiltCli(['compare', '.', '--format', format, '--jobs', '1'], { cwd: corpus });
      expect(whole.code, whole.stderr).toBe(0);
      const merged = runBuiltCli(['compare', 's3.jsonl', 's1.jsonl', 's2.jsonl', '--format', format], { cwd: root });
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout, format).toBe(whole.stdout);
    }
    // and the whole extraction equals the concatenated shards, article by article
    const all = runBuiltCli(['extract', '.', '--format', 'jsonl', '--jobs', '2'], { cwd: corpus });
    const lines = all.stdout.trim().split('\n').sort();
    const shardLines = shards.flatMap((s) => runBuiltCli(['extract', s, '--format', 'jsonl', '--jobs', '1'], { cwd: corpus }).stdout.trim().split('\n')).sort();
    expect(shardLines).toEqual(lines);
    // 20 CLI runs: minutes on a loaded 2-core machine (a guard against hangs, not a speed test)
  }, 300_000);
});
