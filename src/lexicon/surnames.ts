/**
 * Surnames compiled at build time from @faker-js/faker (German-speaking locales plus the locales of
 * the first names, Latin script only) into `build/lexicon/surnames.tsv` by scripts/build-lexicon.mjs:
 * lines `name \t origin` (`d`: a German-speaking locale lists it, also when it is a common word
 * such as „Stahl“ or „Herzog“; `o`: other locales only, common German words left out), sorted by
 * the UTF-8 bytes of the name. Loaded lazily on the first lookup (one file read, no scan: see CodedLines).
 */
import { CodedLines } from './coded-lines.js';

/** Where a listed surname comes from: a German-speaking locale, or other locales only. */
export type SurnameOrigin = 'd' | 'o';

/** The table as the file's bytes (`name\to` lines, the origin one letter at the end; see CodedLines). */
export class SurnameTable extends CodedLines {
  /** A table from `name\torigin` lines in any order (sorted here): for tests. */
  static fromLines(lines: string[]): SurnameTable {
    return new SurnameTable(CodedLines.sortLines(lines));
  }

  /** Loads `build/lexicon/surnames.tsv`. */
  static load(): SurnameTable {
    return new SurnameTable(CodedLines.read('surnames.tsv'));
  }

  /** The origin of a listed surname (exact spelling: „Stahl“, not „stahl“), else null. */
  get(name: string): SurnameOrigin | null {
    const c = this.codeOf(name);
    if (c < 0) return null;
    return c === 0x64 ? 'd' : 'o';
  }
}

let table: SurnameTable | undefined;

/** The compiled surname table, loaded on first use and shared. */
export function surnameTable(): SurnameTable {
  return (table ??= SurnameTable.load());
}
