/**
 * The records of the bench JSONL stream (bench/stream-gen.mjs, bench/heap-growth.mjs): the
 * fixture articles with varied numbers (seeded), one JSON line each with a distinct url. With
 * `vocab`, each record also gets two sentences of invented words (`inventedSentence` of
 * bench/corpus.mjs: places, names and nouns never seen before), so the vocabulary keeps growing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inventedSentence, mulberry32 } from '../corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** An endless generator of JSON lines (each ending in `\n`). */
export function* streamRecords({ vocab = false, seed = 7 } = {}) {
  const fixtures = join(root, 'fixtures', 'articles');
  const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));
  const rnd = mulberry32(seed);
  for (let i = 0; ; i++) {
    let text = seeds[i % seeds.length].replace(/\b\d+\b/g, (m) => String(Math.max(1, Math.round(Number(m) * (0.5 + rnd())))));
    if (vocab) {
      const paras = text.split('\n');
      paras.splice(1 + Math.floor(rnd() * Math.max(1, paras.length - 1)), 0, inventedSentence(rnd));
      paras.push(inventedSentence(rnd));
      text = paras.join('\n');
    }
    yield JSON.stringify({ url: `https://stream.example/${i}`, text }) + '\n';
  }
}
