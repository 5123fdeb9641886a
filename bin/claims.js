#!/usr/bin/env node
/**
 * The `claims` command. Runs the start-up bundle dist/cli/main.bundle.cjs (dist/cli/main.js with
 * everything it imports in one CommonJS script; scripts/build-bundle.mjs) with V8's code cache
 * dist/cli/main.bundle.cache, so a run neither resolves ≈ 200 modules nor compiles the functions
 * it needs. Falls back to the modules in dist/ when the bundle is missing or older than them (a
 * bare `tsc` after the build), and to compiling when the cache is missing, older than the bundle,
 * or rejected by V8 (another Node version).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const modules = new URL('../dist/cli/main.js', import.meta.url);
const bundle = fileURLToPath(new URL('../dist/cli/main.bundle.cjs', import.meta.url));
const cacheFile = bundle.replace(/\.cjs$/, '.cache');

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

const argv = process.argv.slice(2);
const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
const bundled = mtime(bundle);
// `--version` has a fast path in main.js that loads nothing else: no bundle to read for it.
if (versionOnly || bundled < 0 || bundled < mtime(modules)) {
  await import(modules.href);
} else {
  const cachedData = mtime(cacheFile) >= bundled ? readFileSync(cacheFile) : undefined;
  // The file is one function expression, `(function (exports, require, module, …) {…})`, all
  // ASCII (build-bundle.mjs): read as latin1, a one-byte string with no UTF-8 decoding.
  const script = new vm.Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
  // Used by the build's warm-up run: the cache then holds the functions a run compiled too.
  if (process.env.CLAIMS_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
