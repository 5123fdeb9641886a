/**
 * The statement helpers that answer range questions by binary search (quotes, entity mentions,
 * antecedents) give what a scan over the whole list gives: compared with the scans they replaced
 * on seeded random data and a real document.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/text/analyse.js';
import { findQuotes, insideQuote, quoteAt } from '../../../src/rules/statement/lib/grammar.js';
import { mentionsStartingIn } from '../../../src/rules/statement/lib/mentions.js';
import { antecedentBefore } from '../../../src/rules/statement/lib/antecedent.js';
import { sentenceAt } from '../../../src/text/analyse.js';
import type { StatementCandidate } from '../../../src/rules/statement/lib/types.js';
import type { RuleContext } from '../../../src/rules/types.js';
import type { Entity } from '../../../src/types.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = [
  '„Wir sind zufrieden“, sagte die Ministerin. Der Sprecher erklärte, die Lage sei „ernst, aber stabil“.',
  'Laut Polizei gab es keine Verletzten. „Das war knapp.“ Die Feuerwehr teilte mit, der Brand sei gelöscht.',
  '»Es geht weiter«, hieß es. Die Behörde nannte das Urteil „falsch“ und kündigte „rechtliche Schritte“ an.',
].join('\n\n');
const doc = analyse(TEXT.repeat(3), { id: 't', path: 't.txt' });

describe('quote look-ups', () => {
  it('find the quote around a token as a scan over all quotes does', () => {
    const quotes = findQuotes(doc);
    expect(quotes.length).toBeGreaterThan(10);
    for (let k = -1; k <= doc.tokens.length; k++) {
      expect(insideQuote(quotes, k)).toBe(quotes.some((q) => k > q.open && k < q.close));
      expect(quoteAt(quotes, k)).toBe(quotes.find((q) => q.open <= k && q.close >= k));
    }
  });
});

describe('mentionsStartingIn', () => {
  it('gives the mentions in the range in the entity list order', () => {
    const r = rng(7);
    let found = 0;
    for (let round = 0; round < 50; round++) {
      const entities: Entity[] = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => ({
        id: 'e' + i,
        name: 'E' + i,
        type: 'PER',
        rule: 'x',
        mentions: Array.from({ length: Math.floor(r() * 5) }, () => {
          const start = Math.floor(r() * 200);
          return { text: 'x', start, end: start + 1 + Math.floor(r() * 10) };
        }),
      }));
      for (let q = 0; q < 20; q++) {
        const from = Math.floor(r() * 220) - 10;
        const to = from + Math.floor(r() * 40);
        const scan = entities.flatMap((e) => e.mentions.filter((m) => m.start >= from && m.start <= to).map((m) => ({ e, m })));
        expect(mentionsStartingIn(entities, from, to).map(({ e, m }) => ({ e, m }))).toEqual(scan);
        found += scan.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('antecedentBefore', () => {
  /** The scan it replaced. */
  function scan(found: StatementCandidate[], pos: number, maxBack: number): StatementCandidate | null {
    const sen = sentenceAt(doc, pos);
    let best: StatementCandidate | null = null;
    for (const c of found) {
      if (c.content.end > pos || c.cue.start > pos) continue;
      const cs = sentenceAt(doc, c.content.end - 1);
      if (sen - cs > maxBack) continue;
      if (!best || c.content.end > best.content.end || (c.content.end === best.content.end && c.kind === 'indirect')) best = c;
    }
    return best;
  }

  it('picks what a scan over all candidates picks (latest end, indirect before direct, list order)', () => {
    const ctx = { doc } as unknown as RuleContext;
    const r = rng(11);
    const n = doc.text.length;
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const found: StatementCandidate[] = Array.from({ length: Math.floor(r() * 30) }, (_, i) => {
        // few distinct ends, so ties happen
        const end = 1 + Math.floor(r() * 12) * Math.floor(n / 12);
        const start = Math.max(0, end - 1 - Math.floor(r() * 50));
        const cue = Math.floor(r() * n);
        return {
          rule: 'r' + i,
          kind: r() < 0.5 ? 'indirect' : 'direct',
          speaker: { text: 'X', start: 0, end: 1, name: 'X', form: 'named', entity: null, type: null },
          cue: { text: 'c', start: cue, end: cue + 1 },
          content: { text: 'c', start, end: Math.min(end, n) },
          sentence: 0,
        } as StatementCandidate;
      });
      for (let q = 0; q < 30; q++) {
        const pos = Math.floor(r() * (n + 1));
        const back = Math.floor(r() * 6);
        const want = scan(found, pos, back);
        if (want) hits++;
        expect(antecedentBefore(ctx, found, pos, back)).toBe(want);
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
});
