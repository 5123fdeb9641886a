/**
 * The worker of `--jobs N` when the command runs from the start-up bundle: piscina imports this
 * module, which runs dist/cli/main.bundle.cjs with its V8 code cache (as bin/claims.js does) and
 * hands on the bundle's extraction handler (src/cli/bundle-entry.ts). Before, workers imported a
 * bundle of their own without a cache and compiled the extraction code again in every worker.
 * A cache older than the bundle is not used; one V8 rejects (another Node version) costs nothing
 * but the compilation it would have saved.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { extractBatch } from './extract-file.js';
import { BUNDLE_COMPILED } from './worker-message.js';

const bundle = fileURLToPath(new URL('../cli/main.bundle.cjs', import.meta.url));
const cacheFile = bundle.replace(/\.cjs$/, '.cache');
const mtime = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

const cachedData = mtime(cacheFile) >= mtime(bundle) ? readFileSync(cacheFile) : undefined;
// All ASCII (build-bundle.mjs): read as latin1, as bin/claims.js does — the same source string,
// which the cache is checked against.
const script = new vm.Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
// V8 checks a code cache against the process's flags: the main thread sets the heap-growth flag of
// a streamed run only when every worker has got this far (src/cli/extraction.ts).
parentPort?.postMessage({ [BUNDLE_COMPILED]: true });
const loaded = { exports: {} as { workerHandler(): Promise<typeof extractBatch> } };
script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));

export default await loaded.exports.workerHandler();
