/**
 * End to end through the CLI (in-process): a folder of good and bad inputs generated here.
 * Asserts the exit codes, one warning line per bad file, the `errors` array, that the good
 * files' results are exactly those of a run on the good files alone, and that article text
 * cannot attack a terminal or a spreadsheet through the output formats.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { cp1252, tempDir, utf16 } from '../io/helpers.js';

const root = tempDir('claims-cli-bad-');
const put = (rel: string, content: string | Buffer): void => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
};

const HOCHWASSER = 'Hochwasser in Passau\n\nDer Pegel stieg am Montag auf 9,80 Meter. Mehr als 2.000 Menschen mussten ihre Häuser verlassen, sagte ein Sprecher der Stadt.\n';
const STREIK = '„Streik“ im Nahverkehr\r\n\r\nÜber 3.000 Beschäftigte legten am 4. März die Arbeit nieder. Verdi fordert 10,5 Prozent mehr Lohn.\r\n';
const WAHL = 'Wahl in Sachsen\n\nDie Wahlbeteiligung lag bei rund 74 Prozent, teilte die Landeswahlleiterin mit.\n';

put('good/hochwasser.txt', HOCHWASSER);
put('good/streik.txt', cp1252(STREIK));
put('good/wahl.md', utf16(WAHL, 'le'));
put('bad/leer.txt', '');
put('bad/blank.txt', '   \n\n\t ');
put('bad/bild.txt', Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01, 0x00, 0x01]));
put('bad/riesig.txt', 'Inflation steigt. '.repeat(200));
symlinkSync(path.join(root, 'bad/weg.txt'), path.join(root, 'bad/kaputt.txt'));
symlinkSync(path.join(root, 'good/hochwasser.txt'), path.join(root, 'bad/doppelt.txt'));
mkdirSync(path.join(root, 'nichts'));

const BASE = ['extract', '--max-size', '2k', '--jobs', '1'];

function warnings(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^claims: (warning|notice|error): /.test(l));
}

describe('extract with bad inputs', async () => {
  const alone = await runCli([...BASE, 'good', '--json'], { cwd: root });
  const mixed = await runCli([...BASE, 'good', 'bad', 'nichts', '--json'], { cwd: root });
  const strict = await runCli([...BASE, 'good', 'bad', '--json', '--strict'], { cwd: root });
  const missing = await runCli([...BASE, 'good', 'fehlt', '--json'], { cwd: root });
  const allBad = await runCli([...BASE, 'bad/leer.txt', 'bad/blank.txt', '--json'], { cwd: root });

  it('good files alone: exit 0, no warning, three articles decoded right', () => {
    expect(alone.code).toBe(0);
    expect(warnings(alone.stderr)).toEqual([]);
    const out = JSON.parse(alone.stdout);
    expect(out.articles.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual([
      ['hochwasser', 'Hochwasser in Passau'],
      ['streik', '„Streik“ im Nahverkehr'],
      ['wahl', 'Wahl in Sachsen'],
    ]);
    expect(out.errors).toEqual([]);
  });

  it('bad files: exit 0, one warning line each naming file and reason, good results unchanged', () => {
    expect(mixed.code).toBe(0);
    const expected = [
      'bad/bild.txt: binary file (contains NUL bytes)',
      'bad/blank.txt: contains only whitespace',
      'bad/doppelt.txt: same file as good/hochwasser.txt, read once',
      `bad/kaputt.txt: broken symbolic link (points to ${path.join(root, 'bad/weg.txt')}, which does not exist)`,
      'bad/leer.txt: empty file',
      'bad/riesig.txt: too large (3.5 KiB, over the --max-size limit of 2 KiB)',
      'nichts: folder has no files matching **/*.txt, **/*.md, **/*.html, **/*.htm',
    ];
    // A file read once though reached twice is a notice, not a warning.
    expect(warnings(mixed.stderr)).toEqual(expected.map((m) => `claims: ${m.includes('read once') ? 'notice' : 'warning'}: ${m}`));
    const out = JSON.parse(mixed.stdout);
    expect(out.errors.map((e: { message: string }) => e.message)).toEqual(expected);
    expect(out.articles).toEqual(JSON.parse(alone.stdout).articles);
  });

  it('--strict: the same output, exit 2', () => {
    expect(strict.code).toBe(2);
    expect(JSON.parse(strict.stdout).articles).toEqual(JSON.parse(alone.stdout).articles);
  });

  it('a path that does not exist: exit 2, the rest still processed', () => {
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fehlt: does not exist');
    expect(JSON.parse(missing.stdout).articles).toHaveLength(3);
  });

  it('nothing could be read: exit 2', () => {
    expect(allBad.code).toBe(2);
    expect(warnings(allBad.stderr)).toHaveLength(3);
    expect(allBad.stderr).toContain('claims: error: no article could be read\n');
  });

  it('the output is the same bytes whatever order the paths are given in', async () => {
    const reversed = await runCli([...BASE, 'nichts', 'bad', 'good', '--json'], { cwd: root });
    expect(reversed.stdout).toBe(mixed.stdout);
    expect(reversed.stderr).toBe(mixed.stderr);
  });

  it('--encoding, --input-format and JSONL options reach the loader', async () => {
    put('feed/news.jsonl', [JSON.stringify({ url: 'https://z.example/1', text: 'Über 500 Menschen demonstrierten.' }), '{kaputt', JSON.stringify({ url: 'https://z.example/2' })].join('\n'));
    const r = await runCli(['extract', 'feed', '--input-format', 'jsonl', '--id-field', 'url', '--json', '--jobs', '1'], { cwd: root });
    const out = JSON.parse(r.stdout);
    expect(out.articles.map((a: { id: string }) => a.id)).toEqual(['https://z.example/1']);
    expect(out.errors.map((e: { message: string }) => e.message)).toEqual([
      expect.stringMatching(/^feed\/news\.jsonl:2: invalid JSON \(.*\), line skipped$/),
      'feed/news.jsonl:3: no field "text" (fields: url; use --text-field), line skipped',
    ]);
    expect(r.code).toBe(0);
    const bad = await runCli(['extract', 'good', '--encoding', 'klingonisch'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding: unknown encoding "klingonisch"');
  });
});

describe('output safety end to end', async () => {
  const hostile =
    '„=HYPERLINK(1) ist \u001b]0;pwned\u0007falsch“, sagte die Ministerin am Montag.\n' +
    '„@SUMME(A1) gilt nicht \u202eRÜCKWÄRTS\u202c“, sagte der Sprecher. Mehr als 3.000 Beschäftigte \u001b[2Jstreikten.\n';
  put('evil/angriff.txt', hostile);

  it('table and md output carry no control sequence, no control character, no bidi override', async () => {
    for (const format of ['table', 'md']) {
      const r = await runCli(['extract', 'evil', '--format', format, '--jobs', '1'], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).toContain('3.000');
    }
  });

  it('csv output: no cell that a spreadsheet would evaluate', async () => {
    const r = await runCli(['extract', 'evil', '--format', 'csv', '--jobs', '1'], { cwd: root });
    expect(r.code).toBe(0);
    const cells = csvCells(r.stdout);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const numeric = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/.test(cell);
      // ISO values of the date layer (--03-03, -W-5) are written as they are (made by the rules from digits).
      const isoDate = /^-{1,2}(?:W-)?[0-9]{1,2}(?:-[0-9]{2})?(?:T[0-9:]+)?$/.test(cell);
      if (!numeric && !isoDate) expect(cell).not.toMatch(/^\s*[=+\-@\t\r]/);
      expect(cell).not.toMatch(/\u001b/);
    }
  });

  it('-o writes the file atomically and leaves no temporary file', async () => {
    const out = path.join(root, 'out');
    mkdirSync(out);
    const r = await runCli(['extract', 'good', '--json', '-o', path.join(out, 'ergebnis.json'), '--jobs', '1'], { cwd: root });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['ergebnis.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'ergebnis.json'), 'utf8')).articles).toHaveLength(3);
  });
});

/** All cells of an RFC 4180 document. */
function csvCells(doc: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < doc.length) {
    let cell = '';
    if (doc[i] === '"') {
      i++;
      while (i < doc.length) {
        if (doc[i] === '"' && doc[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (doc[i] === '"') {
          i++;
          break;
        } else cell += doc[i++];
      }
    } else {
      while (i < doc.length && doc[i] !== ',' && doc[i] !== '\n' && doc[i] !== '\r') cell += doc[i++];
    }
    cells.push(cell);
    if (doc[i] === ',') i++;
    else while (doc[i] === '\r' || doc[i] === '\n') i++;
  }
  return cells;
}
