/**
 * Entry of the start-up bundle (scripts/build-bundle.mjs → dist/cli/main.bundle.cjs): the command
 * line for bin/claims.js, and the extraction handler for the workers of `--jobs N`
 * (src/run/worker.ts). One script with one V8 code cache serves both, so a worker neither
 * compiles the extraction code again nor needs a bundle of its own. Nothing runs when the bundle
 * is loaded: the bundle initialises a module when it is first imported.
 */
import type { extractBatch } from '../run/extract-file.js';

/** Runs the command line (dist/cli/main.js reads the arguments and sets the exit code). */
export function cli(): Promise<unknown> {
  return import('./main.js');
}

/** The handler a worker of `--jobs N` runs (src/run/extract-file.ts). */
export async function workerHandler(): Promise<typeof extractBatch> {
  return (await import('../run/extract-file.js')).extractBatch;
}
