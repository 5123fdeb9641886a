/**
 * A deterministic benchmark corpus without network: N article files derived from the fixture
 * articles with varied numbers, places, names and paragraph order (a seeded PRNG), so the same
 * N gives the same bytes on every machine.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Paris', 'Warschau', 'Prag', 'Wien', 'Rom', 'Madrid', 'Kairo', 'Ankara', 'Tokio', 'Peking', 'Brüssel', 'Lissabon'];
const PEOPLE = ['Anna Schmidt', 'Jonas Weber', 'Leila Hassan', 'Piotr Nowak', 'Marie Dubois', 'Kenji Sato', 'Ana Costa', 'Erik Larsen'];
const ROLES = ['Innenministerin', 'Sprecher', 'Bürgermeister', 'Polizeipräsidentin', 'Gewerkschaftschef', 'Regierungssprecherin'];
const EXTRA = [
  (r, p) => `Die ${r} ${p} sagte am Montag, die Lage sei unter Kontrolle.`,
  (r, p) => `„Wir tun alles, was möglich ist“, sagte ${p}.`,
  (r, p, n) => `Laut ${r} ${p} waren mindestens ${n} Menschen betroffen.`,
  (r, p, n) => `Nach Angaben der Behörden kamen rund ${n} Einsatzkräfte zum Einsatz, teilte ${p} mit.`,
];

const SYL = ['bra', 'quel', 'mo', 'strin', 'ka', 'dö', 'lum', 'fer', 'gaus', 'pli', 'wen', 'zor', 'ta', 'rüb', 'nock', 'sel', 'vi', 'hap', 'ju', 'tren'];
const NOUN_END = ['ung', 'heit', 'werk', 'verband', 'amt', 'stein', 'hof', 'gesetz', 'anlage', 'bund'];
const PLACE_END = ['ingen', 'hausen', 'dorf', 'heim', 'berg', 'stadt'];

/** Invented German-looking words, different in every article (seeded). */
export function inventedSentence(rnd) {
  const stem = (k) => Array.from({ length: k }, () => SYL[Math.floor(rnd() * SYL.length)]).join('');
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const noun = () => cap(stem(2 + Math.floor(rnd() * 2)) + NOUN_END[Math.floor(rnd() * NOUN_END.length)]);
  const place = () => cap(stem(2) + PLACE_END[Math.floor(rnd() * PLACE_END.length)]);
  const name = () => `${cap(stem(2))} ${cap(stem(2))}er`;
  const n = Math.floor(rnd() * 900) + 10;
  return (
    `Der ${noun()} in ${place()} meldete ${n} neue ${noun()}e, sagte ${name()} vom ${noun()}. ` +
    `Die ${stem(2)}ische ${noun()} werde ${stem(2)}ig geprüft, hieß es aus ${place()}.`
  );
}

export function vary(text, rnd) {
  // Numbers: scale each by a factor in [0.5, 2), keeping German grouping.
  let t = text.replace(/\b\d{1,3}(?:\.\d{3})+\b|\b\d+\b/g, (m) => {
    const n = Number(m.replace(/\./g, ''));
    if (n >= 1900 && n <= 2100) return m; // keep years
    const v = Math.max(1, Math.round(n * (0.5 + rnd() * 1.5)));
    return m.includes('.') ? v.toLocaleString('de-DE') : String(v);
  });
  // Paragraph order: rotate by a random offset (keep the first line as the title).
  const paras = t.split('\n');
  const head = paras.shift();
  const k = Math.floor(rnd() * Math.max(1, paras.length));
  t = [head, ...paras.slice(k), ...paras.slice(0, k)].join('\n');
  return t;
}

/** Writes N articles (about 3 KB each) to `dir`; returns { files, bytes }. Reuses an identical corpus. */
export function buildCorpus(dir, n, fixturesDir) {
  const stamp = join(dir, `.corpus-${n}`);
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
  const rnd = mulberry32(20261121);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length];
    const place = PLACES[Math.floor(rnd() * PLACES.length)];
    const person = PEOPLE[Math.floor(rnd() * PEOPLE.length)];
    const role = ROLES[Math.floor(rnd() * ROLES.length)];
    const extra = EXTRA[Math.floor(rnd() * EXTRA.length)](role, person, Math.floor(rnd() * 5000) + 2);
    const text = vary(base, rnd) + `\n${extra} In ${place} blieb es ruhig.\n`;
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const info = { files: n, bytes };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}
