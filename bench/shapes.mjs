/**
 * Adversarial input shapes (issue 16), generated to a given size in bytes (UTF-8), seeded: the
 * same size gives the same bytes on every machine. Used by `npm run bench` (bench/adversarial.mjs)
 * and by the tests (tests/safety/limits.test.ts), so no input is checked in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './corpus.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles', import.meta.url));
const PARTIES = ['CDU', 'SPD', 'Grüne', 'FDP', 'AfD', 'Linke', 'BSW', 'Freie Wähler', 'Volt', 'ÖDP'];
const PEOPLE = ['Anna Schmidt', 'Jonas Weber', 'Leila Hassan', 'Piotr Nowak', 'Marie Dubois', 'Kenji Sato', 'Ana Costa', 'Erik Larsen'];
const ROLES = ['Innenministerin', 'Sprecher', 'Bürgermeister', 'Polizeipräsidentin', 'Gewerkschaftschef', 'Regierungssprecherin'];
const NOUNS = ['Menschen', 'Häuser', 'Einsatzkräfte', 'Fahrzeuge', 'Verletzte', 'Schulen', 'Euro', 'Tonnen'];

/** Repeats `piece(i)` until `bytes` (UTF-8) are reached, after a title line. */
function fill(title, bytes, piece) {
  const parts = [title + '\n\n'];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

export const SHAPES = {
  /** Ordinary news: the fixture articles, numbers varied, one after the other (the reference). */
  news(bytes) {
    const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
    const rnd = mulberry32(16);
    return fill('Nachrichten', bytes, (i) =>
      seeds[i % seeds.length].replace(/\b\d+\b/g, (m) => (Number(m) >= 1900 && Number(m) <= 2100 ? m : String(1 + Math.floor(rnd() * 5000)))) + '\n\n',
    );
  },
  /** „5 % 5 % …“: figures without a full stop, so the sentence is the whole text. */
  percentRun(bytes) {
    return fill('Prozente', bytes, (i) => `${(i % 97) + 1} % `);
  },
  /** An election result list without a full stop: „CDU 31,4 Prozent; SPD 28,1 Prozent; …“. */
  electionList(bytes) {
    const rnd = mulberry32(31);
    return fill('Wahlergebnis', bytes, (i) => `${PARTIES[i % PARTIES.length]} ${Math.floor(rnd() * 40)},${Math.floor(rnd() * 10)} Prozent; `);
  },
  /** One long word: a compound repeated without a blank. */
  longWord(bytes) {
    return 'Titel\n\nDas ist ' + 'Donaudampfschifffahrtsgesellschaft'.repeat(Math.ceil(bytes / 34)) + ' gut.\n';
  },
  /** Deeply nested HTML: `<div>` inside `<div>` around one paragraph. */
  nestedHtml(bytes) {
    const n = Math.max(1, Math.floor((bytes - 200) / 11));
    return `<html><body>${'<div>'.repeat(n)}<p>Der Bürgermeister sagte, 5 Häuser seien zerstört.</p>${'</div>'.repeat(n)}</body></html>`;
  },
  /** Ordinary sentences full of attributions („sagte“, „laut“, „teilte mit“, quotes). */
  attributions(bytes) {
    const rnd = mulberry32(7);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const forms = [
      () => `Laut ${pick(ROLES)} ${pick(PEOPLE)} waren ${1 + Math.floor(rnd() * 900)} ${pick(NOUNS)} betroffen. `,
      () => `„Es waren ${1 + Math.floor(rnd() * 900)} ${pick(NOUNS)}“, sagte ${pick(PEOPLE)}. `,
      () => `Der ${pick(ROLES)} sagte, ${1 + Math.floor(rnd() * 900)} ${pick(NOUNS)} seien zerstört worden. `,
      () => `${pick(PEOPLE)} sagte am Montag, die Lage sei unter Kontrolle. `,
      () => `Nach Angaben der Behörden kamen rund ${1 + Math.floor(rnd() * 900)} ${pick(NOUNS)} zum Einsatz, teilte ${pick(PEOPLE)} mit. `,
      () => `Er sagte, es seien mehr als ${1 + Math.floor(rnd() * 900)} ${pick(NOUNS)}. `,
    ];
    return fill('Zitate', bytes, (i) => forms[Math.floor(rnd() * forms.length)]() + (i % 8 === 7 ? '\n\n' : ''));
  },
};

/** File extension per shape. */
export const SHAPE_EXT = { nestedHtml: 'html' };
