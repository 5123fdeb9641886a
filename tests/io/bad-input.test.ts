/**
 * The bad-input suite: a folder of good and bad files generated here (no checked-in binaries).
 * Every bad file gives exactly one clear error naming it; the good files' results are intact.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, promises as fsp, chmodSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputExitCode, loadArticle, loadInputs, type InputError } from '../../src/io/load.js';
import { cp1252, tempDir, utf16 } from './helpers.js';

const GOOD = {
  'good/bundestag.txt': 'Bundestag beschließt Haushalt\n\nMit 390 zu 280 Stimmen billigte das Parlament am Freitag den Etat.\n',
  'good/fussball.md': '# Pokalfinale\r\n\r\nVor 74.000 Zuschauern gewann der Außenseiter mit 2:1.\r\n',
};
const GOOD_CP1252 = '„Streik“: Über 3.000 Beschäftigte legten die Arbeit nieder – für 5 % mehr Lohn.';
const MAX_SIZE = 4096;

/** The built CLI (bin, dist, build, src, node_modules, package.json) copied under a world-readable temp folder. */
function worldReadableCopy(): string {
  const ROOT = path.join(import.meta.dirname, '..', '..');
  const dest = tempDir('claims-nobody-');
  chmodSync(dest, 0o755);
  // Hard links are enough where the checkout is world-readable; under a strict umask (077: files
  // 0600, folders 0700) everything is copied with readable modes, or nobody could load the CLI.
  const others = (rel: string) => statSync(path.join(ROOT, rel)).mode & 0o007;
  const link = others('node_modules') >= 0o005 && others('dist') >= 0o005 && (others(path.join('node_modules', 'commander', 'package.json')) & 0o004) !== 0;
  for (const part of ['bin', 'dist', 'build', 'src', 'node_modules', 'package.json']) {
    const linked = link && spawnSync('cp', ['-al', path.join(ROOT, part), dest]).status === 0;
    if (!linked) execFileSync('sh', ['-c', 'umask 022 && cp -r --no-preserve=mode,ownership "$1" "$2"', 'sh', path.join(ROOT, part), dest]);
  }
  return dest;
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function build(): string {
  const root = tempDir('claims-bad-');
  const put = (rel: string, content: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };
  for (const [rel, content] of Object.entries(GOOD)) put(rel, content);
  put('mixed/alt.txt', cp1252(GOOD_CP1252));
  put('mixed/utf16.txt', utf16('Hochwasser: Pegel bei 6,40 Meter.', 'le'));
  put('mixed/empty.txt', '');
  put('mixed/blank.txt', ' \r\n\t\n   \n');
  put('mixed/bild.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00]));
  put('mixed/gross.txt', 'Inflation. '.repeat(500));
  symlinkSync(path.join(root, 'mixed/geloescht.txt'), path.join(root, 'mixed/kaputt.txt'));
  mkdirSync(path.join(root, 'mixed/ordner.txt'));
  symlinkSync(path.join(root, 'good/bundestag.txt'), path.join(root, 'mixed/verweis.txt'));
  mkdirSync(path.join(root, 'leer'));
  put('leer/notizen.pdf', '%PDF');
  if (hasMkfifo()) execFileSync('mkfifo', [path.join(root, 'mixed/pipe.txt')]);
  return root;
}

const root = build();
const opts = { cwd: root, maxSize: MAX_SIZE };

function byPath(errors: InputError[]): Record<string, { kind: string; message: string }> {
  return Object.fromEntries(errors.map((e) => [e.path, { kind: e.kind, message: e.message }]));
}

describe('bad input: one folder with good and bad files', async () => {
  const result = await loadInputs(['good', 'mixed', 'leer', 'fehlt.txt', 'good/bundestag.txt'], opts);
  const errors = byPath(result.errors);

  it('loads every good file intact, in sorted order', () => {
    expect(result.articles.map((a) => [a.path, a.id, a.encoding])).toEqual([
      ['good/bundestag.txt', 'bundestag', 'utf-8'],
      ['good/fussball.md', 'fussball', 'utf-8'],
      ['mixed/alt.txt', 'alt', 'windows-1252'],
      ['mixed/utf16.txt', 'utf16', 'utf-16le'],
    ]);
    expect(result.articles[0].text).toBe(GOOD['good/bundestag.txt']);
    // Markdown: the heading mark is markup, blanked (offsets still index the file).
    expect(result.articles[1].text).toBe(GOOD['good/fussball.md'].replace(/^# /, '  '));
    expect(result.articles[1].title).toBe('Pokalfinale');
    expect(result.articles[2].text).toBe(GOOD_CP1252);
    expect(result.articles[3].text).toBe('Hochwasser: Pegel bei 6,40 Meter.');
  });

  it.each([
    ['mixed/empty.txt', 'empty', 'mixed/empty.txt: empty file'],
    ['mixed/blank.txt', 'whitespace', 'mixed/blank.txt: contains only whitespace'],
    ['mixed/bild.txt', 'binary', 'mixed/bild.txt: binary file (contains NUL bytes)'],
    ['mixed/gross.txt', 'too-large', 'mixed/gross.txt: too large (5.4 KiB, over the --max-size limit of 4 KiB)'],
    ['mixed/kaputt.txt', 'broken-symlink', `mixed/kaputt.txt: broken symbolic link (points to ${path.join(root, 'mixed/geloescht.txt')}, which does not exist)`],
    ['leer', 'no-match', 'leer: folder has no files matching **/*.txt, **/*.md, **/*.html, **/*.htm'],
    ['fehlt.txt', 'missing', 'fehlt.txt: does not exist'],
    ['mixed/verweis.txt', 'duplicate', 'mixed/verweis.txt: same file as good/bundestag.txt, read once'],
  ])('%s → %s', (p, kind, message) => {
    expect(errors[p]).toEqual({ kind, message });
  });

  it.skipIf(!hasMkfifo())('a named pipe is skipped, never read (reading would block)', () => {
    expect(errors['mixed/pipe.txt']).toEqual({ kind: 'not-a-file', message: 'mixed/pipe.txt: not a regular file (named pipe), skipped' });
  });

  it('a folder named like a file is no input and no error', () => {
    expect(errors['mixed/ordner.txt']).toBeUndefined();
  });

  it('the same file given as folder member and by name: one article, one duplicate notice', () => {
    expect(result.articles.filter((a) => a.path === 'good/bundestag.txt')).toHaveLength(1);
    expect(result.errors.filter((e) => e.path === 'good/bundestag.txt')).toEqual([
      { path: 'good/bundestag.txt', kind: 'duplicate', message: 'good/bundestag.txt: given more than once, read once' },
    ]);
  });

  it('errors are sorted by path and each message names its file', () => {
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual([...paths].sort());
    for (const e of result.errors) expect(e.message.startsWith(`${e.path}: `)).toBe(true);
    for (const e of result.errors) expect(e.message).not.toMatch(/\n/);
  });

  it('a missing path makes the command exit 2; only it is flagged missing', () => {
    expect(result.missing).toBe(true);
    expect(result.errors.filter((e) => e.missing).map((e) => e.path)).toEqual(['fehlt.txt']);
    expect(inputExitCode(result, false)).toBe(2);
  });
});

describe('exit codes', async () => {
  const withBad = await loadInputs(['good', 'mixed/empty.txt', 'mixed/bild.txt'], opts);
  const onlyBad = await loadInputs(['mixed/empty.txt', 'mixed/blank.txt', 'leer'], opts);
  const dupOnly = await loadInputs(['good', 'good/fussball.md'], opts);

  it('bad files but something loaded: 0, with --strict: 2', () => {
    expect(withBad.articles).toHaveLength(2);
    expect(inputExitCode(withBad, false)).toBe(0);
    expect(inputExitCode(withBad, true)).toBe(2);
  });

  it('nothing could be loaded: 2', () => {
    expect(onlyBad.articles).toEqual([]);
    expect(onlyBad.errors.map((e) => e.kind)).toEqual(['no-match', 'whitespace', 'empty']);
    expect(inputExitCode(onlyBad, false)).toBe(2);
  });

  it('a duplicate alone does not fail --strict', () => {
    expect(dupOnly.errors.map((e) => e.kind)).toEqual(['duplicate']);
    expect(inputExitCode(dupOnly, true)).toBe(0);
  });
});

describe('unreadable files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('permission denied (simulated: tests run as root, who may read anything)', async () => {
    const real = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (file, ...rest) => {
      if (String(file).endsWith('fussball.md')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
      }
      return real(file, ...(rest as [string]));
    });
    const r = await loadInputs(['good'], opts);
    expect(r.articles.map((a) => a.path)).toEqual(['good/bundestag.txt']);
    expect(r.errors).toEqual([{ path: 'good/fussball.md', kind: 'unreadable', message: 'good/fussball.md: cannot be read: permission denied' }]);
  });

  it('permission denied (real chmod 000; as root, the built CLI runs as user nobody)', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'geheim.txt'), 'Text');
    writeFileSync(path.join(dir, 'offen.txt'), 'Die Polizei sagte, rund 200 Menschen seien gekommen.');
    chmodSync(path.join(dir, 'offen.txt'), 0o644);
    chmodSync(path.join(dir, 'geheim.txt'), 0o000);
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!root) {
      const r = await loadArticle('geheim.txt', { cwd: dir, maxSize: MAX_SIZE });
      expect(r.errors[0]).toMatchObject({ kind: 'unreadable', message: 'geheim.txt: cannot be read: permission denied' });
      return;
    }
    // root reads every file: drop to an unprivileged user to meet a real EACCES. That user may
    // not be able to read the checkout (a fresh clone in `mktemp -d` is mode 0700), so the CLI
    // runs from a copy in a world-readable folder (hard links where possible: fast and small).
    const cli = path.join(worldReadableCopy(), 'bin', 'claims.js');
    const r = spawnSync(process.execPath, [cli, 'extract', '.', '--json', '-j', '1'], { cwd: dir, uid: 65534, gid: 65534, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stderr).toContain('geheim.txt: cannot be read: permission denied');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles.map((a: { id: string }) => a.id)).toEqual(['offen']);
    expect(out.errors).toEqual([expect.objectContaining({ path: 'geheim.txt', message: 'geheim.txt: cannot be read: permission denied' })]);
  });

  it('a directory passed straight to loadArticle', async () => {
    const r = await loadArticle('mixed/ordner.txt', opts);
    expect(r.errors).toEqual([{ path: 'mixed/ordner.txt', kind: 'unreadable', message: 'mixed/ordner.txt: cannot be read: is a directory' }]);
  });

  it.skipIf(!hasMkfifo())('a named pipe passed straight to loadArticle is not opened', async () => {
    const r = await loadArticle('mixed/pipe.txt', opts);
    expect(r.errors[0].kind).toBe('not-a-file');
  });
});

describe('stdin together with files', () => {
  it('`-` reads through the given reader; errors from stdin name `-`', async () => {
    const r = await loadInputs(['-', 'good/bundestag.txt'], { ...opts, readStdin: async () => 'Tarifstreit beendet\nEinigung nach 14 Stunden.' });
    expect(r.articles.map((a) => [a.id, a.path, a.title])).toEqual([
      ['stdin', '-', 'Tarifstreit beendet'],
      ['bundestag', 'good/bundestag.txt', 'Bundestag beschließt Haushalt'],
    ]);
    const empty = await loadInputs(['-'], { ...opts, readStdin: async () => '' });
    expect(empty.errors).toEqual([{ path: '-', kind: 'empty', message: '-: standard input is empty' }]);
    expect(inputExitCode(empty, false)).toBe(2);
  });
});

describe('determinism', () => {
  it('same inputs in any order give the same result', async () => {
    const a = await loadInputs(['mixed', 'good', 'leer'], opts);
    const b = await loadInputs(['leer', 'good', 'mixed'], { ...opts, concurrency: 1 });
    expect(b).toEqual(a);
  });
});
