import { describe, expect, it } from 'vitest';
import { findKeyTab } from '../../src/lexicon/sorted-lines.js';

/** A table of `key\tvalue` lines sorted by bytes, as the build writes them, with its line starts. */
function table(keys: string[]): { buf: Buffer; starts: Uint32Array } {
  const lines = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((k) => `${k}\t${k.length}\n`);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += Buffer.byteLength(l);
  }
  return { buf: Buffer.from(lines.join('')), starts: Uint32Array.from(starts) };
}

describe('findKeyTab (sorted tab-separated lines in a buffer)', () => {
  const keys = ['Aachen', 'Aach', 'Zürich', 'Zug', 'Österreich', 'Ötz', 'Bad Aibling', 'a', 'ab'];
  const { buf, starts } = table(keys);
  const find = (k: string): string | null => {
    const key = Buffer.from(k);
    const tab = findKeyTab(buf, starts, starts.length, key, key.length);
    return tab < 0 ? null : buf.toString('utf8', tab + 1, buf.indexOf(0x0a, tab));
  };
  it('finds every key, also one that is a prefix of another and multi-byte ones', () => {
    for (const k of keys) expect(find(k), k).toBe(String(k.length));
  });
  it('finds no key that is absent, a prefix or an extension of a listed one', () => {
    for (const k of ['', 'Aac', 'Aachener', 'Zü', 'Ö', 'Bad', 'b', 'Zzz']) expect(find(k), k).toBeNull();
  });
  it('searches only the first `size` lines', () => {
    const key = Buffer.from('Zug');
    expect(findKeyTab(buf, starts, 2, key, key.length)).toBe(-1);
  });
});
