/**
 * The built CLI exits as soon as its command is done (src/cli/main.ts: `process.exit`, start-up
 * issue 13), after what standard output still queues has gone out. A pipe whose reader is slow
 * takes part of a write and leaves the rest queued in the stream, even below the stream's
 * high-water mark: exiting without waiting for it cut the output short (seen: 128,040 of 138,909
 * bytes of `extract fixtures/dev --format jsonl`).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * The CLI's standard output through a shell pipe whose reader starts reading only after `sleepS`
 * seconds (a slow consumer such as `| (sleep 1; jq …)`): by then the CLI has filled the pipe's
 * buffer and waits on it. (Pausing the child's stream in this process would not do: Node resumes
 * and discards the stdio of a child that exits with nobody listening.)
 */
function readLate(argv: string[], sleepS: number): { code: number | null; text: string } {
  const cmd = `"${process.execPath}" bin/claims.js ${argv.join(' ')} | (sleep ${sleepS}; cat); exit \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, text: r.stdout };
}

describe('exit after the output', () => {
  it('a slow pipe reader still gets the whole output (more than a pipe buffer, in many writes)', async () => {
    const argv = ['extract', 'fixtures/dev', '--format', 'jsonl', '-j', '1'];
    const whole = runBuiltCli(argv);
    expect(whole.code).toBe(0);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(64 * 1024);
    const late = readLate(argv, 1.5);
    expect(late.code).toBe(0);
    expect(late.text).toBe(whole.stdout);
  }, 60_000);
});
