import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LexemeIndex, PackedWords, lexemeIndexOf, readCore, tokenizerModel } from '../../src/text/wink-model.js';

// The tokenizer-only model (src/text/wink-model.ts) must be the package's own core model, read from
// the files compiled by scripts/build-wink.mjs, and tokenize exactly as the package's full model.
const require = createRequire(import.meta.url);
const packaged = require('wink-eng-lite-web-model');
const winkNLP = require('wink-nlp');

describe('wink tokenizer model', () => {
  const ours = readCore();
  const theirs = packaged.core();

  it('has the package core field by field (lexeme hash as an index)', () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) {
      if (key === 'features') continue;
      expect(ours[key], key).toEqual(theirs[key]);
    }
    for (const f of Object.keys(theirs.features)) {
      const { hash, ...rest } = theirs.features[f];
      const { hash: ourHash, list: ourList, ...ourRest } = ours.features[f];
      const { list, ...restWithoutList } = rest;
      expect(ourRest, f).toEqual(restWithoutList);
      // the lexeme list fills in its words when read (PackedWords): compare it read out
      expect(Array.from(ourList), f).toEqual(list);
      if (f !== 'lexeme') expect(ourHash, f).toEqual(hash);
    }
  });

  it('indexes every lexeme at its own position, and nothing else', () => {
    const index = lexemeIndexOf.get(ours)!;
    const hash = theirs.features.lexeme.hash as Record<string, number>;
    const words = Object.keys(hash);
    expect(words.length).toBeGreaterThan(50_000);
    for (const w of words) if (index.get(w) !== hash[w]) expect(index.get(w), w).toBe(hash[w]);
    for (const w of ['Bundesverfassungsgericht', 'zzzq', '', 'constructor', '__proto__', 'toString']) {
      expect(index.get(w), w).toBe(hash[w]);
    }
  });

  it('LexemeIndex finds words by binary search over any order and remembers misses', () => {
    const words = ['b', 'a', 'c'];
    const index = new LexemeIndex(words, Uint32Array.from([1, 0, 2]));
    expect([index.get('a'), index.get('b'), index.get('c'), index.get('d')]).toEqual([1, 0, 2, undefined]);
    expect(index.has('d')).toBe(false);
    expect(index.has('c')).toBe(true);
  });

  it('PackedWords cuts words out of one string and orders them as strings compare', () => {
    const words = ['', 'a', 'ab', 'Äb', 'b', 'ß', '’s', '€', '😀x', '\uffff'];
    const packed = PackedWords.of(words);
    expect(packed.length).toBe(words.length);
    expect(words.map((_, k) => packed.at(k))).toEqual(words);
    for (let k = 0; k < words.length; k++) {
      for (const w of [...words, 'a\u0000', 'abc', 'ä', '’', '😀', '😁', '\ud83d']) {
        expect(Math.sign(packed.compare(k, w)), `${words[k]} vs ${w}`).toBe(words[k] < w ? -1 : words[k] > w ? 1 : 0);
      }
    }
    const list = packed.list();
    expect(list.length).toBe(words.length);
    expect(list[3]).toBe('Äb');
    list.push('neu');
    expect([list.length, list[words.length], list[1]]).toEqual([words.length + 1, 'neu', 'a']);
  });

  it('tokenizes as the full packaged model', () => {
    const full = winkNLP(packaged, []);
    const lean = winkNLP(
      tokenizerModel(require, () => {
        const core = readCore();
        const index = lexemeIndexOf.get(core)!;
        const added = new Map<string, number>();
        core.features.lexeme.hash = new Proxy(Object.create(null), {
          get: (_t, k) => (typeof k === 'string' ? (added.get(k) ?? index.get(k)) : undefined),
          set: (_t, k, v) => (typeof k === 'string' && added.set(k, v), true),
          has: (_t, k) => typeof k === 'string' && (added.has(k) || index.has(k)),
        });
        return core;
      }),
      [],
    );
    const texts = [
      'Laut Polizei kamen am Samstag rund 12.000 Menschen; die Veranstalter sprachen von 25.000.',
      '„Wir sind enttäuscht“, sagte die 51-Jährige am 3. Mai 2024 in Köln-Deutz. Sie zahlte 3,5 Mio. € (ca. 12 %).',
      "Dr. Ana Lind's e-mail: info@example.org, https://example.org/a?b=1 — can't, won't #tag @user 10km 3e 51s",
    ];
    for (const text of texts) {
      const a = full.readDoc(text);
      const b = lean.readDoc(text);
      expect(b.tokens().out(lean.its.type)).toEqual(a.tokens().out(full.its.type));
      expect(b.tokens().out()).toEqual(a.tokens().out());
      expect(b.tokens().out(lean.its.precedingSpaces)).toEqual(a.tokens().out(full.its.precedingSpaces));
    }
  });
});
