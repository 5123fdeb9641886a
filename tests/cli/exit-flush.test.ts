/**
 * The built CLI exits as soon as its command is done (src/cli/main.ts: `process.exit`, start-up
 * issue 13), after what standard output still queues has gone out. A pipe whose reader is slow
 * takes part of a write and leaves the rest queued in the stream, even below the stream's
 * high-water mark: exiting without waiting for it cut the output short (seen: 128,040 of 138,909
 * bytes of `extract fixtures/dev --format jsonl`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/fixtures.js';

/** The CLI's standard output read only after `waitMs`: by then the process has written all it can. */
function readLate(argv: string[], waitMs: number): Promise<{ code: number | null; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'claims.js'), ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    child.on('error', reject);
    setTimeout(() => {
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stdout.resume();
    }, waitMs);
    child.on('close', (code) => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ code, bytes: Buffer.byteLength(text), text });
    });
  });
}

describe('exit after the output', () => {
  it('a slow pipe reader still gets the whole output (more than a pipe buffer, in many writes)', async () => {
    const argv = ['extract', 'fixtures/dev', '--format', 'jsonl', '-j', '1'];
    const whole = runBuiltCli(argv);
    expect(whole.code).toBe(0);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(64 * 1024);
    const late = await readLate(argv, 1500);
    expect(late.code).toBe(0);
    expect(late.text).toBe(whole.stdout);
  }, 60_000);
});
