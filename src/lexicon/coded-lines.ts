/**
 * A compiled name table of `name \t c` lines — one code letter after the tab — sorted by the UTF-8
 * bytes of the name, kept as the file's bytes outside the JavaScript heap (first-names.tsv: gender;
 * surnames.tsv: origin). A look-up is a binary search over byte offsets (`findKeyInLines`), so
 * loading is one file read and no scan; line starts are computed only for `size` and `names`
 * (tests and checks). Before, each table was split into ≈ 12,000 line strings that every process
 * copied through two scavenges into its old generation (start-up, issue 13).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';
import { findKeyInLines, TAB_BYTE } from './sorted-lines.js';

const NL_BYTE = 0x0a;

export class CodedLines {
  /** Line starts, for `size` and `names` only: a look-up needs none. */
  private lineStarts: Uint32Array | undefined;

  /** `buf`: `name \t c` lines sorted by the UTF-8 bytes of the name; lines shorter than 3 bytes are skipped. */
  constructor(private readonly buf: Buffer) {}

  /** The bytes of `build/lexicon/<file>` (LexiconNotBuiltError when the build has not run). */
  static read(file: string): Buffer {
    const path = join(BUILD_DIR, file);
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    return readFileSync(path);
  }

  /** `name\tc` lines in any order as table bytes (sorted here by the name's bytes): for tests. */
  static sortLines(lines: string[]): Buffer {
    const bufs = lines.filter((l) => l.length > 2).map((l) => Buffer.from(l, 'utf8'));
    const key = (b: Buffer): Buffer => b.subarray(0, b.length - 2);
    bufs.sort((a, b) => Buffer.compare(key(a), key(b)));
    return Buffer.from(bufs.map((b) => b.toString('utf8')).join('\n'), 'utf8');
  }

  /** The code byte of `name`'s line (exact spelling), or -1 when the table has no such name. */
  protected codeOf(name: string): number {
    if (!name) return -1;
    const key = Buffer.from(name, 'utf8');
    const tab = findKeyInLines(this.buf, TAB_BYTE, key, key.length);
    return tab < 0 ? -1 : this.buf[tab + 1];
  }

  private get starts(): Uint32Array {
    if (this.lineStarts) return this.lineStarts;
    const { buf } = this;
    const starts: number[] = [];
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NL_BYTE, pos);
      if (end < 0) end = buf.length;
      if (end - pos > 2) starts.push(pos);
      pos = end + 1;
    }
    return (this.lineStarts = Uint32Array.from(starts));
  }

  get size(): number {
    return this.starts.length;
  }

  /** Every name in table order (for tests and checks). */
  names(): string[] {
    const { buf, starts } = this;
    return Array.from(starts, (s) => buf.toString('utf8', s, buf.indexOf(TAB_BYTE, s)));
  }
}
