/**
 * JSONL read as a stream (issue 15): lines split across chunks anywhere, the size limit per
 * line (never for the stream), decoding per line or as a UTF-16 stream, and the errors of a
 * stream as a whole.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlLines, openJsonlFile, type JsonlLine } from '../../src/io/jsonl-stream.js';
import type { InputError } from '../../src/io/types.js';
import { cp1252, tempDir } from './helpers.js';

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function lines(bytes: Buffer, opts: { size?: number; maxSize?: number; encoding?: string } = {}): Promise<Array<JsonlLine | InputError>> {
  const out: Array<JsonlLine | InputError> = [];
  for await (const l of jsonlLines('f.jsonl', chunked(bytes, opts.size ?? 3), { maxSize: opts.maxSize ?? 1 << 20, encoding: opts.encoding })) out.push(l);
  return out;
}

describe('jsonlLines', () => {
  it('splits at LF, CRLF and CR, wherever the chunks end, numbering lines like text.split(/\\r\\n|\\r|\\n/)', async () => {
    const text = '{"a":1}\r\n{"b":2}\r{"c":3}\n\n  \n{"d":"ä"}';
    const want = text
      .split(/\r\n|\r|\n/)
      .map((t, i) => ({ n: i + 1, text: t }))
      .filter((l) => l.text.trim() !== '');
    for (const size of [1, 2, 3, 5, 8, 1000]) expect(await lines(Buffer.from(text), { size })).toEqual(want);
  });

  it('drops a UTF-8 byte order mark; a line that is not UTF-8 is read as Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"t":"Öl"}\n')]);
    expect(await lines(bytes)).toEqual([{ n: 1, text: '{"t":"Öl"}' }]);
    const legacy = Buffer.concat([Buffer.from('{"t":"Straße"}\n'), cp1252('{"t":"Größe"}\n')]);
    expect(await lines(legacy)).toEqual([
      { n: 1, text: '{"t":"Straße"}' },
      { n: 2, text: '{"t":"Größe"}' },
    ]);
  });

  it('reads UTF-16 (byte order mark) as a stream', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"t":"Öl"}\r\n{"t":"€"}\r\n', 'utf16le')]);
    for (const size of [1, 3, 64]) expect(await lines(bytes, { size })).toEqual([{ n: 1, text: '{"t":"Öl"}' }, { n: 2, text: '{"t":"€"}' }]);
  });

  it('the size limit applies to each line, not to the stream', async () => {
    const long = `{"t":"${'x'.repeat(100)}"}`;
    const bytes = Buffer.from(['{"t":"a"}', long, '{"t":"b"}', '{"t":"c"}'].join('\n'));
    const out = await lines(bytes, { maxSize: 20, size: 7 });
    expect(out).toEqual([
      { n: 1, text: '{"t":"a"}' },
      { path: 'f.jsonl', kind: 'too-large', record: 2, message: 'f.jsonl:2: line too large (over the --max-size limit of 20 bytes per record), line skipped' },
      { n: 3, text: '{"t":"b"}' },
      { n: 4, text: '{"t":"c"}' },
    ]);
    // the whole stream is far over the limit, and passes
    expect(bytes.length).toBeGreaterThan(100);
  });

  it('a stream as a whole: empty, only whitespace, binary', async () => {
    expect(await lines(Buffer.alloc(0))).toEqual([{ path: 'f.jsonl', kind: 'empty', message: 'f.jsonl: empty file' }]);
    expect(await lines(Buffer.from('\n \r\n\t\n'))).toEqual([{ path: 'f.jsonl', kind: 'whitespace', message: 'f.jsonl: contains only whitespace' }]);
    expect(await lines(Buffer.from([0x7b, 0x00, 0x00, 0x7d, 0x0a, 0x01]))).toEqual([
      { path: 'f.jsonl', kind: 'binary', message: 'f.jsonl: binary file (contains NUL bytes)' },
    ]);
  });

  it('openJsonlFile: no size limit, the other checks of a file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gross.jsonl');
    writeFileSync(file, '{"text":"a"}\n'.repeat(1000));
    const chunks = await openJsonlFile(file, {});
    expect(Symbol.asyncIterator in chunks).toBe(true);
    let n = 0;
    for await (const l of jsonlLines(file, chunks as AsyncIterable<Uint8Array>, { maxSize: 100 })) if ('n' in l) n++;
    expect(n).toBe(1000);
    expect(await openJsonlFile(path.join(dir, 'fehlt.jsonl'), {})).toMatchObject({ kind: 'missing', missing: true });
    expect(await openJsonlFile(dir, {})).toMatchObject({ kind: 'unreadable' });
  });
});
