/**
 * First names compiled at build time from @faker-js/faker (German-speaking locales plus the
 * locales German news often quotes, Latin script only) into `build/lexicon/first-names.tsv` by
 * scripts/build-lexicon.mjs: lines `name \t gender` (m, f or u), sorted by the UTF-8 bytes of the
 * name. Loaded lazily on the first lookup as one buffer with a line-start array (one file read and
 * one scan for line ends, no object per name); a lookup is a binary search over the bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';

/** Gender faker gives a first name: male, female, or both / unspecified. */
export type FirstNameGender = 'm' | 'f' | 'u';

const NL = 0x0a;
const TAB = 0x09;

export class FirstNameTable {
  private readonly buf: Buffer;
  private readonly starts: Uint32Array;
  readonly size: number;

  /** `buf`: UTF-8 lines `name \t gender`, sorted by the UTF-8 bytes of the name. */
  constructor(buf: Buffer) {
    this.buf = buf;
    let n = 0;
    for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) n++;
    if (buf.length > 0 && buf[buf.length - 1] !== NL) n++;
    const starts = new Uint32Array(n);
    let pos = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = pos;
      pos = buf.indexOf(NL, pos) + 1;
    }
    this.starts = starts;
    this.size = n;
  }

  /** A table from `name\tgender` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): FirstNameTable {
    const bufs = lines.filter((l) => l !== '').map((l) => Buffer.from(l + '\n', 'utf8'));
    const key = (b: Buffer): Buffer => b.subarray(0, b.indexOf(TAB));
    bufs.sort((a, b) => Buffer.compare(key(a), key(b)));
    return new FirstNameTable(Buffer.concat(bufs));
  }

  /** Loads `build/lexicon/first-names.tsv`. */
  static load(): FirstNameTable {
    const path = join(BUILD_DIR, 'first-names.tsv');
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    return new FirstNameTable(readFileSync(path));
  }

  /** The gender of a listed first name (exact spelling: „Nils“, not „nils“), else null. */
  get(name: string): FirstNameGender | null {
    if (!name || name.length > 60) return null;
    const key = Buffer.from(name, 'utf8');
    const { buf, starts } = this;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      const tab = buf.indexOf(TAB, s);
      const c = buf.compare(key, 0, key.length, s, tab);
      if (c === 0) {
        const g = String.fromCharCode(buf[tab + 1]);
        return g === 'm' || g === 'f' ? g : 'u';
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Every name in table order (for tests and checks). */
  names(): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.size; k++) {
      const s = this.starts[k];
      out.push(this.buf.toString('utf8', s, this.buf.indexOf(TAB, s)));
    }
    return out;
  }
}

let table: FirstNameTable | undefined;

/** The compiled first-name table, loaded on first use and shared. */
export function firstNameTable(): FirstNameTable {
  return (table ??= FirstNameTable.load());
}
