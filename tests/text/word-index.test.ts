/** The token-class index: each fact of a form computed once; memory bounded by generations, never cleared wholesale. */
import { describe, expect, it } from 'vitest';
import { Generations, WordIndex, WORD_INDEX_CAPACITY, defineFact, wordFact } from '../../src/text/word-index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { KEY_CHARS, ownString } from '../../src/lexicon/generations.js';
import { analyse } from '../../src/text/analyse.js';
import { units } from '../../src/text/words.js';

describe('Generations', () => {
  it('keeps at most two generations and promotes what is asked for', () => {
    const g = new Generations<number>(3);
    g.set('a', 1);
    g.set('b', 2);
    g.set('c', 3); // young full: becomes old
    expect(g.get('a')).toBe(1); // promoted into the new young generation
    g.set('d', 4);
    g.set('e', 5); // young (a, d, e) full: old (a, b, c) dropped
    expect(g.get('b')).toBeUndefined();
    expect(g.get('c')).toBeUndefined();
    expect(g.get('a')).toBe(1);
    expect(g.size).toBeLessThanOrEqual(6);
  });

  it('never holds more than twice its capacity, whatever the vocabulary', () => {
    const g = new Generations<number>(100);
    for (let i = 0; i < 10_000; i++) {
      g.set('w' + i, i);
      expect(g.size).toBeLessThanOrEqual(200);
    }
    // the most recent words are still there
    expect(g.get('w9999')).toBe(9999);
  });

  it('is also bounded in characters: long keys fill a generation sooner', () => {
    const g = new Generations<number>(100);
    const long = 'x'.repeat(KEY_CHARS * 10);
    for (let i = 0; i < 1_000; i++) {
      g.set(long + i, i);
      // a generation is full at 100 × KEY_CHARS characters: ≈ 10 such keys
      expect(g.size).toBeLessThanOrEqual(22);
    }
    expect(g.get(long + 999)).toBe(999);
  });

  it('memo: computes on a miss from an equal copy of the key, then answers from memory', () => {
    const g = new Generations<string>(100);
    const text = 'Im Landkreis meldete der Zweckverbandsgeschäftsführer einen Rekord.';
    const at = text.indexOf('Zweck');
    const word = text.slice(at, at + 'Zweckverbandsgeschäftsführer'.length);
    let calls = 0;
    const lemma = (w: string) => (calls++, w.toLowerCase());
    expect(g.memo(word, lemma)).toBe('zweckverbandsgeschäftsführer');
    expect(g.memo('Zweckverbandsgeschäftsführer', lemma)).toBe('zweckverbandsgeschäftsführer');
    expect(calls).toBe(1);
    expect(ownString(word)).toBe(word);
    expect(ownString('kurz')).toBe('kurz');
  });
});

describe('WordIndex', () => {
  const lex = loadLexicon();
  it('computes a fact once per form and returns the same answer after', () => {
    let calls = 0;
    const LEN = defineFact('test.length', (_lex, w) => {
      calls++;
      return w.length;
    });
    expect(wordFact(lex, LEN, 'Regierung')).toBe(9);
    expect(wordFact(lex, LEN, 'Regierung')).toBe(9);
    expect(wordFact(lex, LEN, 'Bahn')).toBe(4);
    expect(calls).toBe(2);
  });

  it('answers `undefined` and `null` facts from the entry too', () => {
    let calls = 0;
    const NOTHING = defineFact('test.nothing', () => {
      calls++;
      return undefined;
    });
    wordFact(lex, NOTHING, 'x');
    wordFact(lex, NOTHING, 'x');
    expect(calls).toBe(1);
  });

  it('lets a document word keep its entry: the same answers as by form', () => {
    const UPPER = defineFact('test.upper', (_lex, w) => w.toUpperCase());
    const doc = analyse('Die Deutsche Bahn fährt.', { id: 't', path: 't' });
    for (const u of units(doc)) {
      expect(wordFact(lex, UPPER, u)).toBe(u.text.toUpperCase());
      expect(u.facts).not.toBeNull();
      expect(wordFact(lex, UPPER, u)).toBe(wordFact(lex, UPPER, u.text));
    }
  });

  it('stays bounded over ever-new vocabulary', () => {
    const ix = new WordIndex(lex);
    const F = defineFact('test.first', (_lex, w) => w.charAt(0));
    for (let i = 0; i < 2.5 * WORD_INDEX_CAPACITY; i++) ix.fact(F, 'Neuwort' + i);
    expect(ix.size).toBeLessThanOrEqual(2 * WORD_INDEX_CAPACITY);
  });
});
