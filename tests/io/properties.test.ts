/** Property-based tests of the input layer (fast-check): decoding round trips and robustness. */
import { isUtf8 } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { extractHtml } from '../../src/io/html.js';
import { loadArticle, readStdinArticle } from '../../src/io/load.js';
import { cp1252, tempDir, utf16 } from './helpers.js';

const dir = tempDir('claims-prop-');
const MAX = 10 * 1024 * 1024;

/** Any Unicode text (no lone surrogates: they cannot be written to a file). */
const unicode = fc.string({ unit: 'binary', maxLength: 200 });

/** German-looking text in the Windows-1252 repertoire. */
const germanChars = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?()-\'"\r\näöüÄÖÜßéÉ„“‚‘–—€…§°%'];
const german = fc.array(fc.constantFrom(...germanChars), { maxLength: 200 }).map((cs) => cs.join(''));

describe('decoding round trips', () => {
  let n = 0;
  it('any UTF-8 text without NUL loads as exactly that text (or a whitespace/empty error)', async () => {
    await fc.assert(
      fc.asyncProperty(unicode.filter((s) => !s.includes('\u0000') && !s.startsWith('\ufeff')), async (s) => {
        const file = `u${n++}.txt`;
        writeFileSync(path.join(dir, file), s, 'utf8');
        const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
        if (s.length === 0) expect(r.errors[0].kind).toBe('empty');
        else if (s.trim() === '') expect(r.errors[0].kind).toBe('whitespace');
        else {
          expect(r.errors).toEqual([]);
          expect(r.articles[0].text).toBe(s);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('any text in UTF-16 LE or BE with BOM decodes to exactly that text', () => {
    fc.assert(
      fc.property(unicode, fc.constantFrom('le' as const, 'be' as const), (s, endian) => {
        const r = decodeBytes(utf16(s, endian));
        expect(r.ok && r.value.text).toBe(s);
      }),
    );
  });

  it('German text in UTF-16 without BOM is recognised by its zero bytes', () => {
    const text = fc.array(fc.constantFrom(...germanChars), { minLength: 2, maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('le' as const, 'be' as const), (s, endian) => {
        // the zero bytes come from Latin-1 characters: a text made only of „“–—€… has none (below)
        fc.pre(/[\x00-\xff]/.test(s));
        const r = decodeBytes(utf16(s, endian, false));
        expect(r).toMatchObject({ ok: true, value: { text: s, encoding: `utf-16${endian}` } });
      }),
    );
  });

  it('documented limit: UTF-16 without BOM and without any Latin-1 character has no zero bytes to recognise', () => {
    // Found by fast-check: „“ in UTF-16 LE is 1E 20 1C 20 — valid UTF-8 control characters and spaces.
    const r = decodeBytes(utf16('„“', 'le', false));
    expect(r).toMatchObject({ ok: true, value: { encoding: 'utf-8' } });
  });

  it('German Windows-1252 text decodes to exactly that text when its bytes are not valid UTF-8', () => {
    fc.assert(
      fc.property(german, (s) => {
        const bytes = cp1252(s);
        fc.pre(!isUtf8(bytes) || /^[\x00-\x7f]*$/.test(s));
        const r = decodeBytes(bytes);
        expect(r.ok && r.value.text).toBe(s);
      }),
    );
  });

  it('documented limit: Windows-1252 bytes that happen to form valid UTF-8 are read as UTF-8', () => {
    // "Ä„" is C4 84 in Windows-1252, which is the valid UTF-8 for "Ą". Real German text almost
    // never has such a pair; --encoding windows-1252 reads it right.
    const bytes = cp1252('Ä„');
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, value: { text: 'Ą', encoding: 'utf-8' } });
    expect(decodeBytes(bytes, { encoding: 'windows-1252' })).toMatchObject({ ok: true, value: { text: 'Ä„' } });
  });

  it('decodeBytes never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, html) => {
        const r = decodeBytes(Buffer.from(bytes), { html });
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('robustness', () => {
  it('extractHtml never throws and gives trimmed paragraphs', () => {
    const htmlish = fc
      .array(fc.oneof(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<title>', '</title>', '<script>', '</script>', '<h1>', '&amp;', '<!--', '-->', '<', '>', ' ', '\n'), unicode), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(htmlish, (s) => {
        const a = extractHtml(s);
        for (const p of a.text.split('\n\n')) if (a.text !== '') expect(p).toBe(p.trim());
        expect(typeof a.title).toBe('string');
      }),
      { numRuns: 60 },
    );
  });

  it('readStdinArticle never throws and keeps the text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        const r = readStdinArticle(s);
        expect(r.articles.length + r.errors.length).toBe(1);
        if (r.articles.length) expect(r.articles[0].text).toBe(s.startsWith('\ufeff') ? s.slice(1) : s);
      }),
    );
  });

  it('JSONL with arbitrary lines never throws; every line is an article or an error', () => {
    const line = fc.oneof(
      fc.record({ text: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''), url: fc.string({ maxLength: 10 }) }).map((o) => JSON.stringify(o)),
      fc.string({ maxLength: 30 }).map((t) => t.replace(/[\r\n]/g, ' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const r = readStdinArticle(lines.join('\n'), { inputFormat: 'jsonl', idField: 'url' });
        const nonBlank = lines.filter((l) => l.trim() !== '').length;
        if (nonBlank > 0) expect(r.articles.length + r.errors.length).toBe(nonBlank);
        expect(new Set(r.articles.map((a) => a.id)).size).toBe(r.articles.length);
      }),
    );
  });
});
