import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../src/text/phrase-trie.js';

const words = (s: string) => {
  const ws = s.split(' ');
  return (k: number) => (k < ws.length ? ws[k] : null);
};

describe('PhraseTrie', () => {
  const t = new PhraseTrie<string>();
  t.addName('New York Times', 'nyt');
  t.addName('New York', 'ny');
  t.addName('Reuters', 'r');
  it('finds the longest listed name at the start', () => {
    expect(t.longest(words('New York Times berichtet'))).toEqual({ len: 3, value: 'nyt' });
    expect(t.longest(words('New York ist groß'))).toEqual({ len: 2, value: 'ny' });
    expect(t.longest(words('Reuters meldet'))).toEqual({ len: 1, value: 'r' });
  });
  it('finds nothing for a prefix that is no name, or where a word may not continue', () => {
    expect(t.longest(words('New Delhi'))).toBeNull();
    expect(t.longest((k) => (k === 0 ? 'New' : null))).toBeNull();
    expect(t.maxWords).toBe(3);
  });
  it('keeps the first value of a name added twice', () => {
    const u = new PhraseTrie<number>();
    u.addName('A B', 1);
    u.addName('A B', 2);
    expect(u.longest(words('A B'))).toEqual({ len: 2, value: 1 });
  });
});
