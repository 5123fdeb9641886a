/**
 * The id table of a streamed extraction (issue 15: flat memory): counts as a Map of the id strings
 * would, across the table's growth, and uniqueRecordId over it as over a Set.
 */
import { describe, expect, it } from 'vitest';
import { IdCounts } from '../../src/io/id-counts.js';
import { uniqueRecordId } from '../../src/io/load.js';

describe('IdCounts', () => {
  it('counts each id as a Map of the strings does, through many doublings of the table', () => {
    const ids = new IdCounts();
    const want = new Map<string, number>();
    let x = 1;
    for (let i = 0; i < 60_000; i++) {
      x = (x * 48271) % 2147483647;
      // a third of the ids repeat earlier ones; similar strings, long and short, non-ASCII
      const id = x % 3 === 0 ? `stdin#${x % 997}` : `https://stream.example/${i}/äö-${x}`;
      const n = (want.get(id) ?? 0) + 1;
      want.set(id, n);
      expect(ids.add(id)).toBe(n);
    }
    expect(ids.size).toBe(want.size);
    for (const [id, n] of want) expect(ids.get(id)).toBe(n);
    expect(ids.get('never seen')).toBe(0);
    expect(ids.has('stdin#5')).toBe(want.has('stdin#5'));
    expect(ids.has('')).toBe(false);
  });

  it('makes record ids unique as a Set does (`#<line>`, then -2, -3)', () => {
    const given = ['a', 'a#3', 'a', 'b', 'a', 'a#3', ''];
    const withSet = new Set<string>();
    const withCounts = new IdCounts();
    const a = given.map((id, i) => uniqueRecordId(withSet, id, i + 1));
    const b = given.map((id, i) => uniqueRecordId(withCounts, id, i + 1));
    expect(b).toEqual(a);
    expect(b).toEqual(['a', 'a#3', 'a#3-2', 'b', 'a#5', 'a#3#6', '']);
  });
});
