#!/usr/bin/env node
/**
 * Writes a JSONL stream of about MiB mebibytes to stdout: the fixture articles with varied
 * numbers (seeded), one record per line, each with a distinct url. With --vocab, each record
 * also gets two sentences of invented words (`inventedSentence` of bench/corpus.mjs: places,
 * names and nouns never seen before), so the vocabulary keeps growing with the stream.
 * Respects back-pressure, so memory stays flat on both sides of the pipe.
 * usage: node bench/stream-gen.mjs <MiB> [--vocab]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inventedSentence, mulberry32 } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const limit = Number(process.argv[2] ?? 100) * 1024 * 1024;
const vocab = process.argv.includes('--vocab');
const fixtures = join(root, 'fixtures', 'articles');
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));
const rnd = mulberry32(7);
let bytes = 0;
let i = 0;
const next = () => {
  let text = seeds[i % seeds.length].replace(/\b\d+\b/g, (m) => String(Math.max(1, Math.round(Number(m) * (0.5 + rnd())))));
  if (vocab) {
    const paras = text.split('\n');
    paras.splice(1 + Math.floor(rnd() * Math.max(1, paras.length - 1)), 0, inventedSentence(rnd));
    paras.push(inventedSentence(rnd));
    text = paras.join('\n');
  }
  return JSON.stringify({ url: `https://stream.example/${i++}`, text }) + '\n';
};
process.stdout.on('error', () => process.exit(0));
(function write() {
  while (bytes < limit) {
    const line = next();
    bytes += Buffer.byteLength(line);
    if (!process.stdout.write(line)) return void process.stdout.once('drain', write);
  }
})();
