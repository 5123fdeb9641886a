import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GoldFormatError, loadGold, parseGold } from '../../src/eval/gold.js';
import { goldSpans, scoreExtraction } from '../../src/eval/score.js';
import { containsWords, fold, unitOk, unitStem } from '../../src/eval/match.js';

const article = (over: Record<string, unknown> = {}) => ({ quantities: [], statements: [], entities: [], ...over });

describe('parseGold', () => {
  it('normalises single values to lists and fills defaults', () => {
    const g = parseGold(
      {
        corpus: 'wahl',
        articles: {
          w1: article({
            quantities: [{ text: 'rund 61 Millionen Wahlberechtigte', value: 61e6, bound: 'approx', unit: 'Wahlberechtigter' }],
            statements: [{ speaker: 'Die Bundeswahlleiterin', cue: 'teilte mit', kind: 'indirect', anchor: 'Wahlbeteiligung' }],
            entities: [{ name: 'Bundestag', type: 'ORG' }],
          }),
        },
      },
      'wahl.json',
    );
    expect(g.articles.w1.quantities[0]).toEqual({ text: 'rund 61 Millionen Wahlberechtigte', value: 61e6, bound: ['approx'], unit: ['Wahlberechtigter'], optional: false });
    expect(g.articles.w1.statements[0].speaker).toEqual(['Die Bundeswahlleiterin']);
    expect(g.articles.w1.entities[0].aliases).toEqual([]);
    expect(g.articles.w1.dates).toBeUndefined();
    expect(g.groups).toEqual([]);
  });

  it.each([
    [{ articles: { a: article({ quantities: [{ text: 'x', value: '3', bound: 'eq' }] }) } }, /quantities\[0\]\.value: expected a number/],
    [{ articles: { a: article({ quantities: [{ text: 'x', value: 3, bound: 'ungefähr' }] }) } }, /bound: "ungefähr" is not one of/],
    [{ articles: { a: article({ entities: [{ name: 'X', type: 'PERSON' }] }) } }, /entities\[0\]\.type/],
    [{ articles: { a: article({ quantities: [{ text: 'x', value: 3, bound: 'eq', context: 'y' }] }) } }, /context: must contain the text/],
    [{ articles: { a: article({ dates: [{ text: 'im Mai' }] }) } }, /dates\[0\]\.value/],
    [{ articles: { a: article() }, groups: [{ id: 'g', status: 'agree', members: [['a', '5 Tore']] }] }, /no gold quantity with the text "5 Tore"/],
    [{ articles: { a: article() }, groups: [{ id: 'g', status: 'agree', members: [['b', '5 Tore']] }] }, /no gold article "b"/],
    [{ articles: [] }, /articles: expected an object/],
  ])('rejects %j', (json, message) => {
    expect(() => parseGold(json, 'g.json')).toThrow(GoldFormatError);
    expect(() => parseGold(json, 'g.json')).toThrow(message);
  });

  it('an optional date may leave its value out', () => {
    const g = parseGold({ articles: { a: article({ dates: [{ text: 'letzte Woche', optional: true }] }) } }, 'g.json');
    expect(g.articles.a.dates).toEqual([{ text: 'letzte Woche', value: [], optional: true }]);
  });
});

describe('loadGold on a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges every *.json file in name order; groups may span files', async () => {
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ corpus: 'b', articles: { b1: article({ quantities: [{ text: '3 Tore', value: 3, bound: 'eq' }] }) }, groups: [{ id: 'tore', status: 'agree', members: [['a1', 'drei Tore'], ['b1', '3 Tore']] }] }));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ corpus: 'a', articles: { a1: article({ quantities: [{ text: 'drei Tore', value: 3, bound: 'eq' }] }) } }));
    writeFileSync(join(dir, 'notes.txt'), 'not gold');
    const g = await loadGold(dir);
    expect(g.corpus).toBe('a+b');
    expect(Object.keys(g.articles)).toEqual(['a1', 'b1']);
    expect(g.groups.map((x) => x.id)).toEqual(['tore']);
  });

  it('an article annotated twice is an error', async () => {
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ articles: { a1: article() } }));
    await expect(loadGold(dir)).rejects.toThrow(/annotated in more than one gold file/);
  });
});

describe('matching primitives', () => {
  it.each([
    ['Containern', 'contain'],
    ['Soldaten', 'soldat'],
    ['Soldat', 'soldat'],
    ['Tore', 'tore'],
    ['Beschäftigte', 'beschaftigt'],
  ])('unitStem(%s) = %s', (u, s) => expect(unitStem(u)).toBe(s));

  it('units: compounds match their head, other nouns do not', () => {
    expect(unitOk('Artilleriegranate', ['Granate'])).toBe(true);
    expect(unitOk('Wahlberechtigte', ['Wahlberechtigter'])).toBe(true);
    expect(unitOk('Euro', ['Dollar'])).toBe(false);
    expect(unitOk(null, ['Euro'])).toBe(false);
    expect(unitOk(null, [])).toBe(true);
  });

  it('speaker words: whole words, genitive -s, umlauts, hyphens', () => {
    expect(containsWords('Bundesinnenministerin Nancy Faeser', 'Faeser')).toBe(true);
    expect(containsWords('des Deutschen Wetterdienstes', 'Deutscher Wetterdienst')).toBe(false);
    expect(containsWords('Sprecher des Bundestags', 'Bundestag')).toBe(true);
    expect(containsWords('Hans-Böckler-Stiftung', 'Hans Bockler Stiftung')).toBe(true);
    expect(containsWords('Schalke', 'Schal')).toBe(false);
    expect(fold('„Straße“ – Süd')).toBe('strasse sud');
  });

  it('gold spans: longer texts first, then the first free occurrence; context pins', () => {
    const text = 'Fünf Tore fielen. Dann fünf Tore mehr. Fünf Tore fielen wieder.';
    expect(goldSpans(text, [{ text: 'Fünf Tore' }, { text: 'Fünf Tore fielen' }, { text: 'Fünf Tore fielen' }])).toEqual([
      { start: 0, end: 9 }, // both occurrences taken: falls back to the first
      { start: 0, end: 16 },
      { start: 39, end: 55 },
    ]);
    expect(goldSpans(text, [{ text: 'Fünf Tore fielen' }, { text: 'Fünf Tore' }])).toEqual([
      { start: 0, end: 16 },
      { start: 39, end: 48 },
    ]);
    expect(goldSpans(text, [{ text: 'Fünf Tore', context: 'Fünf Tore fielen wieder' }])).toEqual([{ start: 39, end: 48 }]);
    expect(goldSpans(text, [{ text: 'sechs Tore' }])).toEqual([{ start: -1, end: 9 }]);
  });
});

describe('dates where annotated', () => {
  const gold = parseGold(
    {
      articles: {
        d: article({ dates: [{ text: 'am 3. März', value: ['--03-03', '2025-03-03'] }, { text: 'im Mai', value: '--05' }, { text: 'vergangene Woche', optional: true }] }),
        n: article(),
      },
    },
    'g.json',
  );
  const text = 'Der Streik begann am 3. März und endete vergangene Woche; im Mai wird weiter verhandelt.';
  const date = (t: string, value: string, rule = 'date/x') => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, value, sentence: 0, rule });

  it('scores span overlap, value accuracy, optional items, and ignores articles without dates', () => {
    const r = scoreExtraction({
      gold,
      texts: new Map([['d', text], ['n', 'Nichts.']]),
      extraction: {
        articles: [
          { id: 'd', path: '', title: '', quantities: [], entities: [], statements: [], dates: [date('3. März', '--03-03'), date('vergangene Woche', '2025-W10', 'date/relative'), date('Streik', '2025', 'date/bad')] },
          { id: 'n', path: '', title: '', quantities: [], entities: [], statements: [], dates: [date('Nichts', '2020')] },
        ],
      },
    });
    expect(r.dates).toEqual({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5, valueAccuracy: 1 });
    expect(r.misses.dates).toEqual(['d: im Mai']);
    expect(r.falsePositives.dates).toEqual([{ article: 'd', text: 'Streik', rule: 'date/bad', start: 4 }]);
    expect(r.rules).toEqual([
      { rule: 'date/bad', layer: 'dates', tp: 0, fp: 1, ignored: 0, precision: 0 },
      { rule: 'date/relative', layer: 'dates', tp: 0, fp: 0, ignored: 1, precision: 1 },
      { rule: 'date/x', layer: 'dates', tp: 1, fp: 0, ignored: 0, precision: 1 },
    ]);
  });

  it('no annotated dates: the layer is not scored', () => {
    const g = parseGold({ articles: { n: article() } }, 'g.json');
    expect(scoreExtraction({ gold: g, texts: new Map(), extraction: { articles: [] } }).dates).toBeNull();
  });
});
