/**
 * Articles formatted one at a time (in the workers) must give the bytes of the whole-result
 * formatters: jsonl lines, the `--format json` document, and an article renamed after its id
 * clashed with an earlier one.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline.js';
import { json } from '../../src/format/extract/json.js';
import { jsonl } from '../../src/format/extract/jsonl.js';
import { formatArticle, jsonDocument, renameFormatted } from '../../src/run/format-article.js';
import type { ArticleResult } from '../../src/types.js';
import type { InputError } from '../../src/io/types.js';

const TEXTS: Array<[string, string]> = [
  ['bundestag', 'Der Bundestag hat am Donnerstag mit 412 Stimmen das Heizungsgesetz beschlossen. „Das ist ein guter Tag“, sagte die Fraktionschefin.'],
  ['hochwasser', 'Hochwasser in Passau: Der Pegel stieg auf 12,8 Meter.\n\nNach Angaben der Feuerwehr mussten rund 2.000 Menschen ihre Häuser verlassen.'],
  ['streik', 'Die Gewerkschaft kündigte für Montag einen Streik an. Betroffen seien mehr als 300 Flüge, teilte ein Sprecher mit.'],
  ['leer', ''],
];

const articles = (): ArticleResult[] => TEXTS.map(([id, text]) => extractText(text, { id, path: `${id}.txt` }));

/** Plain values that JSON must carry exactly: quotes, backslashes, control characters, lone surrogates, -0. */
const odd = (a: ArticleResult): ArticleResult => ({ ...a, title: 'Zitat: „a“ "b" \\ \n\t\u0001 \ud800 \u2028', id: 'x"\\y' });

describe('articles formatted one at a time', () => {
  it('jsonl lines equal the jsonl formatter', () => {
    const as = [...articles(), odd(articles()[0])];
    expect(as.map((a) => formatArticle(a, 'jsonl')).join('')).toBe(jsonl({ schemaVersion: 1, articles: as, errors: [] }));
  });

  it('the json document equals the json formatter, with and without articles and errors', () => {
    const errors: InputError[] = [
      { path: 'kaputt.txt', kind: 'unreadable', message: 'kaputt.txt: "articles": [] is not text' },
      { path: 'fehlt', kind: 'missing', message: 'fehlt: no such file', missing: true },
    ];
    const as = [...articles(), odd(articles()[1])];
    for (const [list, errs] of [
      [as, errors],
      [as, []],
      [[], errors],
      [[], []],
      [as.slice(0, 1), []],
    ] as Array<[ArticleResult[], InputError[]]>) {
      const pieces = list.map((a) => formatArticle(a, 'json'));
      expect(jsonDocument(1, pieces, errs)).toBe(json({ schemaVersion: 1, articles: list, errors: errs }));
    }
  });

  it('a renamed article has the bytes of the article formatted under the new id', () => {
    for (const a of [...articles(), odd(articles()[2])]) {
      for (const id of ['neu#2', 'ordner/datei', 'mit "Anführung" \\ und \u00e4']) {
        for (const format of ['jsonl', 'json'] as const) {
          const renamed = renameFormatted(formatArticle(a, format), format, id);
          expect(renamed).toBe(formatArticle({ ...a, id }, format));
          // the id keeps its place among the keys
          const parsed = format === 'jsonl' ? JSON.parse(renamed).article : JSON.parse(renamed);
          expect(Object.keys(parsed)).toEqual(Object.keys(a));
          expect(parsed.id).toBe(id);
        }
      }
    }
  });
});
