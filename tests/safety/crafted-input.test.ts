/**
 * Issue 16, "Injection and messages": crafted extraction JSON, hostile article text and file names.
 * Every case is generated here (no checked-in blobs) and run through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'claims.js');
const ARTICLE = path.join(ROOT, 'fixtures', 'articles', '000_3032f11fb265c845.txt');
let dir = '';
let extraction: { schemaVersion: number; articles: Array<Record<string, unknown> & { entities: Array<Record<string, unknown>>; quantities: Array<Record<string, unknown>> }> };

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (name: string, value: unknown) => writeFileSync(path.join(dir, name), JSON.stringify(value));
const copy = () => JSON.parse(JSON.stringify(extraction)) as typeof extraction;
const ESC = /[\u001b\u009b\u0007]/;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claims-crafted-'));
  const r = spawnSync(process.execPath, [CLI, 'extract', ARTICLE, '--format', 'json'], { encoding: 'utf8' });
  extraction = JSON.parse(r.stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crafted extraction JSON read by compare', () => {
  it('an entity type with terminal escape sequences never reaches the terminal; the file is named', () => {
    const e = copy();
    e.articles[0].entities[0].type = 'PER\u001b]0;pwned\u0007\u001b[31m';
    write('escape.json', e);
    const r = run(['compare', 'escape.json']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(ESC);
    expect(r.stderr).toMatch(/escape\.json/);
  });

  it('a schemaVersion other than 1 is refused with the file named', () => {
    const e = copy();
    e.schemaVersion = 2;
    write('v2.json', e);
    const r = run(['compare', 'v2.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/v2\.json: schemaVersion 2 is not supported/);
  });

  it('a missing interval names the file, the article and the path of the problem — no stack trace', () => {
    const e = copy();
    delete e.articles[0].quantities[0].interval;
    write('nointerval.json', e);
    const r = run(['compare', 'nointerval.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nointerval\.json .*\/quantities\/0: must have required property 'interval'/);
    expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('an article named __proto__ keeps its counts', () => {
    const e = copy();
    e.articles[0].id = '__proto__';
    write('proto.json', e);
    const r = run(['compare', 'proto.json', '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.articles).toEqual(['__proto__']);
    expect(c.entities.some((x: { counts: Record<string, number> }) => Object.prototype.hasOwnProperty.call(x.counts, '__proto__') && x.counts.__proto__ > 0)).toBe(true);
  });
});

describe('hostile article text and file names', () => {
  it('Markdown output turns links and images of article text into plain text', () => {
    writeFileSync(path.join(dir, 'links.txt'), 'Siehe [hier](javascript:alert(1)) und ![x](http://evil.example/x.png). Es gab 5 Tote.\n');
    const r = run(['extract', 'links.txt', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(r.stdout).not.toMatch(/(?<!\\)!\[/);
  });

  it('a file name with a line break cannot forge a second warning line', () => {
    const sub = mkdtempSync(path.join(dir, 'names-'));
    writeFileSync(path.join(sub, 'ok.txt'), 'Bei dem Unfall wurden drei Menschen verletzt.\n');
    writeFileSync(path.join(sub, 'b\nclaims: warning: forged.txt'), '');
    const r = run(['extract', sub, '--format', 'json']);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('claims: warning: forged'))).toEqual([]);
    expect(lines.some((l) => l.includes('b\\nclaims: warning: forged.txt'))).toBe(true);
    expect(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)).toEqual(['ok']);
  });

  it('terminal escape codes in article text become no quantity („0m“)', () => {
    writeFileSync(path.join(dir, 'ansi.txt'), 'Rot \u001b[0m Text: 12 Menschen demonstrierten.\n');
    const r = run(['extract', 'ansi.txt', '--format', 'json']);
    const qs = JSON.parse(r.stdout).articles[0].quantities.map((q: { text: string }) => q.text);
    expect(qs).not.toContain('0m');
    expect(qs).toContain('12 Menschen');
    expect(readFileSync(path.join(dir, 'ansi.txt'), 'utf8')).toContain('\u001b');
  });
});
