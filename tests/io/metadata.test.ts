/** Article metadata: publication time, outlet, URL, author from JSON fields, front matter, HTML. */
import { describe, expect, it } from 'vitest';
import { cleanUrl, metadataFromRecord, nameOf, normalisePublished } from '../../src/io/metadata.js';
import { extractHtml } from '../../src/io/html.js';

describe('normalisePublished: ISO 8601 as precise as given', () => {
  const must: [unknown, string][] = [
    ['2024-03-02', '2024-03-02'],
    ['2024-03-02T14:10', '2024-03-02T14:10'],
    ['2024-03-02T14:10:00+01:00', '2024-03-02T14:10:00+01:00'],
    ['2024-03-02T14:10:00.123Z', '2024-03-02T14:10:00Z'],
    ['2024-03-02 14:10:00+0100', '2024-03-02T14:10:00+01:00'],
    ['02.03.2024', '2024-03-02'],
    ['2.3.2024, 14:10 Uhr', '2024-03-02T14:10'],
    ['Sat, 02 Mar 2024 14:10:00 +0100', '2024-03-02T14:10:00+01:00'],
    ['02 Mar 2024 14:10:00 GMT', '2024-03-02T14:10:00Z'],
    [1709385000, '2024-03-02T13:10:00Z'],
    [1709385000000, '2024-03-02T13:10:00Z'],
    [new Date(Date.UTC(2024, 2, 2)), '2024-03-02'],
    [new Date(Date.UTC(2024, 2, 2, 13, 10)), '2024-03-02T13:10:00Z'],
  ];
  it.each(must)('%j → %s', (value, iso) => expect(normalisePublished(value)).toBe(iso));

  const mustNot: unknown[] = ['gestern', '2024-02-30', '31.02.2024', '2024-13-01', '', 'Montag', null, undefined, {}, -5, 'Mon, 99 Foo 2024', '2024-03-02T25:00'];
  it.each(mustNot.map((v) => [v]))('%j → undefined', (value) => expect(normalisePublished(value)).toBeUndefined());
});

describe('nameOf and cleanUrl', () => {
  it('reads names from strings, {name} objects and lists', () => {
    expect(nameOf('  Erika   Muster ')).toBe('Erika Muster');
    expect(nameOf({ '@type': 'Person', name: 'Erika Muster' })).toBe('Erika Muster');
    expect(nameOf([{ name: 'A' }, 'B', { name: 'A' }])).toBe('A, B');
    expect(nameOf(42)).toBeUndefined();
  });
  it('takes http(s) URLs only', () => {
    expect(cleanUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(cleanUrl({ '@id': 'https://example.org/x' })).toBe('https://example.org/x');
    expect(cleanUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanUrl('/relativ/pfad')).toBeUndefined();
    expect(cleanUrl('/relativ/pfad', 'https://example.org/')).toBe('https://example.org/relativ/pfad');
  });
});

describe('metadataFromRecord (JSONL fields, front matter)', () => {
  it('takes the first usable default field', () => {
    expect(metadataFromRecord({ date: '2024-03-05', url: 'https://e.org/a', source: 'Nordkurier', author: ['A', 'B'] })).toEqual({
      published: '2024-03-05',
      outlet: 'Nordkurier',
      url: 'https://e.org/a',
      author: 'A, B',
    });
    expect(metadataFromRecord({ published_at: 'kaputt', pubDate: 'Tue, 05 Mar 2024 08:00:00 +0100' })).toEqual({ published: '2024-03-05T08:00:00+01:00' });
    expect(metadataFromRecord({ source: { name: 'dpa', url: 'https://dpa.com' } })).toEqual({ outlet: 'dpa' });
  });
  it('given fields replace the defaults (dotted paths work)', () => {
    const rec = { date: '2024-03-05', meta: { erschienen: '06.03.2024' }, quelle: 'Heise' };
    expect(metadataFromRecord(rec, { dateField: 'meta.erschienen', outletField: 'quelle' })).toEqual({ published: '2024-03-06', outlet: 'Heise' });
    expect(metadataFromRecord(rec, { dateField: 'fehlt' })).toEqual({});
  });
  it('nothing usable gives nothing', () => {
    expect(metadataFromRecord({ text: 'x', url: 'ftp://x', date: 'bald' })).toEqual({});
  });
});

const PAGE = (head: string, body = '<article><h1>Titel</h1><p>Nach dem Unwetter ist die Zahl der Toten auf sieben gestiegen, teilte die Polizei mit.</p></article>') =>
  `<!DOCTYPE html><html><head><title>Titel</title>${head}</head><body>${body}</body></html>`;

describe('htmlMetadata via extractHtml', () => {
  const cases: [string, string, Record<string, string>][] = [
    [
      'Open Graph and article tags, canonical link',
      '<meta property="article:published_time" content="2024-03-02T14:10:00+01:00"><meta property="og:site_name" content="Beispiel-Zeitung"><meta name="author" content="Erika Muster"><link rel="canonical" href="https://www.beispiel.de/a.html">',
      { published: '2024-03-02T14:10:00+01:00', outlet: 'Beispiel-Zeitung', url: 'https://www.beispiel.de/a.html', author: 'Erika Muster' },
    ],
    [
      'JSON-LD NewsArticle in @graph',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","url":"https://www.beispiel.de/"},{"@type":"NewsArticle","datePublished":"2024-03-02T08:00:00Z","author":[{"@type":"Person","name":"Max Beispiel"}],"publisher":{"@type":"Organization","name":"Beispiel Online"},"url":"https://www.beispiel.de/b"}]}</script>',
      { published: '2024-03-02T08:00:00Z', outlet: 'Beispiel Online', url: 'https://www.beispiel.de/b', author: 'Max Beispiel' },
    ],
    ['a <time datetime> in the article', '', { published: '2024-03-01' }],
    ['an author meta that is a URL is no name', '<meta property="article:author" content="https://facebook.com/x">', {}],
    ['broken JSON-LD is ignored', '<script type="application/ld+json">{kaputt</script><meta property="og:url" content="https://e.org/c">', { url: 'https://e.org/c' }],
  ];
  it.each(cases)('%s', (_name, head, meta) => {
    const body = _name.includes('<time') ? '<article><h1>Titel</h1><p><time datetime="2024-03-01">1. März</time></p><p>Nach dem Unwetter ist die Zahl der Toten auf sieben gestiegen, teilte die Polizei mit.</p></article>' : undefined;
    expect(extractHtml(PAGE(head, body)).meta).toEqual(meta);
  });
});
