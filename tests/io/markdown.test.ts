/** Markdown as Markdown: front matter is metadata, markup is not article text, offsets index the file. */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/io/markdown.js';
import { findInputs, loadArticle } from '../../src/io/load.js';
import { tempDir } from './helpers.js';

const NOTES = `---
title: Hochwasser an der Elbe
date: 2024-06-04
outlet: Elbkurier
url: https://elbkurier.example/hochwasser
author: [Max Beispiel, Eva Probe]
---

# Hochwasser an der Elbe

Der Pegel in **Dresden** stieg *gestern* auf 6,20 Meter, sagte [Landrat Max Beispiel](https://example.org/landrat)
am Abend. Nach Angaben des [DRK][drk] waren mehr als 300 Helfer im Einsatz.

- Die Stadt rechnet mit Schäden von 12 Millionen Euro.
- \`Warnstufe 4\` gilt bis Freitag, 3 \\* 4 Pumpen laufen.

| Ort | Pegel |
| --- | --- |
| Dresden | 6,20 m |

![Foto vom Pegel](bild.jpg)

\`\`\`
code 123
\`\`\`

<div class="x">roh</div>

[drk]: https://drk.de
`;

describe('readMarkdown', () => {
  const md = readMarkdown(NOTES);

  it('keeps the length: offsets index the file', () => {
    expect(md.text.length).toBe(NOTES.length);
  });

  it('reads the front matter as metadata and title', () => {
    expect(md.title).toBe('Hochwasser an der Elbe');
    expect(md.meta).toEqual({ published: '2024-06-04', outlet: 'Elbkurier', url: 'https://elbkurier.example/hochwasser', author: 'Max Beispiel, Eva Probe' });
  });

  const mustStay = ['Hochwasser an der Elbe', 'Dresden', 'gestern', 'Landrat Max Beispiel', 'DRK', 'mehr als 300 Helfer', 'Warnstufe 4', 'Die Stadt rechnet', '6,20 m', '3 * 4 Pumpen'];
  it.each(mustStay)('text keeps %j', (s) => expect(md.text.replace(/ +/g, ' ')).toContain(s));

  const mustGo = ['---', 'title:', 'Elbkurier', 'https://', 'example.org', '**', '*gestern*', '](', '[drk]', '# ', '- Die', '`', '![', 'Foto vom Pegel', 'bild.jpg', 'code 123', '<div', 'roh', '| Ort', '\\*'];
  it.each(mustGo)('text drops %j', (s) => expect(md.text).not.toContain(s));

  it('every kept character stands where it stood in the file', () => {
    for (let i = 0; i < md.text.length; i++) if (md.text[i] !== ' ' && md.text[i] !== '\n') expect(md.text[i]).toBe(NOTES[i]);
  });

  it('a wrapped line inside a paragraph is no line break', () => {
    expect(md.text).toMatch(/Max Beispiel\s+am Abend/);
    expect(md.text.slice(md.text.indexOf('Beispiel'), md.text.indexOf('am Abend'))).not.toContain('\n');
  });

  it('without front matter the first heading is the title; a leading --- line is a rule, not front matter', () => {
    expect(readMarkdown('Intro\n\n## Die Lage\n\nText.').title).toBe('Die Lage');
    expect(readMarkdown('Nur Text ohne Überschrift.').title).toBe('Nur Text ohne Überschrift.');
    expect(readMarkdown('---\n\nText danach.').text.trim()).toBe('Text danach.');
  });

  it('front matter that is not YAML is blanked and reported', () => {
    const r = readMarkdown('---\ntitle: [kaputt\n---\nText.');
    expect(r.warning).toMatch(/front matter is not valid YAML/);
    expect(r.text.trim()).toBe('Text.');
  });
});

describe('Markdown files in folders', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'notizen'));
  for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE.md', 'readme.txt', 'bericht.md', 'lizenzen.md']) writeFileSync(path.join(dir, 'notizen', f), 'Text.');

  it('README, CHANGELOG, LICENSE are skipped in folders …', async () => {
    const r = await findInputs(['notizen'], { cwd: dir });
    expect(r.files).toEqual([path.join('notizen', 'bericht.md'), path.join('notizen', 'lizenzen.md')]);
  });

  it('… and read when named', async () => {
    const r = await findInputs([path.join('notizen', 'README.md')], { cwd: dir });
    expect(r.files).toEqual([path.join('notizen', 'README.md')]);
  });

  it('a .md file loads as markdown: metadata, markup blanked', async () => {
    writeFileSync(path.join(dir, 'notes.md'), NOTES);
    const r = await loadArticle('notes.md', { maxSize: 1e7, cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.articles[0]).toMatchObject({ id: 'notes', title: 'Hochwasser an der Elbe', format: 'markdown', meta: { published: '2024-06-04', outlet: 'Elbkurier' } });
    expect(r.articles[0].text.length).toBe(NOTES.length);
  });

  it('only front matter: no text', async () => {
    writeFileSync(path.join(dir, 'leer.md'), '---\ntitle: x\n---\n');
    const r = await loadArticle('leer.md', { maxSize: 1e7, cwd: dir });
    expect(r.articles).toEqual([]);
    expect(r.errors[0].message).toBe('leer.md: Markdown file without text (only front matter or markup)');
  });
});
