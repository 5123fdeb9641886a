import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleId, disambiguateIds, formatOf, loadArticle, readStdinArticle, titleOf, type LoadedArticle } from '../../src/io/load.js';
import { cp1252, tempDir, utf16 } from './helpers.js';

const dir = tempDir();
const MAX = 10 * 1024 * 1024;

function write(name: string, content: string | Buffer): string {
  writeFileSync(path.join(dir, name), content);
  return name;
}

describe('loadArticle: text', () => {
  it('id = file name without extension, title = first non-empty line, text = decoded file', async () => {
    const text = '\n\n  Streik legt Nahverkehr lahm  \r\nAm Montag standen in 12 Städten die Busse still.\r\n';
    const file = write('streik-2024.txt', text);
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.articles).toEqual([
      { id: 'streik-2024', path: 'streik-2024.txt', title: 'Streik legt Nahverkehr lahm', text, encoding: 'utf-8', format: 'text' },
    ]);
  });

  it('markdown heading marks are not part of the title', async () => {
    const file = write('wahl.md', '## **Wahlbeteiligung steigt** ##\n\nText');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.articles[0].title).toBe('Wahlbeteiligung steigt');
  });

  it('decodes Windows-1252 and UTF-16 files; offsets refer to the decoded text', async () => {
    const german = '„Grüße aus Köln“ – 5 € für Maß';
    const a = await loadArticle(write('alt.txt', cp1252(german)), { maxSize: MAX, cwd: dir });
    const b = await loadArticle(write('u16.txt', utf16(german, 'be')), { maxSize: MAX, cwd: dir });
    const c = await loadArticle(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(german)])), { maxSize: MAX, cwd: dir });
    for (const r of [a, b, c]) {
      expect(r.articles[0].text).toBe(german);
      expect(r.articles[0].text.indexOf('Köln')).toBe(german.indexOf('Köln'));
    }
    expect(a.articles[0].encoding).toBe('windows-1252');
    expect(b.articles[0].encoding).toBe('utf-16be');
    expect(c.articles[0].encoding).toBe('utf-8');
  });

  it('--encoding is applied', async () => {
    const r = await loadArticle(write('latin.txt', Buffer.from('Öl', 'utf8')), { maxSize: MAX, cwd: dir, encoding: 'windows-1252' });
    expect(r.articles[0].text).toBe('Ã–l');
  });
});

describe('loadArticle: HTML', () => {
  const paragraphs = [
    'Nach tagelangem Regen ist der Pegel der Donau in Passau am Montag auf 9,80 Meter gestiegen, sagte ein Sprecher der Stadt.',
    'Mehr als 2.000 Menschen mussten ihre Häuser verlassen. Die Feuerwehr war mit rund 600 Einsatzkräften vor Ort.',
    'Der Deutsche Wetterdienst erwartet bis Mittwoch weitere 40 Liter Regen pro Quadratmeter.',
    'Die Landesregierung kündigte Soforthilfen in Höhe von 50 Millionen Euro an, wie die Staatskanzlei mitteilte.',
  ];
  const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hochwasser in Passau</title>
    <script>var tracking = "nicht lesen";</script><style>p{color:red}</style></head>
    <body><nav><a href="/">Startseite</a> · <a href="/politik">Politik</a> · <a href="/sport">Sport</a></nav>
    <header><div class="logo">Tageszeitung</div></header>
    <article><h1>Hochwasser in Passau</h1>
    ${paragraphs.map((p) => `<p>${p.replace('9,80 Meter', '<strong>9,80 Meter</strong>')}</p>`).join('\n')}
    </article>
    <aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Pegelstände</a></li></ul></aside>
    <footer>Impressum · Datenschutz · &copy; 2024</footer></body></html>`;

  it('main text by readability, paragraphs separated by a blank line, title kept', async () => {
    const file = write('hochwasser.html', page);
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.errors).toEqual([]);
    const a = r.articles[0];
    expect(a).toMatchObject({ id: 'hochwasser', path: 'hochwasser.html', title: 'Hochwasser in Passau', format: 'html' });
    expect(a.text).toBe(['Hochwasser in Passau', ...paragraphs].join('\n\n'));
    expect(a.text).not.toMatch(/tracking|Startseite|Impressum|color:red/);
  });

  it('a short page without a readability article falls back to the body without furniture', async () => {
    const file = write('kurz.htm', '<html><head><title>Tor!</title></head><body><nav>Menü</nav><p>Das 1:0 fiel in der 89.&nbsp;Minute.</p><p>Zweiter<br>Absatz</p></body></html>');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.articles[0].title).toBe('Tor!');
    expect(r.articles[0].text).toBe('Tor!\n\nDas 1:0 fiel in der 89.\u00a0Minute.\n\nZweiter\nAbsatz');
  });

  it('a Windows-1252 page is decoded before parsing', async () => {
    const file = write('alt.html', cp1252('<html><head><title>Grüße</title></head><body><p>„Straße“ gesperrt</p></body></html>'));
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.articles[0]).toMatchObject({ title: 'Grüße', text: 'Grüße\n\n„Straße“ gesperrt', encoding: 'windows-1252' });
  });

  it('--input-format html reads any file as HTML', async () => {
    const file = write('seite.txt', '<p>Die <b>Inflation</b> lag bei 2,2 Prozent.</p>');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir, inputFormat: 'html' });
    expect(r.articles[0].text).toBe('Die Inflation lag bei 2,2 Prozent.');
    expect(r.articles[0].title).toBe('Die Inflation lag bei 2,2 Prozent.');
  });

  it('a page without text is an error', async () => {
    const file = write('leer.html', '<html><head><title>Leer</title><script>x()</script></head><body><nav>Menü</nav></body></html>');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([{ path: 'leer.html', kind: 'no-text', message: 'leer.html: HTML page without text' }]);
  });
});

describe('loadArticle: JSONL and JSON', () => {
  const lines = [
    JSON.stringify({ url: 'https://zeitung.example/wahl', title: 'Wahl in Sachsen', text: 'Die Wahlbeteiligung lag bei 74,4 Prozent.' }),
    '',
    '{"url": "https://zeitung.example/kaputt", "text": "abgeschnitten',
    JSON.stringify({ url: 'https://zeitung.example/ohne-text', body: 'falsches Feld' }),
    JSON.stringify({ url: 'https://zeitung.example/streik\u001b[31m', text: 'Verdi rief zum Streik auf.\nZweite Zeile.' }),
    JSON.stringify(['kein', 'Objekt']),
    JSON.stringify({ url: 'https://zeitung.example/wahl', text: 'Gleiche URL, anderer Text.' }),
    JSON.stringify({ text: '   ' }),
  ];

  it('one article per good line, one error per bad line, good ones intact', async () => {
    const file = write('scrape.jsonl', lines.join('\r\n') + '\r\n');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir, idField: 'url' });
    expect(r.articles).toEqual([
      { id: 'https://zeitung.example/wahl', path: file, title: 'Wahl in Sachsen', text: 'Die Wahlbeteiligung lag bei 74,4 Prozent.', encoding: 'utf-8', format: 'jsonl', record: 1, meta: { url: 'https://zeitung.example/wahl' } },
      { id: 'https://zeitung.example/streik', path: file, title: 'Verdi rief zum Streik auf.', text: 'Verdi rief zum Streik auf.\nZweite Zeile.', encoding: 'utf-8', format: 'jsonl', record: 5, meta: { url: 'https://zeitung.example/streik' } },
      { id: 'https://zeitung.example/wahl#7', path: file, title: 'Gleiche URL, anderer Text.', text: 'Gleiche URL, anderer Text.', encoding: 'utf-8', format: 'jsonl', record: 7, meta: { url: 'https://zeitung.example/wahl' } },
    ]);
    expect(r.errors.map((e) => [e.kind, e.record])).toEqual([
      ['invalid-json', 3],
      ['missing-field', 4],
      ['invalid-json', 6],
      ['missing-field', 8],
    ]);
    expect(r.errors[0].message).toMatch(/^scrape\.jsonl:3: invalid JSON \(.+\), line skipped$/);
    expect(r.errors[1].message).toBe('scrape.jsonl:4: no field "text" (fields: body, url; use --text-field), line skipped');
    expect(r.errors[2].message).toBe('scrape.jsonl:6: line is not a JSON object, skipped');
    expect(r.errors[3].message).toBe('scrape.jsonl:8: field "text" is empty, line skipped');
  });

  it('without --id-field ids are <file>#<line>; --text-field and --title-field with dotted paths', async () => {
    const file = write('feed.ndjson', [JSON.stringify({ meta: { headline: 'Inflation sinkt' }, body: { text: 'Die Rate fiel auf 2 Prozent.' } })].join('\n'));
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir, textField: 'body.text', titleField: 'meta.headline' });
    expect(r.errors).toEqual([]);
    expect(r.articles[0]).toMatchObject({ id: 'feed#1', title: 'Inflation sinkt', text: 'Die Rate fiel auf 2 Prozent.', format: 'jsonl' });
  });

  it('JSON: an array of records or one record', async () => {
    const arr = write('liste.json', JSON.stringify([{ id: 7, text: 'Erster Bericht.' }, { id: 8 }, { id: 9, text: 'Dritter Bericht.' }]));
    const r = await loadArticle(arr, { maxSize: MAX, cwd: dir, idField: 'id' });
    expect(r.articles.map((a) => [a.id, a.text, a.record])).toEqual([
      ['7', 'Erster Bericht.', 1],
      ['9', 'Dritter Bericht.', 3],
    ]);
    expect(r.errors.map((e) => e.message)).toEqual(['liste.json:#2: no field "text" (fields: id; use --text-field), record skipped']);
    const one = write('eins.json', JSON.stringify({ text: 'Nur einer.' }));
    expect((await loadArticle(one, { maxSize: MAX, cwd: dir })).articles[0]).toMatchObject({ id: 'eins#1', text: 'Nur einer.' });
  });

  it('JSON errors: invalid, wrong shape, empty array', async () => {
    const bad = await loadArticle(write('kaputt.json', '{"text": '), { maxSize: MAX, cwd: dir });
    expect(bad.errors[0]).toMatchObject({ kind: 'invalid-json' });
    expect(bad.errors[0].message).toMatch(/^kaputt\.json: invalid JSON \(/);
    const shape = await loadArticle(write('zahl.json', '42'), { maxSize: MAX, cwd: dir });
    expect(shape.errors[0].message).toBe('zahl.json: expected a JSON array of objects or one object');
    const empty = await loadArticle(write('leer.json', '[]'), { maxSize: MAX, cwd: dir });
    expect(empty.errors[0]).toMatchObject({ kind: 'empty', message: 'leer.json: no records (empty JSON array)' });
  });
});

describe('readStdinArticle', () => {
  it('id stdin, path -, BOM dropped', () => {
    const r = readStdinArticle('\ufeffBundestag beschließt Haushalt\nMit 390 Stimmen.');
    expect(r.articles).toEqual([
      { id: 'stdin', path: '-', title: 'Bundestag beschließt Haushalt', text: 'Bundestag beschließt Haushalt\nMit 390 Stimmen.', encoding: 'utf-8', format: 'text' },
    ]);
  });

  it('bad stdin: empty, whitespace, NUL, too large', () => {
    expect(readStdinArticle('').errors[0]).toMatchObject({ path: '-', kind: 'empty' });
    expect(readStdinArticle(' \n\t').errors[0]).toMatchObject({ path: '-', kind: 'whitespace', message: '-: contains only whitespace' });
    expect(readStdinArticle('a\u0000b').errors[0]).toMatchObject({ kind: 'binary' });
    expect(readStdinArticle('x'.repeat(2000), { maxSize: 1024 }).errors[0].message).toBe(
      '-: standard input too large (2 KiB, over the --max-size limit of 1 KiB)',
    );
  });

  it('JSONL on stdin: ids from a hash of the record, not its position (issue 15)', () => {
    const r = readStdinArticle('{"text":"Eins."}\n{"text":"Zwei."}\n', { inputFormat: 'jsonl' });
    const ids = r.articles.map((a) => a.id);
    expect(ids).toEqual([expect.stringMatching(/^stdin#[0-9a-f]{16}$/), expect.stringMatching(/^stdin#[0-9a-f]{16}$/)]);
    expect(ids[0]).not.toBe(ids[1]);
    // another partition of the same stream: the same record keeps its id wherever it is
    const other = readStdinArticle('{"text":"Drei."}\n{"text":"Zwei."}\n', { inputFormat: 'jsonl' });
    expect(other.articles[1].id).toBe(ids[1]);
    expect(other.articles[0].id).not.toBe(ids[0]);
    // --id-field still wins
    expect(readStdinArticle('{"id":"a1","text":"Eins."}\n', { inputFormat: 'jsonl', idField: 'id' }).articles[0].id).toBe('a1');
    // a record's own "id" field is its id without --id-field; a record without one keeps the hash
    const own = readStdinArticle('{"id":"a1","text":"Eins."}\n{"text":"Zwei."}\n', { inputFormat: 'jsonl' });
    expect(own.articles[0].id).toBe('a1');
    expect(own.articles[1].id).toBe(ids[1]);
  });

  it('a file\'s records take their "id" field without --id-field, others <file>#<line>', async () => {
    const file = write('own-ids.jsonl', [JSON.stringify({ id: 'artikel-7', text: 'Sieben.' }), JSON.stringify({ text: 'Ohne Id.' }), JSON.stringify({ id: 42, text: 'Zahl als Id.' })].join('\n') + '\n');
    const r = await loadArticle(file, { maxSize: MAX, cwd: dir });
    expect(r.articles.map((a) => a.id)).toEqual(['artikel-7', 'own-ids#2', '42']);
  });
});

describe('small helpers', () => {
  it('formatOf, articleId, titleOf', () => {
    expect(formatOf('a/B.HTM')).toBe('html');
    expect(formatOf('x.ndjson')).toBe('jsonl');
    expect(formatOf('x.json')).toBe('json');
    expect(formatOf('x.txt', 'html')).toBe('html');
    expect(formatOf('README')).toBe('text');
    expect(articleId('a/b/Bericht.vom.Montag.txt')).toBe('Bericht.vom.Montag');
    expect(articleId('.profil')).toBe('.profil');
    expect(articleId('-')).toBe('stdin');
    expect(titleOf('\r\n \r\n# Titel\r\nText')).toBe('Titel');
    expect(titleOf('   ')).toBe('');
  });

  it('disambiguateIds: colliding ids become paths, then numbered', () => {
    const art = (id: string, p: string, record?: number): LoadedArticle => ({ id, path: p, title: '', text: 'x', encoding: 'utf-8', format: 'text', ...(record ? { record } : {}) });
    const out = disambiguateIds([art('bericht', 'a/bericht.txt'), art('bericht', 'b/bericht.md'), art('solo', 'solo.txt'), art('feed#1', 'x/feed.jsonl', 1), art('feed#1', 'y/feed.jsonl', 1)]);
    expect(out.map((a) => a.id)).toEqual(['a/bericht', 'b/bericht', 'solo', 'x/feed#1', 'y/feed#1']);
    const same = disambiguateIds([art('n', 'n.txt'), art('n', 'n.txt')]);
    expect(same.map((a) => a.id)).toEqual(['n', 'n#2']);
  });
});
