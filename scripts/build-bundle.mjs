#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/, after tsc) for start-up (run by `npm run build`; issue 13:
 * one article end to end ≤ 300 ms). Without it a run resolves, reads and compiles ≈ 200 ES
 * modules before the first rule runs.
 *
 *   dist/cli/main.bundle.cjs    dist/cli/bundle-entry.js with all it imports (dist/ and the
 *                               packages) in one CommonJS script: the command line (dist/cli/main.js)
 *                               and the workers' extraction handler. bin/claims.js and the workers
 *                               of `--jobs N` (dist/run/worker.js) run it through `vm.Script` with
 *                               V8's code cache — Node 20 has no code cache for ES modules.
 *   dist/cli/main.bundle.cache  that code cache, written after a warm-up run over the fixture
 *                               articles (so it holds the rules' functions compiled, not only
 *                               the top level of the script).
 *
 * The bundles are built from dist/, i.e. from exactly the JavaScript tsc emitted (esbuild only
 * concatenates; it does not compile the TypeScript again). Left external: piscina (it starts
 * its worker from a file beside its own) and what the sources load with `createRequire` at run
 * time (wink-nlp and its model, iconv-lite, linkedom, ajv, …).
 *
 * bin/claims.js uses the bundle only when it is not older than dist/cli/main.js (a bare
 * `tsc` after it makes the modules win) and the cache only when it is not older than the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const MAIN = path.join(dist, 'cli', 'main.bundle.cjs');
const CACHE = path.join(dist, 'cli', 'main.bundle.cache');
// The separate worker bundle of earlier builds (workers run the main bundle now).
const OLD_WORKER = path.join(dist, 'run', 'extract-file.bundle.js');

function fail(message) {
  process.stderr.write(`build-bundle: ${message}\n`);
  process.exit(1);
}

if (!fs.existsSync(path.join(dist, 'cli', 'bundle-entry.js'))) fail('dist/cli/bundle-entry.js is missing: run tsc first');
// A cache is checked by V8 against the source's length only: never leave one beside a new bundle.
fs.rmSync(CACHE, { force: true });
fs.rmSync(OLD_WORKER, { force: true });

/**
 * wink-nlp goes into the bundles (it is ≈ 25 CommonJS files: resolving, reading and compiling them
 * cost ≈ 45 ms CPU per start, ≈ 3 ms from the code cache). dist/text/wink-load.js loads it with
 * Node's \`require\` and wraps its lexeme-cache factory through \`require.cache\`; here that module
 * gets a body that requires the bundled wink-nlp, whose \`require('./cache.js')\` goes through the
 * wrapper given to \`loadWinkNLP\` (module \`claims:wink-hook\`). The build fails when wink-nlp.js
 * no longer has the line it rewrites.
 */
const WINK_CACHE_LINE = "var Cache = require( './cache.js' );";
const winkPlugin = {
  name: 'claims-wink',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]text[\\/]wink-load\.js$/ }, () => ({
      contents: "const hook = require('claims:wink-hook');\nexport function loadWinkNLP(wrap) {\n  hook.set(wrap);\n  return require('wink-nlp');\n}\n",
      loader: 'js',
      resolveDir: path.join(dist, 'text'),
    }));
    build.onResolve({ filter: /^claims:wink-hook$/ }, () => ({ path: 'wink-hook', namespace: 'claims' }));
    build.onLoad({ filter: /.*/, namespace: 'claims' }, () => ({
      contents:
        'let wrapper = null;\n' +
        'module.exports = {\n' +
        '  set(f) { wrapper ??= f; },\n' +
        "  wrap(factory) { if (!wrapper) throw new Error('wink-nlp loaded before loadWinkNLP'); return wrapper(factory); },\n" +
        '};\n',
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]wink-nlp[\\/]src[\\/]wink-nlp\.js$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes(WINK_CACHE_LINE)) fail(`${args.path} has no line ${WINK_CACHE_LINE} (a new wink-nlp?): see winkPlugin`);
      return {
        contents: text.replace(WINK_CACHE_LINE, "var Cache = require( 'claims:wink-hook' ).wrap( require( './cache.js' ) );"),
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

/**
 * commander requires `node:child_process` at load, for running a sub-command as a program of its
 * own (`claims` has none): with it Node loads net, dgram and the socket list in every start. In
 * the bundle, command.js requires it on the first `spawn`. The build fails when the line is gone.
 */
const COMMANDER_CHILD_LINE = "const childProcess = require('node:child_process');";
const commanderPlugin = {
  name: 'claims-commander',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes(COMMANDER_CHILD_LINE)) fail(`${args.path} has no line ${COMMANDER_CHILD_LINE} (a new commander?): see commanderPlugin`);
      return {
        contents: text.replace(COMMANDER_CHILD_LINE, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"),
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [winkPlugin, commanderPlugin],
};

/** Always a fresh file (a new mtime), written under a temporary name and renamed. */
function writeOut(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * The bundle with every non-ASCII character written as a \u escape. esbuild escapes them in
 * strings and templates but leaves them in regular-expression literals (the German letters and
 * quote marks of the rules); one such character made V8 hold the whole 1.2 MB source as a
 * two-byte string, decoded from UTF-8 at every start. All ASCII, bin/claims.js reads it as
 * latin1 (a one-byte string, no decoding). `\uXXXX` means the same character in a regular
 * expression with or without the u flag, in an identifier and in a string; an astral character
 * becomes its surrogate pair (one code point with the u flag, two code units without, as
 * before). A character escaped by a backslash (`/[\-\–]/` in wink-nlp: an identity escape, the
 * character itself, which the u flag does not allow) loses that backslash: `\–` and `\u2013`
 * are the same character.
 */
function asciiOnly(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/[^\x00-\x7f]/gu)) {
    let at = m.index;
    let slashes = 0;
    while (text[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) at -= 1; // drop the escaping backslash
    out += text.slice(last, at);
    for (let i = 0; i < m[0].length; i++) out += `\\u${m[0].charCodeAt(i).toString(16).padStart(4, '0')}`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

try {
  const main = await esbuild.build({
    ...common,
    entryPoints: [path.join(dist, 'cli', 'bundle-entry.js')],
    outfile: MAIN,
    format: 'cjs',
    external: ['piscina'],
    // `import()` of an external package becomes `require` (a vm.Script has no ESM loader); of a
    // bundled module, its initialisation on first use (nothing runs before bundle-entry asks).
    supported: { 'dynamic-import': false },
    // The sources find package files relative to their module URL (dist/<dir>/x.js); the bundle
    // sits at the same depth, so its own URL does.
    define: { 'import.meta.url': '__claimsModuleUrl' },
    // The file is the function Node wraps a CommonJS module in (bin/claims.js calls it): V8
    // compiles the text as read, no wrapped copy; no comments or indentation to read.
    banner: { js: `(function (exports, require, module, __filename, __dirname) {"use strict";\nvar __claimsModuleUrl = require("node:url").pathToFileURL(__filename).href;` },
    footer: { js: '\n})' },
    minifyWhitespace: true,
  });
  writeOut(MAIN, asciiOnly(main.outputFiles[0].text));
} catch (e) {
  fail(e.message);
}

// Warm-up run that writes the code cache (bin/claims.js, CLAIMS_WRITE_CODE_CACHE=1).
const articles = path.join(root, 'fixtures', 'articles');
const sample =
  'Berlin (dpa) – Die Bundesregierung will bis 2030 rund 1,5 Milliarden Euro investieren, sagte Finanzminister Christian Lindner am Montag. ' +
  '„Das ist ein wichtiger Schritt“, erklärte er. Laut Statistischem Bundesamt stieg die Zahl um 12 Prozent auf 83,2 Millionen.\n';
const warm = spawnSync(process.execPath, [path.join(root, 'bin', 'claims.js'), 'extract', fs.existsSync(articles) ? articles : '-', '--format', 'json', '--jobs', '1'], {
  cwd: root,
  input: sample,
  env: { ...process.env, CLAIMS_WRITE_CODE_CACHE: '1' },
  stdio: ['pipe', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (warm.status !== 0 || !fs.existsSync(CACHE)) fail(`warm-up run failed (exit ${warm.status}): ${warm.stderr}`);
