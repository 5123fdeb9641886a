import { mkdirSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInputs } from '../../src/io/load.js';
import { tempDir } from './helpers.js';

function tree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

describe('findInputs', () => {
  const root = tree({
    'b.txt': 'Bundestag',
    'a.md': '# Hochwasser',
    'sub/deep/c.txt': 'Streik',
    'sub/d.html': '<p>Wahl</p>',
    'sub/e.htm': '<p>Inflation</p>',
    'sub/ignored.json': '{}',
    'sub/.hidden.txt': 'versteckt',
    '.git/x.txt': 'nein',
    'other/f.jsonl': '{"text":"x"}\n',
  });

  it('searches folders recursively with the default globs, sorted, hidden files skipped', async () => {
    const r = await findInputs(['.'], { cwd: root });
    expect(r.files).toEqual(['a.md', 'b.txt', 'sub/d.html', 'sub/deep/c.txt', 'sub/e.htm']);
    expect(r.errors).toEqual([]);
  });

  it('keeps the folder as given in the display path', async () => {
    const r = await findInputs(['sub'], { cwd: root });
    expect(r.files).toEqual(['sub/d.html', 'sub/deep/c.txt', 'sub/e.htm']);
  });

  it('takes an explicit file whatever its extension', async () => {
    const r = await findInputs(['other/f.jsonl', 'sub/ignored.json'], { cwd: root });
    expect(r.files).toEqual(['other/f.jsonl', 'sub/ignored.json']);
  });

  it('--glob replaces the defaults; patterns without / match at any depth', async () => {
    expect((await findInputs(['.'], { cwd: root, glob: ['*.txt'] })).files).toEqual(['b.txt', 'sub/deep/c.txt']);
    expect((await findInputs(['.'], { cwd: root, glob: ['sub/**/*.{html,htm}'] })).files).toEqual(['sub/d.html', 'sub/e.htm']);
  });

  it('--input-format picks its own default globs', async () => {
    expect((await findInputs(['.'], { cwd: root, inputFormat: 'jsonl' })).files).toEqual(['other/f.jsonl']);
  });

  it('gives the same order whatever order the paths come in', async () => {
    const a = await findInputs(['sub', 'b.txt', 'a.md'], { cwd: root });
    const b = await findInputs(['a.md', 'b.txt', 'sub'], { cwd: root });
    expect(a).toEqual(b);
  });

  it('`-` is stdin, once', async () => {
    const r = await findInputs(['-', 'b.txt', '-'], { cwd: root });
    expect(r.files).toEqual(['-', 'b.txt']);
    expect(r.errors).toEqual([{ path: '-', kind: 'duplicate', message: '-: standard input given more than once, read once' }]);
  });

  it('the same file twice (also via another relative path, a symlink or a hard link) is read once', async () => {
    const dir = tree({ 'x/bericht.txt': 'Die Wahl' });
    symlinkSync(path.join(dir, 'x/bericht.txt'), path.join(dir, 'link.txt'));
    linkSync(path.join(dir, 'x/bericht.txt'), path.join(dir, 'hard.txt'));
    const r = await findInputs(['x/bericht.txt', './x/../x/bericht.txt', 'link.txt', 'x', 'hard.txt'], { cwd: dir });
    expect(r.files).toEqual(['hard.txt']);
    expect(r.errors.map((e) => e.message)).toEqual([
      'link.txt: same file as hard.txt, read once',
      'x/bericht.txt: same file as hard.txt, read once',
      'x/bericht.txt: same file as hard.txt, read once',
      'x/bericht.txt: same file as hard.txt, read once',
    ]);
    expect(r.errors.every((e) => e.kind === 'duplicate')).toBe(true);
  });

  it('a missing path is an error flagged missing', async () => {
    const r = await findInputs(['nope.txt', 'b.txt'], { cwd: root });
    expect(r.files).toEqual(['b.txt']);
    expect(r.errors).toEqual([{ path: 'nope.txt', kind: 'missing', missing: true, message: 'nope.txt: does not exist' }]);
  });

  it('a folder without matching files is an error (not missing)', async () => {
    const dir = tree({ 'leer/notes.pdf': 'x' });
    const r = await findInputs(['leer'], { cwd: dir });
    expect(r.files).toEqual([]);
    expect(r.errors).toEqual([
      { path: 'leer', kind: 'no-match', message: 'leer: folder has no files matching **/*.txt, **/*.md, **/*.html, **/*.htm' },
    ]);
  });

  it('absolute paths stay absolute', async () => {
    const r = await findInputs([path.join(root, 'b.txt')], { cwd: '/' });
    expect(r.files).toEqual([path.join(root, 'b.txt')]);
  });
});
