import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '../../src/lexicon/compiled.js';
import { gazetteer, loadLexicon } from '../../src/lexicon/index.js';

const gaz = gazetteer();

describe('gazetteer', () => {
  const table: Array<[string, 'LOC' | 'ORG', string, string]> = [
    // countries (i18n-iso-countries, de)
    ['Russland', 'LOC', 'Russland', 'country'],
    ['Russische Föderation', 'LOC', 'Russland', 'country'],
    ['Deutschland', 'LOC', 'Deutschland', 'country'],
    ['Südkorea', 'LOC', 'Südkorea', 'country'],
    ['Nordkorea', 'LOC', 'Nordkorea', 'country'],
    ['Ukraine', 'LOC', 'Ukraine', 'country'],
    ['Frankreich', 'LOC', 'Frankreich', 'country'],
    ['Syrien', 'LOC', 'Syrien', 'country'],
    ['Tschechien', 'LOC', 'Tschechien', 'country'],
    ['Großbritannien', 'LOC', 'Großbritannien', 'country'],
    // short forms and aliases
    ['USA', 'LOC', 'USA', 'country'],
    ['US', 'LOC', 'USA', 'country'],
    ['Vereinigte Staaten', 'LOC', 'USA', 'country'],
    ['Vereinigten Staaten', 'LOC', 'USA', 'country'],
    ['DVRK', 'LOC', 'Nordkorea', 'country'],
    ['BRD', 'LOC', 'Deutschland', 'country'],
    ['UdSSR', 'LOC', 'Sowjetunion', 'country'],
    ['Sowjetunion', 'LOC', 'Sowjetunion', 'country'],
    ['DDR', 'LOC', 'DDR', 'country'],
    ['Weißrussland', 'LOC', 'Belarus', 'country'],
    ['Niederlanden', 'LOC', 'Niederlande', 'country'],
    // declined multi-word names
    ['Vereinigten Arabischen Emiraten', 'LOC', 'Vereinigte Arabische Emirate', 'country'],
    ['Dominikanischen Republik', 'LOC', 'Dominikanische Republik', 'country'],
    ['Vereinigten Königreichs', 'LOC', 'Großbritannien', 'country'],
    ['Zentralafrikanischen Republik', 'LOC', 'Zentralafrikanische Republik', 'country'],
    ['Europäischen Kommission', 'ORG', 'EU-Kommission', 'org'],
    // genitives
    ['Russlands', 'LOC', 'Russland', 'country'],
    ['Südkoreas', 'LOC', 'Südkorea', 'country'],
    ['Pjöngjangs', 'LOC', 'Pjöngjang', 'city'],
    ['Berlins', 'LOC', 'Berlin', 'city'],
    ['Iraks', 'LOC', 'Irak', 'country'],
    ['Paris\u2019', 'LOC', 'Paris', 'city'],
    // cities
    ['Moskau', 'LOC', 'Moskau', 'city'],
    ['Pjöngjang', 'LOC', 'Pjöngjang', 'city'],
    ['Seoul', 'LOC', 'Seoul', 'city'],
    ['Kiew', 'LOC', 'Kiew', 'city'],
    ['Kyjiw', 'LOC', 'Kiew', 'city'],
    ['Wladiwostok', 'LOC', 'Wladiwostok', 'city'],
    ['Peking', 'LOC', 'Peking', 'city'],
    ['Washington', 'LOC', 'Washington', 'city'],
    ['Brüssel', 'LOC', 'Brüssel', 'city'],
    ['München', 'LOC', 'München', 'city'],
    ['Frankfurt am Main', 'LOC', 'Frankfurt', 'city'],
    // regions
    ['Bayern', 'LOC', 'Bayern', 'region'],
    ['Donbass', 'LOC', 'Donbass', 'region'],
    ['Krim', 'LOC', 'Krim', 'region'],
    ['Nahost', 'LOC', 'Nahost', 'region'],
    ['Westjordanland', 'LOC', 'Westjordanland', 'region'],
    ['Nordrhein-Westfalen', 'LOC', 'Nordrhein-Westfalen', 'region'],
    ['Ostukraine', 'LOC', 'Ostukraine', 'region'],
    ['Nord-Syrien', 'LOC', 'Nord-Syrien', 'region'],
    ['Südlibanons', 'LOC', 'Südlibanon', 'region'],
    // organisations
    ['NATO', 'ORG', 'NATO', 'org'],
    ['Nato', 'ORG', 'NATO', 'org'],
    ['UN', 'ORG', 'UN', 'org'],
    ['UNO', 'ORG', 'UN', 'org'],
    ['Vereinten Nationen', 'ORG', 'UN', 'org'],
    ['EU', 'ORG', 'EU', 'org'],
    ['WHO', 'ORG', 'WHO', 'org'],
    ['IAEA', 'ORG', 'IAEA', 'org'],
    ['OSZE', 'ORG', 'OSZE', 'org'],
    ['G7', 'ORG', 'G7', 'org'],
  ];
  it.each(table)('%s → %s %s (%s)', (name, type, canonical, kind) => {
    const p = gaz.lookup(name);
    expect(p).not.toBeNull();
    expect({ type: p?.type, canonical: p?.canonical, kind: p?.kind }).toEqual({ type, canonical, kind });
  });

  it.each(['Präsident', 'Sonntag', 'Soldaten', 'Regierung', 'Ostern', 'Westen', 'Zentralbank', 'sagte', 'der', '', 'X', 'Mittwochs', 'Innenminister'])(
    '%s is no place',
    (name) => {
      expect(gaz.lookup(name)).toBeNull();
    },
  );

  it('flags names that are also common nouns', () => {
    expect(gaz.lookup('Halle')?.commonWord).toBe(true);
    expect(gaz.lookup('Moskau')?.commonWord).toBe(false);
  });

  it('is available from the lexicon and memoised', () => {
    expect(loadLexicon().gazetteer()).toBe(gaz);
    expect(gazetteer()).toBe(gaz);
  });

  it('takes config additions', () => {
    const g = gazetteer({ lists: { cities: ['Entenhausen\tDeutschland'], organisations: ['Panzerknacker AG\tPanzerknacker AG'] } });
    expect(g.lookup('Entenhausen')).toMatchObject({ type: 'LOC', kind: 'city', canonical: 'Entenhausen' });
    expect(g.lookup('Entenhausens')).toMatchObject({ canonical: 'Entenhausen' });
    expect(g.lookup('Panzerknacker AG')).toMatchObject({ type: 'ORG', kind: 'org' });
    expect(gaz.lookup('Entenhausen')).toBeNull();
    const g2 = gazetteer({ lists: { 'gazetteer-loc': ['Bullerbü'], 'gazetteer-org': ['Heise Medien'] } });
    expect(g2.lookup('Bullerbü')).toMatchObject({ type: 'LOC', canonical: 'Bullerbü' });
    expect(g2.lookup('Bullerbüs')).toMatchObject({ type: 'LOC', canonical: 'Bullerbü' });
    expect(g2.lookup('Heise Medien')).toMatchObject({ type: 'ORG', canonical: 'Heise Medien' });
  });
});

describe('gazetteer data', () => {
  const lex = loadLexicon();
  it('every city lies in a known country', () => {
    const bad = [...lex.table('cities')].filter(([, country]) => gaz.lookup(country)?.kind !== 'country');
    expect(bad).toEqual([]);
  });
  it('every region lies in a known country or is marked -', () => {
    const bad = [...lex.table('regions')].filter(([, c]) => c !== '-' && c !== 'former-state' && gaz.lookup(c)?.kind !== 'country');
    expect(bad).toEqual([]);
  });
  it('every alias points to a known name', () => {
    const bad = [...lex.table('place-aliases')].filter(([, c]) => gaz.lookup(c)?.canonical !== c);
    expect(bad).toEqual([]);
  });
});

describe('place names in compounds', () => {
  it('does not split a place name as a compound', () => {
    const lex = loadLexicon();
    expect(lex.nounLemma('Ostukraine')).toBeNull();
    expect(lex.compoundHead('Ostukraine')).toBeNull();
    // a common noun that is also a city name still splits: Turnhalle → Halle
    expect(lex.nounLemma('Turnhallen')).toBe('Turnhalle');
    expect(lex.nounLemma('Übungshallen')).toBe('Übungshalle');
    expect(lex.compoundHead('Übungshallen')).toBe('Halle');
  });
});

describe('gazetteer: second words of multi-word names (mayContinueWith)', () => {
  const gaz = gazetteer();
  it('is true for the second word of a listed name, also declined', () => {
    expect(gaz.mayContinueWith!('Staaten')).toBe(true); // Vereinigte Staaten
    expect(gaz.mayContinueWith!('Arabischen')).toBe(true); // Vereinigte Arabische Emirate
    expect(gaz.mayContinueWith!('Königreichs')).toBe(true); // Vereinigtes Königreich
  });
  it('is false for a word no multi-word name has second', () => {
    expect(gaz.mayContinueWith!('Soldaten')).toBe(false);
    expect(gaz.mayContinueWith!('Regierung')).toBe(false);
  });
  it('never rules out what lookup finds', () => {
    for (const name of ['Vereinigten Staaten', 'Vereinigten Arabischen Emiraten', 'Dominikanischen Republik', 'Vereinigten Königreichs']) {
      if (gaz.lookup(name)) expect(gaz.mayContinueWith!(name.split(' ')[1]), name).toBe(true);
    }
  });
  it('is true for the second word of every multi-word town, with up to four more letters (towns-second.txt)', () => {
    const lines = readFileSync(join(BUILD_DIR, 'towns.tsv'), 'utf8').split('\n');
    let multi = 0;
    for (const line of lines) {
      const name = line.split('\t')[0].replace(/[\u2019\u02bc`´]/g, "'").replace(/\s+/g, ' ').trim();
      const words = name.split(' ');
      if (words.length < 2 || words[1].length < 2) continue;
      multi++;
      for (const more of ['', 'n', 'es', 'sche', 'xyzw']) expect(gaz.mayContinueWith!(words[1] + more), `${name} + ${more}`).toBe(true);
    }
    expect(multi).toBeGreaterThan(1000);
  });
});
