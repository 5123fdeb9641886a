/**
 * Property-based tests (fast-check): for any Unicode input the pipeline does not throw, every
 * span is the source text at its offsets, intervals are well-formed, and German number words
 * round-trip: spelling n in German (num-words-de) and parsing it gives n, up to 10^9.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { extractText } from '../../src/pipeline.js';
import { findNumbers } from '../../src/text/numbers/index.js';

const { numToWord } = createRequire(import.meta.url)('num-words-de') as { numToWord: (n: number, opts?: object) => string };

/** German-looking text: words, numbers, quotes, punctuation, line breaks, and arbitrary Unicode. */
const germanish = fc
  .array(
    fc.oneof(
      fc.constantFrom('Die', 'Polizei', 'sagte', 'teilte', 'mit', 'laut', 'zufolge', 'mindestens', 'mehr als', 'rund', 'Millionen', 'Euro', 'Prozent', 'Soldaten', 'am', 'März', 'Uhr', 'dass', 'seien', 'Kanzler', 'Olaf', 'Scholz', 'Berlin', 'NATO', '(NATO)', 'z. B.', 'Dr.', 'bis', 'zwischen', 'und', 'Tausende', 'zweihundert', 'anderthalb'),
      fc.constantFrom('„', '“', '”', '»', '«', '‚', '‘', '"', ',', '.', ':', '!', '?', '-', '–', '(', ')', '\n', '\n\n', '\r\n', ' ', '\u00a0', '%', '€', '$'),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('de-DE')),
      fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(2).replace('.', ',')),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('pipeline properties', () => {
  it('never throws; every span is the source at its offsets; intervals are well-formed', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        const a = extractText(text, { id: 'p', path: 'p.txt' });
        const spans = [
          ...a.quantities,
          ...a.dates,
          ...a.entities.flatMap((e) => e.mentions),
          ...a.statements.flatMap((s) => [s.cue, s.content, s.speaker]),
        ];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        for (const q of a.quantities) {
          expect(Number.isFinite(q.value)).toBe(true);
          const { min, max, minInclusive, maxInclusive } = q.interval;
          expect(typeof minInclusive).toBe('boolean');
          expect(typeof maxInclusive).toBe('boolean');
          if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('German number words round-trip up to 10^9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (n) => {
        const words = numToWord(n, { uppercase: false }).trim();
        const found = findNumbers(words).filter((m) => m.type === 'number');
        expect(found.length, `${n} → ${words} → ${JSON.stringify(found)}`).toBe(1);
        expect(found[0].value, words).toBe(n);
        expect(found[0].start).toBe(0);
        expect(found[0].end).toBe(words.length);
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });
});
