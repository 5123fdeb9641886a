/**
 * Worker threads replaced after a bounded amount of work (src/cli/worker-pool.ts; issue 15, flat
 * memory) do not change the output: with a tiny lifetime (CLAIMS_WORKER_LIFETIME, internal: the
 * run then says how many threads it started) `--jobs 2` gives the bytes of `--jobs 1`, over files
 * and over a stream of invented words, and the threads really were replaced. Built CLI.
 */
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { vocabRecords } from '../../bench/scale.mjs';

const started = (stderr: string): number => Number(/claims: (\d+) worker threads started/.exec(stderr)?.[1] ?? NaN);

describe('worker threads replaced after their lifetime', () => {
  it('files: one article per thread, the bytes of one job', () => {
    const one = runBuiltCli(['extract', 'fixtures/articles', '--format', 'jsonl', '--jobs', '1']);
    const two = runBuiltCli(['extract', 'fixtures/articles', '--format', 'jsonl', '--jobs', '2'], { env: { CLAIMS_WORKER_LIFETIME: '1' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // five articles, a thread each (units of one file: five files over two threads)
    expect(started(two.stderr)).toBeGreaterThanOrEqual(4);
  });

  it('a JSONL stream of invented words through standard input: the bytes of one job, many threads', () => {
    const stdin = [...vocabRecords(64)].join('\n') + '\n';
    const args = ['extract', '-', '--input-format', 'jsonl', '--format', 'jsonl', '-q'];
    const one = runBuiltCli([...args, '--jobs', '1'], { stdin });
    const two = runBuiltCli([...args, '--jobs', '2'], { stdin, env: { CLAIMS_WORKER_LIFETIME: '12' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout.split('\n').length).toBe(65);
    expect(two.stdout).toBe(one.stdout);
    // 64 records in units of up to 16, lifetimes of 12 records (the first of one thread 6)
    expect(started(two.stderr)).toBeGreaterThanOrEqual(4);
  });

  it('a lifetime that is not a positive whole number is an error', () => {
    const r = runBuiltCli(['extract', 'fixtures/articles', '--jobs', '2'], { env: { CLAIMS_WORKER_LIFETIME: '0' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/CLAIMS_WORKER_LIFETIME: "0"/);
  });
});
