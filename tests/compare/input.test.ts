import { describe, expect, it } from 'vitest';
import { mergeArticles } from '../../src/compare/index.js';
import { parseExtraction } from '../../src/compare/input.js';
import { article } from './build.js';

const a = article('wahl-1', [{ text: 'Die SPD kam auf 16,4 Prozent.', q: [{ text: '16,4 Prozent', value: 16.4, unit: 'Prozent' }] }], false);
const b = article('wahl-2', [{ text: 'Die Wahlbeteiligung lag bei 82,5 Prozent.', q: [{ text: '82,5 Prozent', value: 82.5, unit: 'Prozent' }] }], false);

describe('reading extraction output', () => {
  it('reads `extract --format json`', () => {
    const r = parseExtraction(JSON.stringify({ schemaVersion: 1, articles: [a, b], errors: [{ path: 'x.txt', message: 'cannot decode' }] }, null, 2), 'e.json');
    expect(r.articles.map((x) => x.id)).toEqual(['wahl-1', 'wahl-2']);
    expect(r.errors).toEqual([{ path: 'x.txt', message: 'cannot decode' }]);
  });

  it('reads `extract --format jsonl` envelopes and bare article lines, and reports bad lines', () => {
    const text = [
      JSON.stringify({ schemaVersion: 1, article: a }),
      '',
      JSON.stringify(b),
      '{not json',
      JSON.stringify({ schemaVersion: 1, error: { path: 'y.txt', message: 'empty file' } }),
    ].join('\n');
    const r = parseExtraction(text, 'shard.jsonl');
    expect(r.articles.map((x) => x.id)).toEqual(['wahl-1', 'wahl-2']);
    expect(r.errors.map((e) => e.path)).toEqual(['shard.jsonl:4', 'y.txt']);
  });

  it('fills missing lists and rejects records without an id', () => {
    const r = parseExtraction(JSON.stringify([{ id: 'nur-titel', title: 'Streik' }, { title: 'ohne id' }]), 'list.json');
    expect(r.articles[0]).toMatchObject({ id: 'nur-titel', quantities: [], dates: [], entities: [], statements: [] });
    expect(r.errors).toHaveLength(1);
  });

  it('merges shards sorted by id; a repeated id becomes an error', () => {
    const m = mergeArticles([[b], [a, { ...b, path: 'other/wahl-2.txt' }]]);
    expect(m.articles.map((x) => x.id)).toEqual(['wahl-1', 'wahl-2']);
    expect(m.errors).toHaveLength(1);
    expect(m.errors[0].message).toContain('duplicate article id "wahl-2"');
  });
});
