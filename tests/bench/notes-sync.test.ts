/**
 * BENCHMARKS.md is written by `npm run bench` as its generated tables followed by bench/NOTES.md.
 * Sections added to BENCHMARKS.md by hand and not to NOTES.md are lost at the next benchmark run
 * (it happened: ≈ 520 lines); this keeps the two in step.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const HEAD = '## Notes: where the time goes';

describe('BENCHMARKS.md and bench/NOTES.md', () => {
  it('BENCHMARKS.md ends with bench/NOTES.md, byte for byte', () => {
    const bench = readFileSync(`${root}BENCHMARKS.md`, 'utf8');
    const notes = readFileSync(`${root}bench/NOTES.md`, 'utf8');
    expect(notes.startsWith(HEAD)).toBe(true);
    const at = bench.indexOf(HEAD);
    expect(at).toBeGreaterThan(0);
    expect(bench.slice(at)).toBe(notes);
  });
});
