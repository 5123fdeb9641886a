import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'claims-io-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Windows-1252 bytes of a string (only characters that exist in the code page). */
export function cp1252(s: string): Buffer {
  const special: Record<string, number> = {
    '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
    'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
    '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
  };
  return Buffer.from(
    [...s].map((c) => {
      if (special[c] !== undefined) return special[c];
      const code = c.codePointAt(0)!;
      if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not in cp1252: ${c}`);
      return code;
    }),
  );
}

/** UTF-16 bytes with a byte order mark. */
export function utf16(s: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}
