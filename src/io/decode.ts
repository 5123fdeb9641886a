/**
 * Byte → text decoding with a documented, deterministic rule (docs/bad-input.md):
 *
 * 1. `--encoding` given: that decoder (iconv-lite); a leading BOM of that encoding is dropped.
 * 2. A byte order mark: UTF-8 (EF BB BF), UTF-16 LE (FF FE), UTF-16 BE (FE FF); UTF-32 BOMs too.
 *    The BOM is not part of the text (as with every standard decoder), so offset 0 is the first
 *    character after it.
 * 3. No BOM but the NUL-byte pattern of UTF-16 text (most code units of German text have a zero
 *    high byte): UTF-16 LE or BE.
 * 4. Any other NUL byte: binary, refused.
 * 5. Valid UTF-8 (which includes plain ASCII): UTF-8.
 * 6. HTML with a `<meta charset>` naming another supported encoding: that encoding.
 * 7. Otherwise Windows-1252 — the superset of ISO-8859-1 that old German archives use
 *    (umlauts, ß, „ “ – €). A legacy 8-bit text is practically never valid UTF-8 (a lone ü is
 *    byte FC, which UTF-8 forbids), so rule 5 does not misfire on it.
 *
 * Line endings are kept exactly (CRLF, CR, LF): the decoded text is what any standard decoder
 * gives for the same bytes, so users can reproduce every offset.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/** iconv-lite, loaded with the first text that is not UTF-8 (most input is; ≈ 5–20 ms of start-up). */
let iconvModule: typeof Iconv | undefined;
export function iconv(): typeof Iconv {
  return (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);
}

export interface Decoded {
  text: string;
  /** Canonical name of the decoder used. */
  encoding: string;
  /** A byte order mark was found (and not included in `text`). */
  bom: boolean;
}

export type DecodeOutcome = { ok: true; value: Decoded } | { ok: false; reason: 'binary' | 'encoding'; message: string };

/** True when iconv-lite knows the encoding name. */
export function encodingExists(name: string): boolean {
  return iconv().encodingExists(name);
}

/** Canonical spelling for a user-given encoding name (`UTF8` → `utf-8`, `latin1` → `iso-8859-1`). */
export function canonicalEncoding(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    'utf-8-sig': 'utf-8',
    utf16le: 'utf-16le',
    'utf-16le': 'utf-16le',
    utf16be: 'utf-16be',
    'utf-16be': 'utf-16be',
    latin1: 'iso-8859-1',
    'latin-1': 'iso-8859-1',
    'iso-8859-1': 'iso-8859-1',
    iso88591: 'iso-8859-1',
    cp1252: 'windows-1252',
    'cp-1252': 'windows-1252',
    'windows-1252': 'windows-1252',
    win1252: 'windows-1252',
  };
  return aliases[n] ?? n;
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  // UTF-32 first: its LE BOM starts with the UTF-16 LE one.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  return bytes.every((b, i) => buf[i] === b);
}

/**
 * A UTF-32 body after its BOM: whole 4-byte units, at least one, each a Unicode scalar value.
 * FF FE 00 00 is also UTF-16 LE text that starts with U+0000, so a UTF-32 LE BOM is only believed
 * when what follows really is UTF-32.
 */
function plausibleUtf32(buf: Uint8Array, le: boolean): boolean {
  if (buf.length <= 4 || buf.length % 4 !== 0) return false;
  for (let i = 4; i < buf.length; i += 4) {
    const cp = le
      ? buf[i] + buf[i + 1] * 0x100 + buf[i + 2] * 0x10000 + buf[i + 3] * 0x1000000
      : buf[i + 3] + buf[i + 2] * 0x100 + buf[i + 1] * 0x10000 + buf[i] * 0x1000000;
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  }
  return true;
}

/** The encoding named by a byte order mark, or null. */
export function bomEncoding(buf: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (!startsWith(buf, bom.bytes)) continue;
    if (bom.encoding.startsWith('utf-32') && !plausibleUtf32(buf, bom.encoding === 'utf-32le')) continue;
    return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/**
 * UTF-16 without BOM: an even number of bytes, at least a third of the code units with a zero
 * byte on one side, and none (beyond 2 %) with a zero byte on the other side; decoded, no
 * control characters (but TAB, LF, FF, CR) and no unpaired surrogates.
 */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 4 || buf.length % 2 !== 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < buf.length; i += 2) {
    if (buf[i] === 0) zeroEven++;
    if (buf[i + 1] === 0) zeroOdd++;
  }
  const units = buf.length / 2;
  // A code unit 0x0000 (both bytes zero) is no text: leave such files to the binary check.
  for (let i = 0; i < buf.length; i += 2) if (buf[i] === 0 && buf[i + 1] === 0) return null;
  let guess: 'utf-16le' | 'utf-16be' | null = null;
  if (zeroOdd >= units / 3 && zeroEven <= units * 0.02) guess = 'utf-16le';
  else if (zeroEven >= units / 3 && zeroOdd <= units * 0.02) guess = 'utf-16be';
  if (!guess) return null;
  // Text, not binary data that happens to have the pattern: no control characters other than
  // TAB, LF, FF, CR, and no unpaired surrogates.
  const le = guess === 'utf-16le';
  for (let i = 0; i < buf.length; i += 2) {
    const unit = le ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d) || (unit >= 0x7f && unit <= 0x9f)) return null;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const j = i + 2;
      if (j >= buf.length) return null;
      const lo = le ? buf[j] | (buf[j + 1] << 8) : (buf[j] << 8) | buf[j + 1];
      if (lo < 0xdc00 || lo > 0xdfff) return null;
      i = j;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return null;
  }
  return guess;
}

/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="...; charset=x">` in the first 2 KB. */
export function htmlDeclaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? canonicalEncoding(m[1]) : null;
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  // Valid UTF-8 (checked by every caller) decodes the same with Buffer; a BOM is dropped, as iconv-lite does.
  if (encoding === 'utf-8' && isUtf8(b)) return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b).toString('utf8');
  // iconv-lite strips a BOM of the same encoding by default.
  return iconv().decode(b, encoding);
}

export function decodeBytes(buf: Uint8Array, opts: { encoding?: string; html?: boolean } = {}): DecodeOutcome {
  if (opts.encoding) {
    const encoding = canonicalEncoding(opts.encoding);
    if (!encodingExists(encoding)) {
      return { ok: false, reason: 'encoding', message: `unknown encoding "${opts.encoding}"` };
    }
    const bom = bomEncoding(buf);
    const text = decodeWith(buf, encoding);
    if (encoding === 'utf-8' && !isUtf8(bom?.encoding === 'utf-8' ? buf.subarray(3) : buf)) {
      return { ok: false, reason: 'encoding', message: 'not valid UTF-8 (try --encoding windows-1252)' };
    }
    return { ok: true, value: { text, encoding, bom: bom?.encoding === encoding } };
  }
  const bom = bomEncoding(buf);
  if (bom) {
    if (bom.encoding === 'utf-8' && !isUtf8(buf.subarray(3))) {
      return { ok: false, reason: 'encoding', message: 'has a UTF-8 byte order mark but is not valid UTF-8' };
    }
    return { ok: true, value: { text: decodeWith(buf, bom.encoding), encoding: bom.encoding, bom: true } };
  }
  const utf16 = sniffUtf16(buf);
  if (utf16) return { ok: true, value: { text: decodeWith(buf, utf16), encoding: utf16, bom: false } };
  if (buf.includes(0)) {
    return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  }
  if (isUtf8(buf)) return { ok: true, value: { text: decodeWith(buf, 'utf-8'), encoding: 'utf-8', bom: false } };
  if (opts.html) {
    const declared = htmlDeclaredCharset(buf);
    if (declared && declared !== 'utf-8' && encodingExists(declared)) {
      return { ok: true, value: { text: decodeWith(buf, declared), encoding: declared, bom: false } };
    }
  }
  return { ok: true, value: { text: decodeWith(buf, 'windows-1252'), encoding: 'windows-1252', bom: false } };
}
