/**
 * Fuzz (issue 16): every generated input is extracted without an exception, and extracting it
 * again later in the same process — after all the others, in reverse order — gives the same
 * bytes (no state carried from one document to the next: tokenizer, memos).
 *
 * `npm run test:slow` runs a fixed-seed share (FUZZ_COUNT per seed, default 1,000, one seed); the full
 * run is `FUZZ_FULL=1 npx vitest run --config vitest.slow.config.ts tests/fuzz` — 30,000 inputs over
 * 3 seeds — named in .ci/run.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline.js';
import { ResourceLimitError } from '../../src/limits.js';
import { fuzzInputs } from './generate.js';

const FULL = process.env.FUZZ_FULL === '1';
const SEEDS = FULL ? [1601, 1602, 1603] : [1601];
const COUNT = FULL ? 10_000 : Number(process.env.FUZZ_COUNT ?? 1000);

function run(text: string, i: number): string {
  try {
    return JSON.stringify(extractText(text, { id: `f${i}`, path: `f${i}.txt` }));
  } catch (e) {
    if (e instanceof ResourceLimitError) return `limit: ${e.message}`;
    throw new Error(`input ${i} (${JSON.stringify(text).slice(0, 200)}): ${(e as Error)?.stack ?? String(e)}`);
  }
}

describe.each(SEEDS)('fuzz seed %i', (seed) => {
  it(`${COUNT} inputs: no exception, the same bytes when re-run after the others`, () => {
    const inputs = fuzzInputs(seed, COUNT);
    const first = inputs.map(run);
    const exceptions = 0; // `run` throws on any exception other than a resource limit
    const differing: number[] = [];
    for (let i = inputs.length - 1; i >= 0; i--) if (run(inputs[i], i) !== first[i]) differing.push(i);
    expect(exceptions).toBe(0);
    expect(differing.map((i) => JSON.stringify(inputs[i]).slice(0, 120))).toEqual([]);
  }, FULL ? 3_600_000 : 300_000);
});
