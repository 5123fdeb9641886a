import { openOutputFile, WriteError, type OutputFile } from '../io/write.js';
import { CliError, type CliIO } from './io.js';
import type { FormatOptions } from '../format/types.js';
import { parseCsvDelimiter } from '../format/csv.js';

/** Colour when stdout is a TTY, NO_COLOR is unset, and no file output (or --no-color) asks otherwise; the table width of the terminal. */
export function formatOptions(io: CliIO, opts: { color?: boolean; output?: string; csvDelimiter?: string; bom?: boolean }): FormatOptions {
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== '';
  const color = opts.color !== false && !opts.output && !noColorEnv && (io.stdoutIsTTY || forced);
  const o: FormatOptions = { color, width: terminalWidth(io) };
  if (opts.csvDelimiter !== undefined) {
    try {
      o.csvDelimiter = parseCsvDelimiter(opts.csvDelimiter);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
  }
  if (opts.bom) o.bom = true;
  return o;
}

/** Default table width when neither the terminal nor $COLUMNS says one. */
export const DEFAULT_WIDTH = 80;

/**
 * Table width: the terminal's own width (`process.stdout.columns`) when stdout is one, else
 * `$COLUMNS`, else 80; at most 200 (longer lines read badly), at least 20.
 */
export function terminalWidth(io: Pick<CliIO, 'columns' | 'env'>): number {
  const env = Number(io.env.COLUMNS);
  const cols = io.columns && io.columns > 0 ? io.columns : Number.isInteger(env) && env > 0 ? env : DEFAULT_WIDTH;
  return Math.max(20, Math.min(cols, 200));
}

/** Where a command's result goes: stdout, or `-o FILE` written whole or not at all. */
export interface Sink {
  write(chunk: string): void;
  /** Resolves when the chunks written so far have gone out (standard output to a pipe); files are written synchronously. */
  drained?(): Promise<void>;
  /** Finish: for a file, flush and rename the temporary file over the target. */
  close(): void;
  /** Give up: for a file, remove the temporary file; the target stays untouched. */
  abort(): void;
}

/**
 * Opens the output. A file is written to a temporary file in the same folder and renamed over
 * the target on `close()`, so an interrupted or failed run never leaves a half-written file —
 * also when chunks are streamed (jsonl); a device or named pipe is written into directly
 * (`src/io/write.ts`). Every write is checked: a full disk is a `CliError` (exit 2).
 */
export function openSink(io: CliIO, output?: string): Sink {
  if (!output || output === '-') return { write: (c) => io.stdout(c), drained: () => io.stdoutDrained?.() ?? Promise.resolve(), close: () => {}, abort: () => {} };
  const asCli = (e: unknown): unknown => (e instanceof WriteError ? new CliError(e.message) : e);
  let file: OutputFile;
  try {
    file = openOutputFile(output, { cwd: io.cwd });
  } catch (e) {
    throw asCli(e);
  }
  return {
    // written synchronously: nothing to wait for, but a streamed run (extract --format jsonl -o FILE)
    // still passes its output through and keeps its heap near its live data (src/cli/extraction.ts)
    drained: () => Promise.resolve(),
    write(chunk) {
      try {
        file.write(chunk);
      } catch (e) {
        throw asCli(e);
      }
    },
    close() {
      try {
        file.close();
      } catch (e) {
        throw asCli(e);
      }
    },
    abort: () => file.abort(),
  };
}

/**
 * `emit` for a long sequence of chunks: waits for standard output to drain after each chunk, so a
 * pipe read slower than the chunks are made (`compare --merge … | gzip`) does not queue the
 * whole report in memory.
 */
export async function emitDrained(io: CliIO, data: Iterable<string>, output?: string): Promise<void> {
  const sink = openSink(io, output);
  try {
    for (const chunk of data) {
      sink.write(chunk);
      await sink.drained?.();
    }
    sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
}

/** Writes a whole result to stdout or, atomically, to `-o FILE`. */
export function emit(io: CliIO, data: string | Iterable<string>, output?: string): void {
  const sink = openSink(io, output);
  try {
    if (typeof data === 'string') sink.write(data);
    else for (const chunk of data) sink.write(chunk);
    sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
