#!/usr/bin/env node
/**
 * CPU per KB of one big article (default 2 MB) against the same text as news-sized articles:
 * the big article is the fixture articles (numbers varied, seeded) joined one after the other;
 * the small figure is the CPU of extracting each of those pieces on its own, per KB. One process,
 * both warmed up first; the median of the repetitions. Prints JSON.
 * usage: node bench/article-size.mjs [MB=2]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { extractText } = await import(join(root, 'dist', 'pipeline.js'));
const MB = Number(process.argv[2] ?? 2);
const fixtures = join(root, 'fixtures', 'articles');
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));
const rnd = mulberry32(42);
const pieces = [];
let chars = 0;
for (let i = 0; chars < MB * 1e6; i++) {
  const t = seeds[i % seeds.length].replace(/\b\d+\b/g, (m) => (Number(m) >= 1900 && Number(m) <= 2100 ? m : String(Math.max(1, Math.round(Number(m) * (0.5 + rnd()))))));
  pieces.push(t.endsWith('\n') ? t : t + '\n');
  chars += t.length + 1;
}
const big = pieces.join('\n');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const smallPass = () => {
  const t0 = cpu();
  pieces.forEach((p, i) => extractText(p, { id: `p${i}`, path: `p${i}.txt` }));
  return cpu() - t0;
};
const bigPass = () => {
  const t0 = cpu();
  extractText(big, { id: 'big', path: 'big.txt' });
  return cpu() - t0;
};
smallPass(); // warm-up (JIT, memos)
bigPass();
const smallReps = 3;
const small = median(Array.from({ length: smallReps }, smallPass));
const bigMs = median(Array.from({ length: 3 }, bigPass));
const kb = big.length / 1000;
const smallKb = pieces.reduce((s, p) => s + p.length, 0) / 1000;
process.stdout.write(
  JSON.stringify({
    bigChars: big.length,
    smallChars: Math.round((smallKb * 1000) / pieces.length),
    pieces: pieces.length,
    smallReps,
    bigMs,
    smallMs: small,
    bigMsPerKB: bigMs / kb,
    smallMsPerKB: small / smallKb,
  }) + '\n',
);
