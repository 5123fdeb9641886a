/**
 * Runs the CLI in-process (TypeScript sources, no build) with a fake CliIO, or the built CLI
 * (`node bin/claims.js`) as a child process where real processes matter (workers, exit codes).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../src/cli/program.js';
import type { CliIO } from '../../src/cli/io.js';
import { ROOT } from './fixtures.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { stdin?: string; cwd?: string; env?: Record<string, string>; tty?: boolean; io?: Partial<CliIO> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => opts.stdin ?? '',
    env: { ...(opts.env ?? {}) },
    cwd: opts.cwd ?? ROOT,
    stdoutIsTTY: !!opts.tty,
    stderrIsTTY: !!opts.tty,
    cores: 1,
    exitCode: 0,
    ...opts.io,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The built CLI in a child process (`npm run build` ran in the global setup). */
export function runBuiltCli(argv: string[], opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'claims.js'), ...argv], {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? '',
    env: { PATH: process.env.PATH ?? '', ...(opts.env ?? {}) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
