/**
 * Everything a command may touch of the outside world. Only `src/cli/main.ts` builds it from
 * `process`; tests build it from strings (see `tests/helpers/run-cli.ts`).
 */
export interface CliIO {
  stdout(chunk: string): void;
  /**
   * Resolves when what was written to standard output has been handed on (a pipe whose reader is
   * slower than the writer holds the rest in memory). Optional: synchronous outputs need no wait.
   */
  stdoutDrained?(): Promise<void>;
  stderr(chunk: string): void;
  /** Whole standard input as text (UTF-8). */
  readStdin(): Promise<string>;
  /**
   * Standard input as bytes, at most `limit` of them: `tooLarge` (and no bytes) when there is
   * more — the limit is enforced while reading. Optional (tests give `readStdin` only).
   */
  readStdinBytes?(limit: number): Promise<{ bytes: Buffer; tooLarge: boolean }>;
  /** Standard input as a stream of byte chunks (JSONL read line by line). Optional (tests give `readStdin` only). */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Width of the terminal standard output writes to (`process.stdout.columns`), when it is one. */
  columns?: number;
  /** Number of CPU cores available (for --jobs defaults). */
  cores: number;
  /**
   * Asks the JavaScript engine to collect garbage before its heap grows past `percent` % above
   * the live data (V8's `--heap-growing-percent`; by default it lets the heap grow up to 4× the
   * live data before a full collection). For long runs whose live data is small but whose
   * garbage is plentiful — a streamed extraction, `compare --merge` — it keeps the resident
   * memory near the live data, for some more collector time. 0 gives back the engine's own
   * default (worker threads started then keep the start-up bundle's code cache: V8 checks it
   * against the flags; src/cli/worker-pool.ts). Optional (tests leave it out).
   */
  limitHeapGrowth?(percent: number): void;
  /** Set by commands: 0 success, 1 a check failed, 2 usage or input error. */
  exitCode: number;
}

/**
 * Heap growth (% above the live data) asked for by long runs with small live data and much garbage
 * (`CliIO.limitHeapGrowth`): measured in BENCHMARKS.md (issue 15).
 */
export const LONG_RUN_HEAP_GROWTH = 50;

/** An error that ends the command with a message on stderr and the given exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
