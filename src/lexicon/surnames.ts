/**
 * Surnames compiled at build time from @faker-js/faker (German-speaking locales plus the locales of
 * the first names, Latin script only) into `build/lexicon/surnames.tsv` by scripts/build-lexicon.mjs:
 * lines `name \t origin` (`d`: a German-speaking locale lists it, also when it is a common word
 * such as „Stahl“ or „Herzog“; `o`: other locales only, common German words left out), sorted by
 * the UTF-8 bytes of the name. Loaded lazily on the first lookup; a lookup is a binary search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';
import { findKeyTab } from './sorted-lines.js';

/** Where a listed surname comes from: a German-speaking locale, or other locales only. */
export type SurnameOrigin = 'd' | 'o';

const NL_BYTE = 0x0a;

/** The table as the file's bytes with line offsets (see FirstNameTable). */
export class SurnameTable {
  private readonly starts: Uint32Array;

  private constructor(private readonly buf: Buffer) {
    const starts: number[] = [];
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NL_BYTE, pos);
      if (end < 0) end = buf.length;
      if (end - pos > 2) starts.push(pos);
      pos = end + 1;
    }
    this.starts = Uint32Array.from(starts);
  }

  get size(): number {
    return this.starts.length;
  }

  /** A table from `name\torigin` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): SurnameTable {
    const bufs = lines.filter((l) => l.length > 2).map((l) => Buffer.from(l, 'utf8'));
    const key = (b: Buffer): Buffer => b.subarray(0, b.length - 2);
    bufs.sort((a, b) => Buffer.compare(key(a), key(b)));
    return new SurnameTable(Buffer.from(bufs.map((b) => b.toString('utf8')).join('\n'), 'utf8'));
  }

  /** Loads `build/lexicon/surnames.tsv`. */
  static load(): SurnameTable {
    const path = join(BUILD_DIR, 'surnames.tsv');
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    return new SurnameTable(readFileSync(path));
  }

  /** The origin of a listed surname (exact spelling: „Stahl“, not „stahl“), else null. */
  get(name: string): SurnameOrigin | null {
    if (!name) return null;
    const key = Buffer.from(name, 'utf8');
    const tab = findKeyTab(this.buf, this.starts, this.starts.length, key, key.length);
    if (tab < 0) return null;
    return this.buf[tab + 1] === 0x64 ? 'd' : 'o';
  }
}

let table: SurnameTable | undefined;

/** The compiled surname table, loaded on first use and shared. */
export function surnameTable(): SurnameTable {
  return (table ??= SurnameTable.load());
}
