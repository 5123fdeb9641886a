/**
 * First names compiled at build time from @faker-js/faker (German-speaking locales plus the
 * locales German news often quotes, Latin script only) into `build/lexicon/first-names.tsv` by
 * scripts/build-lexicon.mjs: lines `name \t gender` (m, f or u), sorted by the UTF-8 bytes of the
 * name. Loaded lazily on the first lookup (one file read, no scan: a lookup is a binary search over
 * byte offsets, `findKeyInLines`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';
import { findKeyInLines, TAB_BYTE } from './sorted-lines.js';

/** Gender faker gives a first name: male, female, or both / unspecified. */
export type FirstNameGender = 'm' | 'f' | 'u';

const NL_BYTE = 0x0a;

/**
 * The table as the file's bytes (`name\tg` lines, the gender one letter at the end), outside the
 * JavaScript heap. Sorted by UTF-8 bytes, so a lookup is a binary search
 * comparing the name's UTF-8 bytes. Before, the text was split into ≈ 12,000 line strings (and the
 * text itself was a two-byte string: names in Turkish, Polish, Czech … letters), all of which
 * every process copied through two scavenges into its old generation (start-up, issue 13).
 */
export class FirstNameTable {
  /** Line starts, for `size` and `names` only (tests and checks): a look-up needs none. */
  private lineStarts: Uint32Array | undefined;

  /** `buf`: `name \t gender` lines sorted by the UTF-8 bytes of the name; lines shorter than 3 bytes are skipped. */
  private constructor(private readonly buf: Buffer) {}

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

  /** A table from the file text (`name\tgender` lines, sorted by the build). */
  static fromText(text: string): FirstNameTable {
    return new FirstNameTable(Buffer.from(text, 'utf8'));
  }

  /** A table from `name\tgender` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): FirstNameTable {
    const bufs = lines.filter((l) => l.length > 2).map((l) => Buffer.from(l, 'utf8'));
    const key = (b: Buffer): Buffer => b.subarray(0, b.length - 2);
    bufs.sort((a, b) => Buffer.compare(key(a), key(b)));
    return new FirstNameTable(Buffer.from(bufs.map((b) => b.toString('utf8')).join('\n'), 'utf8'));
  }

  /** Loads `build/lexicon/first-names.tsv`. */
  static load(): FirstNameTable {
    const path = join(BUILD_DIR, 'first-names.tsv');
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    return new FirstNameTable(readFileSync(path));
  }

  /** The gender of a listed first name (exact spelling: „Nils“, not „nils“), else null. */
  get(name: string): FirstNameGender | null {
    if (!name) return null;
    const { buf } = this;
    const key = Buffer.from(name, 'utf8');
    const tab = findKeyInLines(buf, TAB_BYTE, key, key.length);
    if (tab < 0) return null;
    const g = buf[tab + 1];
    return g === 0x6d ? 'm' : g === 0x66 ? 'f' : 'u';
  }

  /** Every name in table order (for tests and checks). */
  names(): string[] {
    const { buf, starts } = this;
    return Array.from(starts, (s) => buf.toString('utf8', s, buf.indexOf(TAB_BYTE, s)));
  }
}

let table: FirstNameTable | undefined;

/** The compiled first-name table, loaded on first use and shared. */
export function firstNameTable(): FirstNameTable {
  return (table ??= FirstNameTable.load());
}
