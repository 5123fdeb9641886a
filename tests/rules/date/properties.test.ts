/** Properties of the date layer on generated German-like text: offsets, ISO shape, determinism. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../../src/text/analyse.js';
import { loadLexicon } from '../../../src/lexicon/index.js';
import { dateLayer } from '../../../src/rules/date/index.js';
import type { DateMention } from '../../../src/types.js';

function dates(text: string): DateMention[] {
  const doc = analyse(text, { id: 't', path: 't.txt' });
  const ctx = { doc, lexicon: loadLexicon(), results: { dates: [], quantities: [], entities: [], statements: [] } };
  return dateLayer.resolve(dateLayer.rules.flatMap((r) => r.find(ctx)), ctx);
}

/** The value shapes documented in docs/dates.md. */
const ISO_SHAPE =
  /^(?:[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?|--[0-9]{2}(?:-[0-9]{2})?|-W-[1-7]|[0-9]{4}-W[0-9]{2}|[0-9]{3}X|[0-9]{2})?(?:T[0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$/;

const WORDS = [
  'am', 'im', 'seit', 'bis', 'zum', 'vom', 'ab', 'von', 'zwischen', 'und', 'um', 'gegen', 'Uhr', 'Anfang', 'Mitte', 'Ende',
  'Jahr', 'Jahres', 'des', 'der', 'den', 'Januar', 'März', 'Mai', 'August', 'Oktober', 'Dezember', 'Freitag', 'Sonntagabend',
  'letzten', 'vergangenen', 'Woche', 'gestern', 'heute', 'morgen', 'Sommer', 'Winter', 'Quartal', 'ersten', 'Jahrhundert',
  '90er', 'Jahren', 'Saison', 'Soldaten', 'Euro', 'Prozent', 'Millionen', 'Artikel', 'Seite', 'Version', 'Bundestagswahl',
  '3.', '18.', '31.', '1.', '18.12.2024', '3.1.25', '2024-12-18', '13:39', '2:1', '8.30', '2024', '1990', '2022/23', '10.000',
  '1,28', '12', '2000', '1999', '–', '-', ',', '.', '/', '„', '“', 'Berlin,', 'Die', 'Polizei', 'sagte', 'Streik',
];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '', '\n', '  ')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('date layer properties', () => {
  it('spans match the source, values have an ISO shape, output is sorted and disjoint', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const out = dates(text);
        let lastEnd = -1;
        for (const d of out) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(ISO_SHAPE);
          if (d.end_value !== undefined) expect(d.end_value).toMatch(ISO_SHAPE);
          expect(d.start).toBeGreaterThanOrEqual(lastEnd);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.rule.startsWith('date/')).toBe(true);
          lastEnd = d.end;
        }
      }),
      { numRuns: 400, seed: 20241218 },
    );
  });

  it('gives the same output for the same text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(dates(text)).toEqual(dates(text));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('finds the same mention in a sentence wherever it stands in an article', () => {
    const sentence = 'Der Vertrag wurde am 1. Januar 2025 unterzeichnet.';
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Die Lage ist ernst.', 'Es regnet.', 'Mehr als 2000 Menschen kamen.'), { maxLength: 6 }), (before) => {
        const text = [...before, sentence].join(' ');
        const found = dates(text).filter((d) => d.value === '2025-01-01');
        expect(found).toHaveLength(1);
        expect(found[0].text).toBe('am 1. Januar 2025');
      }),
      { numRuns: 50, seed: 3 },
    );
  });
});
