/**
 * The only module that touches `process`: builds the CliIO, runs the program, sets the exit code.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { CliIO } from './io.js';

const argv = process.argv.slice(2);

// Fast path: `claims --version` loads nothing else (start-up budget ≤ 150 ms).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  process.stdout.write(pkg.version + '\n');
} else {
  const io: CliIO = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    exitCode: 0,
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(io.exitCode); // `claims … | head` closes the pipe early
    throw e;
  });
  const { run } = await import('./program.js');
  process.exitCode = await run(argv, io);
}
