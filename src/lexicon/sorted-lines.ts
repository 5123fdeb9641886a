/**
 * Look-up in a table of lines sorted by their bytes, each line `key<TAB>rest`, kept in its file
 * buffer with the line starts beside it (the compiled lexicon tables, towns, first names): a binary
 * search that compares the line's key with the search key byte by byte in JavaScript, so no line is
 * cut out as a string. One implementation for all three tables.
 */

export const TAB_BYTE = 0x09;

/**
 * The offset of the tab that ends the key in its line, or -1 when no line has that key.
 * `key[0..len)` is the UTF-8 search key; `size` lines of `starts` are searched.
 */
export function findKeyTab(buf: Uint8Array, starts: Uint32Array, size: number, key: Uint8Array, len: number): number {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = starts[mid];
    // Byte-wise in JavaScript: a `buf.indexOf` + `buf.compare` pair per step crossed into C++ twice
    // and was the top self-time entry of a one-article run (≈ 15 % of it).
    let i = 0;
    let c: number;
    for (;;) {
      const b = buf[s + i];
      if (i === len) {
        c = b === TAB_BYTE ? 0 : 1; // the key ended: the same key, or a longer one (sorts after)
        break;
      }
      if (b === TAB_BYTE) {
        c = -1; // the line's key is a prefix of the search key: sorts before
        break;
      }
      const k = key[i];
      if (b !== k) {
        c = b < k ? -1 : 1;
        break;
      }
      i++;
    }
    if (c === 0) return s + i;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The order of the line key at `s` (ended by the byte `end`) against `key[0..len)`: < 0 before,
 * 0 the same, > 0 after — as `findKeyTab` compares (UTF-8 bytes; a key sorts before its extensions).
 */
export function compareKeyAt(buf: Uint8Array, s: number, end: number, key: Uint8Array, len: number): number {
  for (let i = 0; ; i++) {
    const b = buf[s + i];
    if (i === len) return b === end ? 0 : 1;
    if (b === end) return -1;
    const k = key[i];
    if (b !== k) return b < k ? -1 : 1;
  }
}

const NL_BYTE = 0x0a;

/**
 * `findKeyTab` without line starts: a binary search over the byte offsets of `buf` (lines ended by
 * `\n`, sorted by the bytes of their keys, each key ended by the byte `end`), each probe finding
 * its line's start with `lastIndexOf`. Loading such a table is then one file read and no scan
 * (the towns table: 18,665 line starts at every start-up before, issue 13). The offset of the
 * byte that ends the key in its line, or -1 when no line has that key.
 */
export function findKeyInLines(buf: Buffer, end: number, key: Uint8Array, len: number): number {
  let lo = 0; // a line start
  let hi = buf.length; // a line start, or the end
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // the start of the line holding `mid`: not before `lo`, which is a line start
    const s = mid === 0 ? 0 : buf.lastIndexOf(NL_BYTE, mid - 1) + 1;
    const c = compareKeyAt(buf, s, end, key, len);
    if (c === 0) return s + len;
    if (c < 0) {
      const nl = buf.indexOf(NL_BYTE, s);
      lo = nl < 0 ? buf.length : nl + 1;
    } else hi = s;
  }
  return -1;
}
