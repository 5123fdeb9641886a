#!/usr/bin/env node
/**
 * The `claims` command. Runs the start-up bundle dist/cli/main.bundle.cjs (dist/cli/main.js with
 * everything it imports in one CommonJS script, beside the workers' handler; scripts/build-bundle.mjs
 * and src/cli/bundle-entry.ts) with V8's code cache
 * dist/cli/main.bundle.cache, so a run neither resolves ≈ 200 modules nor compiles the functions
 * it needs. Falls back to the modules in dist/ when the bundle is missing or older than them (a
 * bare `tsc` after the build), and to compiling when the cache is missing, older than the bundle,
 * or rejected by V8 (another Node version).
 *
 * A CommonJS script (bin/package.json): an ES module entry costs Node's ES module loader on top of
 * the start (≈ 5 ms CPU and 130 page faults at a load of 10).
 */
'use strict';
/**
 * Regular expressions compiled to machine code at their first use, not first to bytecode for
 * V8's regexp interpreter and again to machine code at their second use (V8's default tier-up
 * after one execution): a run compiles ≈ 300 expressions, nearly all used many times. One
 * fixture article, 21 alternating runs at load 20: CPU median 531 → 502 ms; 1,000 corpus files:
 * no change beyond the noise. Set before the bundle is compiled: V8 checks a code cache against
 * the flags, and the build's warm-up run (scripts/build-bundle.mjs) goes through this file too.
 */
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const modules = join(__dirname, '..', 'dist', 'cli', 'main.js');
const bundle = join(__dirname, '..', 'dist', 'cli', 'main.bundle.cjs');
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
  // a failure is an unhandled rejection: the error and exit code 1, as an uncaught error
  import(pathToFileURL(modules).href);
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
  // src/cli/bundle-entry.ts: the bundle runs nothing until asked (its workers ask for the handler)
  module.exports.cli();
}
