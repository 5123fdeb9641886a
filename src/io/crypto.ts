/**
 * The uses of `node:crypto` on the input/output side, with the module loaded on first use:
 * requiring it sets up OpenSSL's module tables, ≈ 10 ms CPU of every start (one article end to
 * end, issue 13) in runs that never write a temporary file nor read standard input.
 */
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;
const load = (): Crypto => (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto);

/** `n` random bytes as hex (temporary file names). */
export function randomHex(n: number): string {
  return load().randomBytes(n).toString('hex');
}

/** SHA-256 of `text` (UTF-8) as hex. */
export function sha256Hex(text: string): string {
  return load().createHash('sha256').update(text).digest('hex');
}

/** SHA-1 of `text` (UTF-8), the digest's bytes (`IdCounts`: only runs over several inputs need it). */
export function sha1Bytes(text: string): Buffer {
  return load().createHash('sha1').update(text).digest();
}
