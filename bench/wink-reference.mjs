// The reference: wink-nlp's readDoc with its default pipeline (and, for context, tokenizer only)
// over the same files. usage: node bench/wink-reference.mjs <dir> <default|tokenizer>
// Prints JSON: {ms, cpuMs, bytes, tokens, files} (times of the measured loop, model set-up included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const [dir, mode = 'default'] = process.argv.slice(2);

function walk(d) {
  return readdirSync(d).sort().flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : f.endsWith('.txt') ? [p] : [];
  });
}
const files = walk(dir);
const t0 = performance.now();
const c0 = process.cpuUsage();
const nlp = mode === 'tokenizer' ? winkNLP(model, []) : winkNLP(model);
let bytes = 0;
let tokens = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp.readDoc(text);
  tokens += doc.tokens().length();
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, bytes, tokens, files: files.length, rss: process.resourceUsage().maxRSS }));
