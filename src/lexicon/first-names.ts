/**
 * First names compiled at build time from @faker-js/faker (German-speaking locales plus the
 * locales German news often quotes, Latin script only) into `build/lexicon/first-names.tsv` by
 * scripts/build-lexicon.mjs: lines `name \t gender` (m, f or u), sorted by the UTF-8 bytes of the
 * name. Loaded lazily on the first lookup (one file read, no scan: a lookup is a binary search over
 * byte offsets, `findKeyInLines`).
 */
import { CodedLines } from './coded-lines.js';

/** Gender faker gives a first name: male, female, or both / unspecified. */
export type FirstNameGender = 'm' | 'f' | 'u';

/** The table as the file's bytes (`name\tg` lines, the gender one letter at the end; see CodedLines). */
export class FirstNameTable extends CodedLines {
  /** A table from the file text (`name\tgender` lines, sorted by the build). */
  static fromText(text: string): FirstNameTable {
    return new FirstNameTable(Buffer.from(text, 'utf8'));
  }

  /** A table from `name\tgender` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): FirstNameTable {
    return new FirstNameTable(CodedLines.sortLines(lines));
  }

  /** Loads `build/lexicon/first-names.tsv`. */
  static load(): FirstNameTable {
    return new FirstNameTable(CodedLines.read('first-names.tsv'));
  }

  /** The gender of a listed first name (exact spelling: „Nils“, not „nils“), else null. */
  get(name: string): FirstNameGender | null {
    const g = this.codeOf(name);
    if (g < 0) return null;
    return g === 0x6d ? 'm' : g === 0x66 ? 'f' : 'u';
  }
}

let table: FirstNameTable | undefined;

/** The compiled first-name table, loaded on first use and shared. */
export function firstNameTable(): FirstNameTable {
  return (table ??= FirstNameTable.load());
}
