/**
 * The entity and speaker tables of `compare` (issue 15: a merge of 100,000 articles must stay
 * below 1 GB). They keep article numbers and counts compactly and make the `{ article id: count }`
 * objects only when read (JSON output, formatters): the values are those of the plain definition —
 * names merged on their folded key, a genitive key joining its base, a surname joining the one
 * full name, counts summed per article and keyed in article-id order.
 */
import { describe, expect, it } from 'vitest';
import { mergeEntities, mergeSpeakers } from '../../src/compare/entities.js';
import type { ArticleResult, Entity, Statement } from '../../src/types.js';

const span = (text: string) => ({ text, start: 0, end: 0 });
function article(id: string, ents: [string, Entity['type'], string[]][], said: [string, string | null][] = []): ArticleResult {
  const entities: Entity[] = ents.map(([name, type, mentions], k) => ({ id: `e${k}-${name}`, name, type, mentions: mentions.map(span), rule: '' }));
  const statements = said.map(
    ([name, entity]) =>
      ({
        speaker: { text: name, start: 0, end: 0, name, entity: entity === null ? null : (entities.find((e) => e.name === entity)?.id ?? null) },
        cue: span('sagte'),
        kind: 'direct',
        content: span('Es ist so.'),
        sentence: 0,
        rule: '',
      }) as Statement,
  );
  return { id, path: `${id}.txt`, title: id, quantities: [], dates: [], entities, statements };
}

// Sorted by id, as the reduce reads them; "__proto__" is an article id like any other.
const articles = [
  article('__proto__', [['Olaf Scholz', 'PER', ['Olaf Scholz', 'Scholz']]], [['Olaf Scholz', 'Olaf Scholz']]),
  article('a1', [
    ['Südkorea', 'LOC', ['Südkorea']],
    ['Scholz', 'PER', ['Scholz']],
  ], [['Scholz', 'Scholz'], ['Scholz', 'Scholz']]),
  article('a2', [
    ['Südkoreas', 'LOC', ['Südkoreas', 'Südkoreas']],
    ['Südkorea', 'ORG', ['Südkorea']],
  ]),
  article('b1', [['Olaf Scholz', 'PER', []]], [['Ein Sprecher', null]]),
];
const ids = articles.map((a) => a.id);

describe('entity and speaker tables', () => {
  const index = mergeEntities(articles, ids);

  it('merge names on their key, genitive and surname, with counts per article in id order', () => {
    expect(JSON.stringify(index.rows)).toBe(
      JSON.stringify([
        { id: 'e0-Olaf Scholz', name: 'Olaf Scholz', type: 'PER', variants: ['Olaf Scholz', 'Scholz'], counts: JSON.parse('{"__proto__":2,"a1":1,"b1":1}') },
        { id: 'e0-Südkorea', name: 'Südkorea', type: 'LOC', variants: ['Südkorea', 'Südkoreas'], counts: { a1: 1, a2: 3 } },
      ]),
    );
    // The own key "__proto__", not the prototype.
    expect(Object.keys(index.rows[0].counts)).toEqual(['__proto__', 'a1', 'b1']);
    expect(Object.getPrototypeOf(index.rows[0].counts)).toBe(Object.prototype);
  });

  it('make the per-article objects when read, not when built (one fresh object per read, field order kept)', () => {
    const row = index.rows[1];
    expect(Object.getOwnPropertyDescriptor(row, 'counts')?.get).toBeTypeOf('function');
    expect(row.counts).not.toBe(row.counts);
    expect(row.counts).toEqual(row.counts);
    expect(Object.keys(row)).toEqual(['id', 'name', 'type', 'variants', 'counts']);
    expect({ ...row }.counts).toEqual({ a1: 1, a2: 3 });
  });

  it('speakers: the merged entity of the speaker (found in the article’s own entities), statements per article', () => {
    const speakers = mergeSpeakers(articles, index, ids);
    expect(JSON.stringify(speakers)).toBe(
      JSON.stringify([
        { name: 'Olaf Scholz', entity: 'e0-Olaf Scholz', articles: JSON.parse('{"__proto__":1,"a1":2}'), cues: ['sagte'] },
        { name: 'Ein Sprecher', entity: null, articles: { b1: 1 }, cues: ['sagte'] },
      ]),
    );
    expect(Object.keys(speakers[0])).toEqual(['name', 'entity', 'articles', 'cues']);
  });
});
