/**
 * The compare JSON is written in chunks (a comparison of 100,000 articles is larger than the longest
 * JavaScript string); the chunks must give exactly the bytes of the one-string formatter.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon } from '../../src/compare/index.js';
import { json, jsonChunks } from '../../src/format/compare/json.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import type { CompareResult } from '../../src/types.js';
import { article } from '../compare/build.js';

const fmt = { color: false, width: 100 } as Parameters<typeof json>[1];

describe('compare JSON in chunks', () => {
  it('gives the same bytes as one string, for a real comparison', () => {
    const arts = [
      article('a', [{ text: 'Bei dem Sturm kamen drei Menschen ums Leben.', q: [{ text: 'drei Menschen', value: 3, unit: 'Mensch' }] }]),
      article('b', [{ text: 'Der Sturm forderte fünf Todesopfer.', q: [{ text: 'fünf Todesopfer', value: 5, unit: 'Todesopfer' }] }]),
    ];
    const r = compare(arts, compareOptionsFromLexicon(loadLexicon()));
    expect([...jsonChunks(r)].join('')).toBe(json(r, fmt));
  });
  it('gives the same bytes for empty lists, optional fields and odd strings', () => {
    const r: CompareResult = { schemaVersion: 1, articles: [], stories: [], groups: [], entities: [], speakers: [], stances: [], errors: [{ path: 'x\n"y"', message: 'bad \u2028 file' }] };
    expect([...jsonChunks(r)].join('')).toBe(json(r, fmt));
  });
});
