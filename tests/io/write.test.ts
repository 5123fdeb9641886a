import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openOutputFile, pendingTempFiles, removePendingTempFiles, writeFileAtomic } from '../../src/io/write.js';
import { tempDir } from './helpers.js';

const dir = tempDir('claims-write-');

describe('writeFileAtomic', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes a new file (UTF-8) and leaves no temporary file', async () => {
    const file = path.join(dir, 'neu.json');
    await writeFileAtomic(file, '{"title":"Grüße"}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"title":"Grüße"}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing file and keeps its permission bits', async () => {
    const file = path.join(dir, 'alt.csv');
    writeFileSync(file, 'alt');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, Buffer.from('neu'));
    expect(readFileSync(file, 'utf8')).toBe('neu');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('on a failure at the rename: target untouched, temporary file removed, clear error', () => {
    // The target turns into a non-empty folder between open and close: the rename must fail.
    const file = path.join(dir, 'wird-ordner');
    const out = openOutputFile(file);
    out.write('nachher');
    mkdirSync(file);
    writeFileSync(path.join(file, 'drin.txt'), 'vorher');
    expect(() => out.close()).toThrow(/^cannot write .*wird-ordner: /);
    expect(readFileSync(path.join(file, 'drin.txt'), 'utf8')).toBe('vorher');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(pendingTempFiles()).toEqual([]);
  });

  it('lists open temporary files and removes them on request (what the CLI does on SIGINT/SIGTERM/SIGHUP)', () => {
    const file = path.join(dir, 'unterbrochen.json');
    const out = openOutputFile(file);
    out.write('{"halb');
    expect(pendingTempFiles()).toHaveLength(1);
    expect(existsSync(pendingTempFiles()[0])).toBe(true);
    removePendingTempFiles();
    expect(pendingTempFiles()).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(file)).toBe(false);
    out.abort();
  });

  it('a missing folder or a directory target is a clear error', async () => {
    await expect(writeFileAtomic(path.join(dir, 'gibt-es-nicht', 'x.json'), 'x')).rejects.toThrow(/cannot write .*x\.json: the folder does not exist/);
    mkdirSync(path.join(dir, 'ein-ordner'));
    await expect(writeFileAtomic(path.join(dir, 'ein-ordner'), 'x')).rejects.toThrow(/cannot write .*ein-ordner: is a directory/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a symlink by a regular file, leaving the link target alone', async () => {
    const target = path.join(dir, 'ziel.txt');
    const link = path.join(dir, 'link.txt');
    writeFileSync(target, 'Ziel');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'Ausgabe');
    expect(readFileSync(target, 'utf8')).toBe('Ziel');
    expect(readFileSync(link, 'utf8')).toBe('Ausgabe');
    expect(existsSync(link)).toBe(true);
  });

  it('concurrent writers never leave a mixed file', async () => {
    const file = path.join(dir, 'parallel.txt');
    const a = 'A'.repeat(200_000);
    const b = 'B'.repeat(200_000);
    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);
    expect([a, b]).toContain(readFileSync(file, 'utf8'));
  });
});
