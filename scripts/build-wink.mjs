#!/usr/bin/env node
/**
 * Compiles wink-nlp's tokenizer model into `build/wink/` (run by `npm run build`).
 *
 * The text layer uses wink-eng-lite-web-model for tokenization only (src/text/wink-model.ts).
 * Its core model ships as one 3 MB JSON whose two large parts are a base64 string (the packed
 * lexicon, 350,000 uint32) and a list of 87,000 words; read as JSON on every start they cost a
 * parse, a base64 decode and a word → index table built word by word. Here they are written in
 * the form the run time needs:
 *
 *   core.json      the model without the parts below (small JSON)
 *   lexicon.u32    the packed lexicon, little-endian uint32
 *   xpansions.u32  the contraction expansions, little-endian uint32
 *   lexemes.txt    the word list in model order, UTF-8, NUL-separated (some words are line breaks)
 *   starts.u32     the byte offset in lexemes.txt where each word starts, and one past the end
 *                  (its length + 1): the run time reads the words in place, without a scan
 *   order.u32      word indexes sorted by word (UTF-16 code units, as JS `<` compares): the
 *                  run time binary-searches it instead of building a hash of 87,000 words
 *   meta.json      package and version the files were built from
 *
 * Deterministic: same model in, same bytes out. Fails loudly (exit 1) if the model looks wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from './lib/write-atomic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'wink');
const require = createRequire(path.join(root, 'package.json'));
const PKG = 'wink-eng-lite-web-model';

function fail(message) {
  process.stderr.write(`build-wink: ${message}\n`);
  process.exit(1);
}

function u32le(values) {
  const buf = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i += 1) buf.writeUInt32LE(values[i], i * 4);
  return buf;
}

let model;
let version;
try {
  model = JSON.parse(fs.readFileSync(require.resolve(`${PKG}/dist/languages/cur/models/eng-core-web-model.json`), 'utf8'));
  version = JSON.parse(fs.readFileSync(require.resolve(`${PKG}/package.json`), 'utf8')).version;
} catch (e) {
  fail(`${PKG} is missing or broken: ${e.message}`);
}
const words = model?.features?.lexeme?.list;
if (!Array.isArray(words) || words.length < 50000 || typeof model.lexicon !== 'string' || typeof model.xpansions !== 'string') {
  fail(`${PKG} ${version}: unexpected core model layout`);
}
for (const w of words) if (typeof w !== 'string' || w.includes('\0')) fail(`${PKG}: lexeme ${JSON.stringify(w)} contains NUL, the separator of lexemes.txt`);
// The run time compares UTF-8 bytes of lexemes.txt with UTF-16 strings: every word must survive UTF-8.
for (const w of words) if (Buffer.from(w, 'utf8').toString('utf8') !== w) fail(`${PKG}: lexeme ${JSON.stringify(w)} is no valid UTF-16 (lone surrogate)`);

const lexicon = Buffer.from(model.lexicon, 'base64');
const xpansions = Buffer.from(model.xpansions, 'base64');
if (lexicon.length % 4 || xpansions.length % 4) fail(`${PKG}: packed arrays are not uint32`);
const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : a - b));
for (let i = 1; i < order.length; i += 1) if (words[order[i]] === words[order[i - 1]]) fail(`${PKG}: duplicate lexeme ${JSON.stringify(words[order[i]])}`);

const core = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { ...model.features.lexeme, list: null } } };
fs.mkdirSync(outDir, { recursive: true });
writeAtomic(path.join(outDir, 'core.json'), JSON.stringify(core));
writeAtomic(path.join(outDir, 'lexicon.u32'), lexicon);
writeAtomic(path.join(outDir, 'xpansions.u32'), xpansions);
const starts = [];
let at = 0;
for (const w of words) {
  starts.push(at);
  at += Buffer.byteLength(w, 'utf8') + 1;
}
starts.push(at);
writeAtomic(path.join(outDir, 'lexemes.txt'), words.join('\0'));
writeAtomic(path.join(outDir, 'starts.u32'), u32le(starts));
writeAtomic(path.join(outDir, 'order.u32'), u32le(order));
writeAtomic(path.join(outDir, 'meta.json'), JSON.stringify({ format: 2, source: `${PKG} ${version}`, lexemes: words.length }, null, 2) + '\n');
