/**
 * The only module that touches `process`: builds the CliIO, runs the program, sets the exit code.
 */
import { fstatSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { CliIO } from './io.js';

const argv = process.argv.slice(2);

// Fast path: `claims --version` loads nothing else (start-up budget ≤ 150 ms).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  process.stdout.write(pkg.version + '\n');
} else {
  void main();
}

/**
 * Everything but `--version`. (A function, not top-level await: the start-up bundle that
 * bin/claims.js loads is a CommonJS script, for V8's code cache — see scripts/build-bundle.mjs.)
 * A rejection ends the process with exit code 1 and the stack, as an uncaught error does.
 */
async function main(): Promise<void> {
  const [{ onExit }, { removePendingTempFiles, writeAllSync, writeReason }, { CliError }] = await Promise.all([
    import('signal-exit'),
    import('../io/write.js'),
    import('./io.js'),
  ]);
  // An interrupted `-o FILE` leaves no temporary file behind (SIGINT, SIGTERM, SIGHUP, …; the
  // signal is re-raised afterwards, so the exit status still says which one).
  onExit(() => removePendingTempFiles());
  // Over a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ with every write that fails:
  // the write's EFBIG is the error we report (exit 2). With a listener of our own, signal-exit does
  // not re-raise the signal, which killed the process before it could say why.
  if (os.platform() !== 'win32') process.on('SIGXFSZ', () => {});
  // Standard output redirected to a file is written with checked writes (Node's own stream
  // ignores a short write, e.g. over `ulimit -f`); a pipe or terminal goes through the stream.
  const stdoutIsFile = (() => {
    try {
      return fstatSync(1).isFile();
    } catch {
      return false;
    }
  })();
  const stdoutFailed = (e: unknown): never => {
    throw new CliError(`cannot write to standard output: ${writeReason(e).text}`);
  };
  const io: CliIO = {
    stdout: stdoutIsFile
      ? (s) => {
          try {
            writeAllSync(1, s);
          } catch (e) {
            stdoutFailed(e);
          }
        }
      : (s) => void process.stdout.write(s),
    stdoutDrained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
    stderr: (s) => void process.stderr.write(s),
    // A flag of the whole process (worker threads started later follow it); a user's own
    // --heap-growing-percent (node flag or NODE_OPTIONS) wins. node:v8 loads only here (start-up).
    limitHeapGrowth: (percent) => {
      if (![...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--heap-growing-percent'))) (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(`--heap-growing-percent=${percent}`);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readStdinBytes: async (limit: number) => {
      // The limit is enforced while reading: never-ending input does not grow memory.
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of process.stdin) {
        size += (c as Buffer).length;
        if (size > limit) {
          process.stdin.destroy();
          return { bytes: Buffer.alloc(0), tooLarge: true };
        }
        chunks.push(c as Buffer);
      }
      return { bytes: Buffer.concat(chunks), tooLarge: false };
    },
    stdinChunks: () => process.stdin as AsyncIterable<Uint8Array>,
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
    process.stderr.write(`claims: cannot write to standard output: ${writeReason(e).text}\n`);
    process.exit(2);
  });
  const { run } = await import('./program.js');
  process.exitCode = await run(argv, io);
}
