/**
 * First names compiled at build time from @faker-js/faker (German-speaking locales plus the
 * locales German news often quotes, Latin script only) into `build/lexicon/first-names.tsv` by
 * scripts/build-lexicon.mjs: lines `name \t gender` (m, f or u), sorted by the UTF-8 bytes of the
 * name. Loaded lazily on the first lookup (one file read, one split); a lookup is a binary search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';

/** Gender faker gives a first name: male, female, or both / unspecified. */
export type FirstNameGender = 'm' | 'f' | 'u';

/**
 * The table as its lines (`name\tg`, the gender one letter at the end). Sorted by UTF-8 bytes,
 * which for these names (Latin letters, no astral characters) is JavaScript's string order, so a
 * lookup is a binary search with `<`. Measured: ≈ 1 ms to load (one read, one split), ≈ 1 µs a
 * lookup — cheaper than a byte-buffer search, which must encode every key.
 */
export class FirstNameTable {
  private readonly lines: readonly string[];

  /** `lines`: `name \t gender`, sorted (see above), no empty lines. */
  private constructor(lines: string[]) {
    this.lines = lines;
  }

  get size(): number {
    return this.lines.length;
  }

  /** A table from the file text (`name\tgender` lines, sorted by the build). */
  static fromText(text: string): FirstNameTable {
    return new FirstNameTable(text.split('\n').filter((l) => l.length > 2));
  }

  /** A table from `name\tgender` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): FirstNameTable {
    const key = (l: string): string => l.slice(0, l.length - 2);
    const sorted = lines.filter((l) => l.length > 2).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return new FirstNameTable(sorted);
  }

  /** Loads `build/lexicon/first-names.tsv`. */
  static load(): FirstNameTable {
    const path = join(BUILD_DIR, 'first-names.tsv');
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    return FirstNameTable.fromText(readFileSync(path, 'utf8'));
  }

  /** The gender of a listed first name (exact spelling: „Nils“, not „nils“), else null. */
  get(name: string): FirstNameGender | null {
    if (!name) return null;
    const { lines } = this;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = lines[mid];
      const key = line.slice(0, line.length - 2);
      if (key === name) {
        const g = line.charAt(line.length - 1);
        return g === 'm' || g === 'f' ? g : 'u';
      }
      if (key < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Every name in table order (for tests and checks). */
  names(): string[] {
    return this.lines.map((l) => l.slice(0, l.length - 2));
  }
}

let table: FirstNameTable | undefined;

/** The compiled first-name table, loaded on first use and shared. */
export function firstNameTable(): FirstNameTable {
  return (table ??= FirstNameTable.load());
}
