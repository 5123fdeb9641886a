import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { docMemo, sentenceAt, span, tokenAt, tokenFrom } from '../../src/text/doc.js';
import { tokenize } from '../../src/text/tokens.js';

describe('Doc helpers', () => {
  const doc = analyse('Die Bahn fährt. Der Zug hält.', { id: 't', path: 't' });
  it('tokenAt: the token holding an offset, else the next', () => {
    expect(doc.tokens[tokenAt(doc, 0)].text).toBe('Die');
    expect(doc.tokens[tokenAt(doc, 5)].text).toBe('Bahn'); // inside „Bahn“
    expect(doc.tokens[tokenAt(doc, 3)].text).toBe('Bahn'); // the blank before it
    expect(tokenAt(doc, 10_000)).toBe(doc.tokens.length);
  });
  it('tokenFrom: the first token starting at or after an offset', () => {
    expect(doc.tokens[tokenFrom(doc, 5)].text).toBe('fährt');
    expect(doc.tokens[tokenFrom(doc, 4)].text).toBe('Bahn');
  });
  it('sentenceAt and span', () => {
    expect(sentenceAt(doc, 20)).toBe(1);
    expect(span(doc, 4, 8)).toEqual({ text: 'Bahn', start: 4, end: 8 });
  });
  it('docMemo computes once per document and key', () => {
    let n = 0;
    const f = () => ++n;
    expect(docMemo(doc, 'test/a', f)).toBe(1);
    expect(docMemo(doc, 'test/a', f)).toBe(1);
    expect(docMemo(doc, 'test/b', f)).toBe(2);
    const other = analyse('Noch ein Text.', { id: 'u', path: 'u' });
    expect(docMemo(other, 'test/a', f)).toBe(3);
  });
});

describe('tokenize', () => {
  it('gives a document the same tokens whatever was tokenized before (wink entries are re-used, not leaked)', () => {
    const a = 'Die 51-Jährige kam um 3e an, die 51s liefen. Mit 51-Jährigen sprach sie.';
    const b = 'Der 3e-Zug und die 51s-Reihe: 51s, 3e, Jährige — und Jährigen.';
    const first = JSON.stringify(tokenize(a));
    JSON.stringify(tokenize(b));
    const again = JSON.stringify(tokenize(a));
    expect(again).toBe(first);
    const bAfter = JSON.stringify(tokenize(b));
    tokenize(a);
    expect(JSON.stringify(tokenize(b))).toBe(bAfter);
  });
});
