/**
 * Seeded fuzz inputs (issue 16): German news fragments, numbers in every notation, quotes,
 * attributions, and hostile bytes (control characters, escape sequences, bidi overrides, lone
 * surrogates, odd spaces), mixed at random. The same seed gives the same inputs everywhere.
 */
import { mulberry32 as corpusPrng } from '../../bench/corpus.mjs';

/** The bench corpus's seeded generator (bench/corpus.mjs), typed. */
export const mulberry32: (seed: number) => () => number = corpusPrng;

const PIECES = [
  'Die Polizei', 'sagte', 'teilte mit', 'laut', 'nach Angaben der', 'zufolge', 'Der Sprecher', 'Anna Schmidt', 'er', 'sie',
  'Bundeskanzler Olaf Scholz', 'der 51-Jährige', 'die Gewerkschaft Verdi', 'in Berlin', 'am 3. März 2024', 'seit August',
  '5 %', '31,4 Prozent', 'mindestens 2.000', 'rund 140.000 Tonnen', '1,28 Millionen Soldaten', '12 Mio. Euro', '3e', '51s',
  'zwei', 'Dutzende', 'Tausende Menschen', 'mehr als 13.000', 'zwischen 10 und 20', '1.-3. Mai', '12:30 Uhr', '2,5 Mrd. €',
  '„', '“', '»', '«', '"', "'", '(', ')', '[', ']', ',', '.', ':', ';', '!', '?', '–', '-', '/', '…',
  'U-Bahn', 'z.B.', 'Dr.', 'Nr.', 'Mio.', 'ca.', 'https://example.org/a?b=1', 'a@b.de', '#tag', '@user',
  '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2009', '\u200b', '\u00ad', '\ufeff',
  '\u001b[31m', '\u001b[0m', '\u001b]8;;http://x\u0007', '\u0007', '\u0000', '\u009b', '\u202e', '\u2066',
  '\ud83d\ude00', '\ud800', '\udfff', 'ß', 'Ä', 'ö', 'é', 'İ', 'ﬁ', '١٢٣', '٣٫٥', '½', '²', '¹⁰',
  '__proto__', 'constructor', 'toString',
];

/** One input: 1–60 pieces joined by spaces (mostly) or nothing. */
export function fuzzInput(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 60);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += PIECES[Math.floor(rnd() * PIECES.length)];
    const r = rnd();
    if (r < 0.7) s += ' ';
    else if (r < 0.75) s += String(Math.floor(rnd() * 100000));
    else if (r < 0.78) s += String.fromCharCode(Math.floor(rnd() * 0x3000));
  }
  return s;
}

export function fuzzInputs(seed: number, count: number): string[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, () => fuzzInput(rnd));
}
