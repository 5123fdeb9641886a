/** The library API: `import { extract, compare } from 'claims'`, its types and the package contents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { compare, extract, SCHEMA_URL } from '../../src/index.js';
import { ROOT } from '../helpers/fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'claims.schema.json'), 'utf8'));
const validate = new (Ajv2020 as any)({ allErrors: true, strict: false }).compile(schema);

describe('extract()', () => {
  it('takes a string and returns one article of the contract', () => {
    const a = extract('Köln, 3. Januar 2025 – Gestern streikten mindestens 2.000 Beschäftigte, teilte Verdi mit.');
    expect(a.id).toBe('article');
    expect(a.quantities.map((q) => [q.text, q.value, q.bound])).toEqual([['mindestens 2.000 Beschäftigte', 2000, 'gte']]);
    expect(a.dates.map((d) => d.value)).toEqual(['2025-01-03', '2025-01-02']);
    expect(validate({ schemaVersion: 1, articles: [a], errors: [] })).toBe(true);
  });

  it('takes an article with metadata; the publication date resolves "gestern"', () => {
    const a = extract({ id: 'taz-1', text: 'Gestern streikten 2.000 Beschäftigte.', published: '2024-03-02T14:10:00+01:00', outlet: 'taz', url: 'https://taz.de/1' });
    expect(a).toMatchObject({ id: 'taz-1', path: 'taz-1', published: '2024-03-02T14:10:00+01:00', outlet: 'taz', url: 'https://taz.de/1' });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([['Gestern', '2024-03-01']]);
  });

  it('reads Markdown and HTML when told the format', () => {
    const md = extract({ format: 'markdown', text: '---\ndate: 2024-06-04\noutlet: Elbkurier\n---\n# Pegel\n\n**Gestern** sagte [Landrat Max Beispiel](https://x.org), 300 Helfer seien im Einsatz.' });
    expect(md).toMatchObject({ title: 'Pegel', published: '2024-06-04', outlet: 'Elbkurier' });
    expect(md.dates.map((d) => d.value)).toEqual(['2024-06-03']);
    expect(md.statements.map((s) => s.speaker.name)).toEqual(['Max Beispiel']);
    const html = extract({ format: 'html', text: '<html><head><meta property="article:published_time" content="2024-03-02"><meta property="og:site_name" content="Beispiel"></head><body><article><h1>Titel</h1><p>Gestern kamen 120 Helfer, sagte ein Sprecher der Feuerwehr.</p></article></body></html>' });
    expect(html).toMatchObject({ title: 'Titel', published: '2024-03-02', outlet: 'Beispiel' });
  });

  it('disable, lexicon and referenceDate options', () => {
    expect(extract('Tausende demonstrierten.', { disable: ['quantity/*'] }).quantities).toEqual([]);
    expect(extract('Gestern tagte der Rat.', { referenceDate: '2024-03-02' }).dates.map((d) => d.value)).toEqual(['2024-03-01']);
    expect(extract('Die Firma twitterte, man habe 40 Stellen gestrichen.', { lexicon: { 'speech-verbs': ['twittern'] } }).statements.length).toBe(1);
  });

  const bad: [unknown, unknown, RegExp][] = [
    [42, {}, /needs a string/],
    [{ body: 'x' }, {}, /needs a string/],
    ['x', { referenceDate: 'morgen' }, /referenceDate "morgen" is not a date/],
    ['x', { disable: ['quantity/gibtsnicht'] }, /matches no rule id/],
    [{ text: 'x', format: 'pdf' }, {}, /format "pdf"/],
  ];
  it.each(bad)('rejects %j %j', (input, options, message) => {
    expect(() => extract(input as never, options as never)).toThrow(message);
  });
});

describe('compare()', () => {
  it('compares extract() results and returns the compare contract', () => {
    const a = extract({ id: 'a', text: 'Bei dem Streik fielen nach Angaben der Bahn 12.000 Zugfahrten aus, sagte ein Sprecher der Bahn.', outlet: 'taz' });
    const b = extract({ id: 'b', text: 'Bei dem Streik fielen nach Angaben der Bahn 20.000 Zugfahrten aus, sagte ein Sprecher der Bahn.' });
    const r = compare([a, b]);
    expect(r.articles).toEqual(['a', 'b']);
    expect(r.articleInfo).toEqual([{ id: 'a', path: 'a', title: a.title, outlet: 'taz' }, { id: 'b', path: 'b', title: b.title }]);
    expect(r.groups.map((g) => g.status)).toEqual(['conflict']);
    expect(validate(r)).toBe(true);
    expect(() => compare([a], { minArticles: 0 })).toThrow(/minArticles/);
  });
});
