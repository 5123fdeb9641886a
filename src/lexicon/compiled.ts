/**
 * Run-time reader for the tables compiled by `scripts/build-lexicon.mjs` into `build/lexicon/`.
 *
 * A table is UTF-8 text, one line per word form, sorted by the UTF-8 bytes of the form:
 * `form \t edit [\t edit …]`. An edit turns the form into a lemma: the first character
 * says how many characters to cut from the end of the form (index into EDIT_DIGITS), the rest
 * is appended; an edit starting with `=` spells the lemma out. The first edit is the preferred
 * lemma. Beside it, `<name>.idx` lists the byte offset of each line start (little-endian uint32),
 * so loading is two file reads — no decompression, no decoding, no scan; a lookup is a binary
 * search comparing bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKeyTab, TAB_BYTE } from './sorted-lines.js';

export const EDIT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NL = 0x0a;
const SCRATCH = Buffer.allocUnsafe(512);

/** The package root: this file is `src/lexicon/compiled.ts` or `dist/lexicon/compiled.js`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = join(PACKAGE_ROOT, 'build', 'lexicon');

export class LexiconNotBuiltError extends Error {
  constructor(file: string, problem = 'is missing') {
    super(`lexicon file ${file} ${problem}: run \`npm run build\` (it compiles build/lexicon/)`);
    this.name = 'LexiconNotBuiltError';
  }
}

function decodeEdit(form: string, edit: string): string {
  if (edit.startsWith('=')) return edit.slice(1);
  const cut = EDIT_DIGITS.indexOf(edit[0]);
  return form.slice(0, form.length - cut) + edit.slice(1);
}

export class FormTable {
  private readonly buf: Buffer;
  private readonly starts: Uint32Array;
  readonly size: number;

  /**
   * `buf`: UTF-8 lines sorted by the UTF-8 bytes of the form (as the build writes them);
   * `starts`: the offset of each line start, when known (else found by a scan).
   */
  constructor(buf: Buffer, lineStarts?: Uint32Array) {
    this.buf = buf;
    if (lineStarts) {
      this.starts = lineStarts;
      this.size = lineStarts.length;
      return;
    }
    let n = 0;
    for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) n++;
    const starts = new Uint32Array(n);
    let pos = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = pos;
      pos = buf.indexOf(NL, pos) + 1;
    }
    this.starts = starts;
    this.size = n;
  }

  /** A table from text lines (sorted here by UTF-8 bytes): for tests and small tables. */
  static fromLines(lines: string[]): FormTable {
    const bufs = lines.filter((l) => l !== '').map((l) => Buffer.from(l + '\n', 'utf8'));
    const key = (b: Buffer): Buffer => b.subarray(0, b.indexOf(TAB_BYTE));
    bufs.sort((a, b) => Buffer.compare(key(a), key(b)));
    return new FormTable(Buffer.concat(bufs));
  }

  /** Loads `<name>.tsv` with its line index `<name>.idx` from `build/lexicon/`. */
  static load(name: string): FormTable {
    const path = join(BUILD_DIR, `${name}.tsv`);
    const indexPath = join(BUILD_DIR, `${name}.idx`);
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    if (!existsSync(indexPath)) throw new LexiconNotBuiltError(indexPath);
    const buf = readFileSync(path);
    const idx = readFileSync(indexPath);
    const n = idx.length >>> 2;
    let starts: Uint32Array;
    if (endianness() === 'LE' && idx.byteOffset % 4 === 0) starts = new Uint32Array(idx.buffer, idx.byteOffset, n);
    else {
      starts = new Uint32Array(n);
      for (let i = 0; i < n; i++) starts[i] = idx.readUInt32LE(i * 4);
    }
    // A table and an index from different builds would give wrong lemmas: refuse them.
    const last = n === 0 ? 0 : starts[n - 1];
    if (idx.length % 4 !== 0 || (n > 0 && (starts[0] !== 0 || last >= buf.length || buf[buf.length - 1] !== NL || (last > 0 && buf[last - 1] !== NL)))) {
      throw new LexiconNotBuiltError(indexPath, `does not match ${name}.tsv`);
    }
    return new FormTable(buf, starts);
  }

  /** The edits part of the form's line ("2\t1r"), or null when the form is unknown. */
  private find(form: string): string | null {
    const { buf, starts } = this;
    // Encode into a reused scratch buffer (no allocation per lookup); long forms get their own.
    const len = Buffer.byteLength(form, 'utf8');
    const key = len <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(len);
    key.write(form, 0, 'utf8');
    const tab = findKeyTab(buf, starts, this.size, key, len);
    if (tab < 0) return null;
    return buf.toString('utf8', tab + 1, buf.indexOf(NL, tab));
  }

  has(form: string): boolean {
    return form.length > 0 && this.find(form) !== null;
  }

  /** Preferred lemma of the form, or null. */
  lemma(form: string): string | null {
    if (!form) return null;
    const edits = this.find(form);
    if (edits === null) return null;
    const tab = edits.indexOf('\t');
    return decodeEdit(form, tab === -1 ? edits : edits.slice(0, tab));
  }

  /** All lemmas of the form, preferred first; [] when unknown. */
  lemmas(form: string): string[] {
    if (!form) return [];
    const edits = this.find(form);
    if (edits === null) return [];
    return edits.split('\t').map((e) => decodeEdit(form, e));
  }
}
