/**
 * JSONL read as a stream: bytes in, lines out, with memory bounded by the longest line (at most
 * `--max-size`, the limit per record) — the file or stream itself has no size limit, so a
 * 1 GB scrape or an endless pipe passes through (issue 15). Decoding follows the rules of
 * `decode.ts`, applied where a stream can apply them:
 *
 * - `--encoding X`: X (line by line for byte-oriented encodings; UTF-16/32 decoded as a stream).
 * - a byte order mark, or the NUL-byte pattern of UTF-16 in the first 64 KiB: that encoding.
 * - other NUL bytes in the first 64 KiB: binary, refused.
 * - otherwise each line is UTF-8 when it is valid UTF-8, else Windows-1252 (a whole file is
 *   decided by all its bytes; a stream cannot wait for its end, and a line is one record).
 *
 * Lines end at CRLF, LF or CR (as `text.split(/\r\n|\r|\n/)`), numbered from 1; blank lines
 * are not handed on (they still count).
 */
import { isUtf8 } from 'node:buffer';
import { bomEncoding, canonicalEncoding, iconv, sniffUtf16 } from './decode.js';
import { openInput } from './load.js';
import type { InputError, LoadOptions } from './types.js';

export interface JsonlLine {
  /** 1-based line number. */
  n: number;
  text: string;
}

/** Bytes looked at before deciding the encoding of a stream. */
const HEAD = 64 * 1024;
const LF = 0x0a;
const CR = 0x0d;

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1).replace(/\.0$/, '')} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

function fileError(file: string, kind: InputError['kind'], reason: string): InputError {
  return { path: file, message: `${file}: ${reason}`, kind };
}

function tooLarge(file: string, n: number, maxSize: number): InputError {
  return {
    path: file,
    message: `${file}:${n}: line too large (over the --max-size limit of ${sizeText(maxSize)} per record), line skipped`,
    kind: 'too-large',
    record: n,
  };
}

type Mode = { kind: 'bytes'; decode: (line: Buffer) => string | null } | { kind: 'text'; encoding: string; unit: number };

/** How to decode a stream that starts with `head` (null: binary, refused). */
function chooseMode(head: Buffer, encoding: string | undefined): Mode | null {
  if (encoding) {
    const enc = canonicalEncoding(encoding);
    if (/^utf-?(16|32)/.test(enc)) return { kind: 'text', encoding: enc, unit: enc.includes('32') ? 4 : 2 };
    if (enc === 'utf-8') return { kind: 'bytes', decode: (b) => (isUtf8(b) ? b.toString('utf8') : null) };
    return { kind: 'bytes', decode: (b) => iconv().decode(b, enc) };
  }
  const bom = bomEncoding(head);
  if (bom && bom.encoding !== 'utf-8') return { kind: 'text', encoding: bom.encoding, unit: bom.encoding.includes('32') ? 4 : 2 };
  if (bom) return { kind: 'bytes', decode: (b) => (isUtf8(b) ? b.toString('utf8') : null) };
  let even = head.length & ~1;
  // Do not cut a surrogate pair of UTF-16 in two.
  if (even >= 2 && ((head[even - 2] & 0xfc) === 0xd8 || (head[even - 1] & 0xfc) === 0xd8)) even -= 2;
  const utf16 = sniffUtf16(head.subarray(0, even));
  if (utf16) return { kind: 'text', encoding: utf16, unit: 2 };
  if (head.includes(0)) return null;
  return { kind: 'bytes', decode: (b) => (isUtf8(b) ? b.toString('utf8') : iconv().decode(b, 'windows-1252')) };
}

/**
 * The lines of a JSONL stream, in order: `JsonlLine`s, and `InputError`s for a line over
 * `maxSize` (skipped), an undecodable line, or the whole stream (empty, only whitespace, binary).
 */
export async function* jsonlLines(file: string, chunks: AsyncIterable<Uint8Array>, opts: Pick<LoadOptions, 'encoding' | 'maxSize'>): AsyncGenerator<JsonlLine | InputError> {
  const maxSize = opts.maxSize;
  const it = chunks[Symbol.asyncIterator]();
  // The head decides the encoding.
  const headParts: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    headParts.push(b);
    headLength += b.length;
  }
  const head = Buffer.concat(headParts, headLength);
  if (headLength === 0) {
    yield fileError(file, 'empty', file === '-' ? 'standard input is empty' : 'empty file');
    return;
  }
  const mode = chooseMode(head, opts.encoding);
  if (!mode) {
    if (!ended) await it.return?.();
    yield fileError(file, 'binary', file === '-' ? 'binary input (contains NUL bytes)' : 'binary file (contains NUL bytes)');
    return;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (ended) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    }
  }

  let n = 0;
  let anyText = false;
  if (mode.kind === 'bytes') {
    let parts: Buffer[] = [];
    let size = 0;
    let over = false;
    let afterCR = false;
    let first = true;
    const finish = (): JsonlLine | InputError | null => {
      n++;
      if (over) {
        over = false;
        parts = [];
        size = 0;
        anyText = true;
        return tooLarge(file, n, maxSize);
      }
      let line = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      parts = [];
      size = 0;
      if (first) {
        first = false;
        if (line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
      }
      const text = mode.decode(line);
      if (text === null) {
        anyText = true;
        return { path: file, message: `${file}:${n}: not valid UTF-8 (try --encoding windows-1252), line skipped`, kind: 'encoding', record: n };
      }
      if (text.trim() === '') return null;
      anyText = true;
      return { n, text };
    };
    const add = (b: Buffer): void => {
      if (over || b.length === 0) return;
      if (size + b.length > maxSize) {
        over = true;
        parts = [];
        size = 0;
        return;
      }
      parts.push(b);
      size += b.length;
    };
    for await (const buf of rest()) {
      let pos = 0;
      if (afterCR && buf.length > 0) {
        afterCR = false;
        if (buf[0] === LF) pos = 1;
      }
      let lf = buf.indexOf(LF, pos);
      let cr = buf.indexOf(CR, pos);
      while (lf >= 0 || cr >= 0) {
        const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        add(buf.subarray(pos, end));
        const out = finish();
        if (out) yield out;
        if (buf[end] === CR) {
          if (end + 1 < buf.length) {
            pos = buf[end + 1] === LF ? end + 2 : end + 1;
          } else {
            pos = end + 1;
            afterCR = true;
          }
        } else pos = end + 1;
        if (lf >= 0 && lf < pos) lf = buf.indexOf(LF, pos);
        if (cr >= 0 && cr < pos) cr = buf.indexOf(CR, pos);
      }
      // The rest of the chunk starts the next line (copied: the chunk's memory may be reused).
      if (pos < buf.length) add(Buffer.from(buf.subarray(pos)));
    }
    // The last line has no line break after it (or is the empty line after the last break).
    if (parts.length > 0 || over) {
      const out = finish();
      if (out) yield out;
    }
  } else {
    const decoder = iconv().getDecoder(mode.encoding);
    let carry = '';
    let over = false;
    let afterCR = false;
    const finish = (line: string): JsonlLine | InputError | null => {
      n++;
      if (over) {
        over = false;
        anyText = true;
        return tooLarge(file, n, maxSize);
      }
      if (line.trim() === '') return null;
      anyText = true;
      return { n, text: line };
    };
    const take = function* (s: string): Generator<JsonlLine | InputError> {
      let pos = 0;
      if (afterCR && s.length > 0) {
        afterCR = false;
        if (s[0] === '\n') pos = 1;
      }
      const re = /\r\n|\r|\n/g;
      re.lastIndex = pos;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const line = carry + s.slice(pos, m.index);
        carry = '';
        pos = m.index + m[0].length;
        if (m[0] === '\r' && pos === s.length) afterCR = true;
        const out = finish(line);
        if (out) yield out;
      }
      if (over) return;
      carry += s.slice(pos);
      if (carry.length * mode.unit > maxSize) {
        over = true;
        carry = '';
      }
    };
    for await (const buf of rest()) yield* take(decoder.write(buf));
    yield* take(decoder.end() ?? '');
    if (carry.length > 0 || over) {
      const out = finish(carry);
      if (out) yield out;
    }
  }
  if (!anyText) yield fileError(file, 'whitespace', 'contains only whitespace');
}

/**
 * Opens a JSONL file for streaming: the checks of `loadArticle` (missing, broken link, not a
 * regular file, unreadable) without its size limit. Chunks, or the error that refuses the file.
 */
export async function openJsonlFile(file: string, opts: Pick<LoadOptions, 'cwd' | 'found'>): Promise<AsyncIterable<Uint8Array> | InputError> {
  // no maxSize: the limit of a JSONL file is per record
  const opened = await openInput(file, { cwd: opts.cwd, found: opts.found });
  if ('kind' in opened) return opened;
  const { handle } = opened;
  return (async function* () {
    try {
      for (;;) {
        const buf = Buffer.allocUnsafe(1024 * 1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) return;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await handle.close().catch(() => undefined);
    }
  })();
}
