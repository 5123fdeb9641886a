/**
 * Slow suite (`npm run test:slow`): 150 s of a 635 s `npm test` at a load average of 7-10.
 *
 * Output written whole or not at all (issue 16): a file-size limit (`ulimit -f`, in a child
 * shell) and a full disk (a small tmpfs, when running as root and allowed to mount) leave the
 * old output intact, leave no temporary file, and exit 2 — in every command and format. Also:
 * `-o` onto a device or named pipe writes into it; an interrupted `-o` leaves no temporary file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../io/helpers.js';

const CLI = path.join(ROOT, 'bin', 'claims.js');
const dir = tempDir('claims-faults-');
const ARTICLES = path.join(ROOT, 'fixtures', 'articles');
const GOLD = path.join(ROOT, 'fixtures', 'gold');

function sh(script: string, cwd = dir): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', NODE: process.execPath, CLI }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every command and format that can write a file: [label, arguments before `-o`]. */
const CASES: Array<[string, string]> = [
  ...['json', 'jsonl', 'csv', 'md', 'table'].map((f): [string, string] => [`extract ${f}`, `extract "$A" -j 1 --format ${f}`]),
  ...['json', 'csv', 'md', 'table', 'html'].map((f): [string, string] => [`compare ${f}`, `compare all.json --format ${f}`]),
  ...['json', 'md', 'table'].map((f): [string, string] => [`eval ${f}`, `eval --gold "$G" "$A" -j 1 --format ${f}`]),
  ...['json', 'md', 'table'].map((f): [string, string] => [`diff ${f}`, `diff all.json part.json --format ${f}`]),
];

beforeAll(() => {
  const part = path.join(dir, 'part');
  mkdirSync(part);
  for (const f of readdirSync(ARTICLES).slice(0, 2)) copyFileSync(path.join(ARTICLES, f), path.join(part, f));
  const a = sh(`"$NODE" "$CLI" extract "${ARTICLES}" -j 1 --format json -o all.json && "$NODE" "$CLI" extract part -j 1 --format json -o part.json`);
  expect(a.code).toBe(0);
});

const env = `A="${ARTICLES}"; G="${GOLD}";`;
const tmpFiles = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('a file-size limit (ulimit -f) leaves the old output intact and exits 2', () => {
  it.each(CASES)('%s -o FILE', (_label, args) => {
    writeFileSync(path.join(dir, 'out'), 'ALT\n');
    // 1 KiB: smaller than these outputs (a short write); 0 for diff's short reports.
    const r = sh(`${env} ulimit -f ${args.startsWith('diff') ? 0 : 1}; exec "$NODE" "$CLI" ${args} -o out`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/claims: (?:error: )?cannot write out: file too large/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(path.join(dir, 'out'), 'utf8')).toBe('ALT\n');
    expect(tmpFiles(dir)).toEqual([]);
  });

  it.each(CASES.filter(([l]) => l.startsWith('extract') || l.startsWith('compare')))('%s > FILE (standard output)', (_label, args) => {
    const r = sh(`${env} ulimit -f 1; exec "$NODE" "$CLI" ${args} > stdout.txt`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/claims: (?:error: )?cannot write to standard output: file too large/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mnt = path.join(dir, 'voll');
let mounted = false;
if (isRoot) {
  mkdirSync(mnt, { recursive: true });
  mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status === 0;
}
afterAll(() => {
  if (mounted) spawnSync('umount', [mnt]);
});

describe.skipIf(!mounted)('a full disk (a small tmpfs) leaves the old output intact and exits 2', () => {
  it.each(CASES)('%s -o FILE', (_label, args) => {
    for (const f of readdirSync(mnt)) rmSync(path.join(mnt, f), { force: true });
    writeFileSync(path.join(mnt, 'out'), 'ALT\n');
    // Fill the file system up to its last few KiB.
    sh(`dd if=/dev/zero of="${mnt}/fill" bs=1k count=1000 2>/dev/null; rm -f "${mnt}/pad"; true`);
    const r = sh(`${env} exec "$NODE" "$CLI" ${args} -o "${mnt}/out"`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*out: no space left on device/);
    expect(readFileSync(path.join(mnt, 'out'), 'utf8')).toBe('ALT\n');
    expect(tmpFiles(mnt)).toEqual([]);
  });
});

describe('-o onto something that is not a regular file', () => {
  it('a device is written into, not replaced (/dev/null stays a device)', () => {
    const before = statSync('/dev/null');
    const r = sh(`${env} exec "$NODE" "$CLI" extract "$A" -j 1 --format json -o /dev/null`);
    expect(r.code, r.stderr).toBe(0);
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
  });

  it.skipIf(os.platform() === 'win32')('a named pipe is written into (a reader gets the output)', () => {
    const fifo = path.join(dir, 'rohr');
    spawnSync('mkfifo', [fifo]);
    const r = sh(`${env} cat rohr > aus-dem-rohr.json & "$NODE" "$CLI" extract "$A" -j 1 --format json -o rohr; c=$?; wait; exit $c`);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'aus-dem-rohr.json'), 'utf8')).articles).toHaveLength(readdirSync(ARTICLES).length);
  });
});

describe('an interrupted -o leaves no temporary file', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s', async (signal) => {
    const sub = path.join(dir, `sig-${signal}`);
    mkdirSync(sub);
    // Slow enough to be interrupted mid-run: many copies of the fixtures, streamed as jsonl.
    const input = path.join(sub, 'in');
    mkdirSync(input);
    const texts = readdirSync(ARTICLES).map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));
    for (let i = 0; i < 400; i++) writeFileSync(path.join(input, `a${String(i).padStart(3, '0')}.txt`), texts[i % texts.length]);
    writeFileSync(path.join(sub, 'out.jsonl'), 'ALT\n');
    const child = spawn(process.execPath, [CLI, 'extract', 'in', '-j', '1', '--format', 'jsonl', '-o', 'out.jsonl'], { cwd: sub, stdio: 'ignore' });
    // Wait until the temporary file exists (the run is under way), then interrupt.
    for (let i = 0; i < 600 && tmpFiles(sub).length === 0 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(tmpFiles(sub)).toHaveLength(1);
    child.kill(signal);
    const status = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, sig) => r({ code, signal: sig })));
    expect(status.signal ?? status.code).toBeTruthy(); // ended by the signal (re-raised after the clean-up)
    expect(tmpFiles(sub)).toEqual([]);
    expect(readFileSync(path.join(sub, 'out.jsonl'), 'utf8')).toBe('ALT\n');
    expect(existsSync(path.join(sub, 'out.jsonl'))).toBe(true);
  });
});
