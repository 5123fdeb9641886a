import { describe, expect, it } from 'vitest';
import { bomEncoding, canonicalEncoding, decodeBytes, htmlDeclaredCharset, sniffUtf16 } from '../../src/io/decode.js';
import { cp1252, utf16 } from './helpers.js';

const GERMAN = '„Grüße aus Köln“, sagte die Bürgermeisterin – die Preise stiegen um 5 € (Maß: 3½ l).\r\nÄrger über Straßenbahn-Streik.';

function decoded(buf: Buffer, opts: { encoding?: string; html?: boolean } = {}) {
  const r = decodeBytes(buf, opts);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('decodeBytes', () => {
  it('UTF-8 without BOM', () => {
    expect(decoded(Buffer.from(GERMAN, 'utf8'))).toEqual({ text: GERMAN, encoding: 'utf-8', bom: false });
  });

  it('UTF-8 with BOM: the BOM is not part of the text', () => {
    const v = decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, 'utf8')]));
    expect(v).toEqual({ text: GERMAN, encoding: 'utf-8', bom: true });
  });

  it('UTF-16 LE and BE with BOM', () => {
    expect(decoded(utf16(GERMAN, 'le'))).toEqual({ text: GERMAN, encoding: 'utf-16le', bom: true });
    expect(decoded(utf16(GERMAN, 'be'))).toEqual({ text: GERMAN, encoding: 'utf-16be', bom: true });
  });

  it('UTF-16 LE and BE without BOM, by the NUL-byte pattern', () => {
    expect(decoded(utf16(GERMAN, 'le', false)).text).toBe(GERMAN);
    expect(decoded(utf16(GERMAN, 'le', false)).encoding).toBe('utf-16le');
    expect(decoded(utf16(GERMAN, 'be', false)).encoding).toBe('utf-16be');
  });

  it('Windows-1252 (umlauts, ß, „ “ –, €) detected when not valid UTF-8', () => {
    const v = decoded(cp1252(GERMAN));
    expect(v.encoding).toBe('windows-1252');
    expect(v.text).toBe(GERMAN);
  });

  it('ISO-8859-1 text (no 0x80–0x9F bytes) decodes the same through Windows-1252', () => {
    const latin1 = 'Grüße, Maß und Öl: 10 °C';
    expect(decoded(Buffer.from(latin1, 'latin1')).text).toBe(latin1);
  });

  it('keeps CRLF and lone CR exactly', () => {
    const text = 'Zeile eins\r\nZeile zwei\rZeile drei\n';
    expect(decoded(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(decoded(cp1252('Über\r\nMaß\r')).text).toBe('Über\r\nMaß\r');
  });

  it('--encoding overrides detection', () => {
    // Valid UTF-8 bytes read as Windows-1252 on request: mojibake, as asked.
    expect(decoded(Buffer.from('ü', 'utf8'), { encoding: 'windows-1252' }).text).toBe('Ã¼');
    expect(decoded(Buffer.from('Grüße', 'latin1'), { encoding: 'latin1' }).text).toBe('Grüße');
    expect(decoded(utf16('Grüße', 'le'), { encoding: 'utf-16le' }).text).toBe('Grüße');
    expect(decoded(Buffer.from('Grüße', 'latin1'), { encoding: 'ISO-8859-15' }).text).toBe('Grüße');
  });

  it('--encoding utf-8 on bytes that are not UTF-8 is an error, not silent replacement', () => {
    const r = decodeBytes(cp1252('Grüße'), { encoding: 'utf8' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid UTF-8/);
  });

  it('an unknown --encoding is an error', () => {
    const r = decodeBytes(Buffer.from('a'), { encoding: 'klingon-7' });
    expect(r).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('NUL bytes that are no UTF-16 pattern: binary', () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeBytes(bin)).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeBytes(Buffer.from('Text\u0000mehr Text', 'utf8'))).toMatchObject({ ok: false, reason: 'binary' });
    // A GIF header has the zero-byte pattern of UTF-16 BE, but decodes to control characters.
    expect(decodeBytes(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01, 0x00, 0x01]))).toMatchObject({ ok: false, reason: 'binary' });
    // Unpaired surrogates are no text either.
    expect(decodeBytes(Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43, 0x00]))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('HTML: a declared charset is used for bytes that are not UTF-8', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="iso-8859-15"><p>', 'latin1'), Buffer.from([0xa4]), Buffer.from(' 5</p>')]);
    expect(decoded(html, { html: true })).toMatchObject({ encoding: 'iso-8859-15', text: '<meta charset="iso-8859-15"><p>€ 5</p>' });
    // Valid UTF-8 wins over a wrong declaration.
    const utf = Buffer.from('<meta charset="windows-1252"><p>Grüße</p>', 'utf8');
    expect(decoded(utf, { html: true }).encoding).toBe('utf-8');
  });
});

describe('helpers', () => {
  it('bomEncoding', () => {
    expect(bomEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]))).toEqual({ encoding: 'utf-32le', length: 4 });
    expect(bomEncoding(Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41]))).toEqual({ encoding: 'utf-32be', length: 4 });
  });

  it('bomEncoding: FF FE 00 00 is UTF-16 LE text starting with U+0000 unless a UTF-32 body follows', () => {
    // Found by fast-check: "\u0000" in UTF-16 LE with BOM decoded as an empty UTF-32 text.
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 });
    // 0x00620061 is above U+10FFFF: no UTF-32.
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x62, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0x00]))).toMatchObject({ ok: true, value: { text: '\u0000' } });
    expect(bomEncoding(Buffer.from('abc'))).toBeNull();
  });

  it('sniffUtf16 needs the pattern, not just some NULs', () => {
    expect(sniffUtf16(Buffer.from('Hallo Welt', 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from([0x41, 0x00, 0x00, 0x00]))).toBeNull();
    expect(sniffUtf16(Buffer.from('abc'))).toBeNull();
  });

  it('htmlDeclaredCharset and canonicalEncoding', () => {
    expect(htmlDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
    expect(htmlDeclaredCharset(Buffer.from('<p>nichts</p>'))).toBeNull();
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('CP1252')).toBe('windows-1252');
    expect(canonicalEncoding('Latin1')).toBe('iso-8859-1');
  });
});
