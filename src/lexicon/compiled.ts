/**
 * Run-time reader for the tables compiled by `scripts/build-lexicon.mjs` into `build/lexicon/`.
 *
 * A table is UTF-8 text, one line per word form, sorted by the UTF-8 bytes of the form:
 * `form \t edit [\t edit …]`. An edit turns the form into a lemma: the first character
 * says how many characters to cut from the end of the form (index into EDIT_DIGITS), the rest
 * is appended; an edit starting with `=` spells the lemma out. The first edit is the preferred
 * lemma. Beside it, `<name>.blk` is a block index: the table in blocks of a fixed number of
 * lines, the byte offset of each block and the first form of each. Loading reads only that index
 * (≈ 3 % of the table); a look-up binary-searches the first forms, reads its block from the file
 * the first time one lands in it, and scans the block's lines comparing bytes. One article's
 * look-ups touch ≈ 15 % of a table (issue 13, start-up: the whole table and a line index were
 * read before, 7.8 MB of fresh pages in every process and worker).
 */
import { existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareKeyAt, findKeyTab, TAB_BYTE } from './sorted-lines.js';

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

/**
 * A table read a block at a time from its file (`<name>.tsv` with its index `<name>.blk`, see
 * scripts/build-lexicon.mjs): the blocks' first forms and offsets in memory, each block's lines read
 * the first time a look-up needs them and kept (a long run ends up holding the table, as before).
 */
class BlockedLines {
  private readonly blocks: Array<Buffer | undefined>;
  private readonly headStarts: Uint32Array;

  constructor(
    private readonly fd: number,
    /** Byte offset of each block in the table, then the table's length. */
    private readonly offsets: Uint32Array,
    /** The first form of each block, one a line. */
    private readonly heads: Buffer,
  ) {
    const n = offsets.length - 1;
    this.blocks = new Array(n);
    const starts = new Uint32Array(n);
    let pos = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = pos;
      pos = heads.indexOf(NL, pos) + 1;
    }
    this.headStarts = starts;
  }

  /** The edits part of the line with key `key[0..len)` ("2\t1r"), or null. */
  find(key: Uint8Array, len: number): string | null {
    const { heads, headStarts } = this;
    // the last block whose first form is not after the key
    let lo = 0;
    let hi = headStarts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKeyAt(heads, headStarts[mid], NL, key, len);
      if (c === 0) {
        k = mid;
        break;
      }
      if (c < 0) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return null;
    const block = (this.blocks[k] ??= this.read(k));
    // every line of a block ends with a line break (checked by `load` for the table's end)
    for (let s = 0; s < block.length; ) {
      const c = compareKeyAt(block, s, TAB_BYTE, key, len);
      if (c > 0) return null;
      const nl = block.indexOf(NL, s);
      if (c === 0) return block.toString('utf8', s + len + 1, nl);
      if (nl < 0 || nl + 1 >= block.length) return null;
      s = nl + 1;
    }
    return null;
  }

  private read(k: number): Buffer {
    const start = this.offsets[k];
    const buf = Buffer.allocUnsafe(this.offsets[k + 1] - start);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(this.fd, buf, got, buf.length - got, start + got);
      if (n === 0) throw new Error(`lexicon table ended early (block ${k}): run \`npm run build\``);
      got += n;
    }
    return buf;
  }
}

function uint32s(bytes: Buffer, from: number, n: number): Uint32Array {
  const at = bytes.byteOffset + from;
  if (endianness() === 'LE' && at % 4 === 0) return new Uint32Array(bytes.buffer, at, n);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = bytes.readUInt32LE(from + i * 4);
  return out;
}

export class FormTable {
  private readonly buf: Buffer | undefined;
  private readonly starts: Uint32Array | undefined;
  private readonly blocked: BlockedLines | undefined;
  readonly size: number;

  /**
   * `buf`: UTF-8 lines sorted by the UTF-8 bytes of the form (as the build writes them);
   * `starts`: the offset of each line start, when known (else found by a scan). Or the table
   * read by blocks from its file (`load`).
   */
  constructor(buf: Buffer | BlockedLines, lineStarts?: Uint32Array, size?: number) {
    if (buf instanceof BlockedLines) {
      this.blocked = buf;
      this.size = size ?? 0;
      return;
    }
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

  /**
   * Opens `<name>.tsv` with its block index `<name>.blk` from `build/lexicon/`: reads the index
   * only (the lines are read by blocks as look-ups need them; the file stays open).
   */
  static load(name: string): FormTable {
    const path = join(BUILD_DIR, `${name}.tsv`);
    const indexPath = join(BUILD_DIR, `${name}.blk`);
    if (!existsSync(path)) throw new LexiconNotBuiltError(path);
    if (!existsSync(indexPath)) throw new LexiconNotBuiltError(indexPath);
    const blk = readFileSync(indexPath);
    const lines = blk.length >= 8 ? blk.readUInt32LE(0) : -1;
    const blocks = blk.length >= 8 ? blk.readUInt32LE(4) : -1;
    const headsAt = (blocks + 3) * 4;
    const fd = openSync(path, 'r');
    let offsets: Uint32Array | undefined;
    let heads: Buffer | undefined;
    if (blocks >= 0 && blk.length >= headsAt) {
      offsets = uint32s(blk, 8, blocks + 1);
      heads = blk.subarray(headsAt);
    }
    // A table and an index from different builds would give wrong lemmas: refuse them (the
    // table's length, its first and last line end, and one first form per block).
    const check = Buffer.alloc(1);
    const byteAt = (pos: number): number => (readSync(fd, check, 0, 1, pos) === 1 ? check[0] : -1);
    let headCount = 0;
    if (heads) for (let i = heads.indexOf(NL); i !== -1; i = heads.indexOf(NL, i + 1)) headCount++;
    const end = offsets ? offsets[blocks] : 0;
    if (
      !offsets ||
      !heads ||
      lines < blocks ||
      headCount !== blocks ||
      offsets[0] !== 0 ||
      (blocks > 0 && (byteAt(end - 1) !== NL || byteAt(end) !== -1 || (offsets[blocks - 1] > 0 && byteAt(offsets[blocks - 1] - 1) !== NL)))
    ) {
      throw new LexiconNotBuiltError(indexPath, `does not match ${name}.tsv`);
    }
    return new FormTable(new BlockedLines(fd, offsets, heads), undefined, lines);
  }

  /** The edits part of the form's line ("2\t1r"), or null when the form is unknown. */
  private find(form: string): string | null {
    // Encode into a reused scratch buffer (no allocation per lookup); long forms get their own.
    const len = Buffer.byteLength(form, 'utf8');
    const key = len <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(len);
    key.write(form, 0, 'utf8');
    if (this.blocked) return this.blocked.find(key, len);
    const buf = this.buf!;
    const tab = findKeyTab(buf, this.starts!, this.size, key, len);
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
