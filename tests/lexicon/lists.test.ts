import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/index.js';
import { MONTH_TOKENS, MONTH_WORDS } from '../../src/lexicon/de/months.js';

const lex = loadLexicon();

describe('list()', () => {
  it('reads the shipped lists', () => {
    const speech = lex.list('speech-verbs');
    for (const v of ['sagen', 'mitteilen', 'hinzufügen', 'angeben', 'ankündigen', 'bestreiten', 'zurückweisen'])
      expect(speech.has(v), v).toBe(true);
    expect(speech.size).toBeGreaterThanOrEqual(100);
    expect(lex.list('roles').has('Bundeskanzlerin')).toBe(true);
    expect(lex.list('roles').size).toBeGreaterThanOrEqual(150);
    expect(lex.list('news-outlets').has('Reuters')).toBe(true);
    expect(lex.list('abbreviations').has('z. B.')).toBe(true);
    expect(lex.list('org-heads').has('Ministerium')).toBe(true);
  });

  it('skips comments and blank lines', () => {
    for (const name of ['speech-verbs', 'roles', 'units', 'function-words'])
      for (const e of lex.list(name)) {
        expect(e.startsWith('#')).toBe(false);
        expect(e.trim()).toBe(e);
        expect(e).not.toBe('');
      }
  });

  it('keeps TAB lists as whole lines, and reads them as tables', () => {
    expect(lex.list('stance-polarity').has('bestätigen\tconfirm')).toBe(true);
    expect(lex.list('unit-classes').has('Soldat\tmilitary-personnel')).toBe(true);
    expect(lex.table('stance-polarity').get('bestätigen')).toBe('confirm');
    expect(lex.table('stance-polarity').get('dementieren')).toBe('deny');
    expect(lex.table('demonyms').get('russisch')).toBe('Russland');
  });

  it('has no month list: months are a closed class of lexicon/de/months', () => {
    expect(lex.list('months').size).toBe(0);
    expect(MONTH_TOKENS.has('März')).toBe(true);
    expect(MONTH_TOKENS.has('Okt.')).toBe(true);
    expect(MONTH_TOKENS.has('Okt')).toBe(false);
    expect(MONTH_WORDS.has('okt')).toBe(true);
  });

  it('answers an empty set for an unknown or malformed list name', () => {
    expect(lex.list('no-such-list').size).toBe(0);
    expect(lex.list('../package').size).toBe(0);
    expect(lex.table('no-such-list').size).toBe(0);
  });
});

describe('config additions', () => {
  const custom = loadLexicon({
    lists: {
      'speech-verbs': ['raunen', '# a comment', '  '],
      roles: ['Intendantin', 'Schatzmeister'],
      'stance-polarity': ['abnicken\tconfirm'],
      gazetteer: ['Entenhausen\tcity'],
    },
  });

  it('merges extra entries into lists', () => {
    expect(custom.list('speech-verbs').has('raunen')).toBe(true);
    expect(custom.list('speech-verbs').has('sagen')).toBe(true);
    expect(custom.list('speech-verbs').has('# a comment')).toBe(false);
    expect(custom.list('roles').has('Schatzmeister')).toBe(true);
    expect(custom.table('stance-polarity').get('abnicken')).toBe('confirm');
  });

  it('leaves the default lexicon untouched', () => {
    expect(lex.list('speech-verbs').has('raunen')).toBe(false);
    expect(lex.list('roles').has('Schatzmeister')).toBe(false);
  });
});

describe('units', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['%', 'Prozent', 'percent'],
    ['Prozent', 'Prozent', 'percent'],
    ['Prozentpunkte', 'Prozentpunkt', 'percent'],
    ['€', 'Euro', 'money'],
    ['Euro', 'Euro', 'money'],
    ['US-Dollar', 'US-Dollar', 'money'],
    ['km', 'Kilometer', 'length'],
    ['Kilometern', 'Kilometer', 'length'],
    ['Tonnen', 'Tonne', 'mass'],
    ['Jahren', 'Jahr', 'duration'],
    ['Monate', 'Monat', 'duration'],
    ['km/h', 'Stundenkilometer', 'speed'],
    ['°C', 'Grad', 'temperature'],
    ['Hektar', 'Hektar', 'area'],
    ['Soldaten', null, null],
  ];
  it.each(table)('%s → %s (%s)', (form, lemma, cls) => {
    const u = lex.unit(form);
    expect(u ? u.lemma : null).toBe(lemma);
    expect(u ? u.class : null).toBe(cls);
  });
});

describe('unitClass', () => {
  const table: Array<[string, string | null]> = [
    ['Soldaten', 'military-personnel'],
    ['Truppen', 'military-personnel'],
    ['Spezialkräfte', 'military-personnel'],
    ['Todesopfer', 'casualties'],
    ['Verletzten', 'patients'],
    ['Artilleriegranaten', 'munitions'],
    ['Flüchtlinge', 'displaced'],
    ['Einwohner', 'people'],
    ['Euro', 'money'],
    ['Wählerstimmen', 'votes'],
    ['Arbeitsplätze', 'jobs'],
    ['Kilometer', 'length'],
    ['Tisch', null],
  ];
  it.each(table)('%s → %s', (noun, cls) => {
    expect(lex.unitClass(noun)).toBe(cls);
  });
});

describe('demonym', () => {
  const table: Array<[string, string | null]> = [
    ['südkoreanischen', 'Südkorea'],
    ['nordkoreanische', 'Nordkorea'],
    ['russischer', 'Russland'],
    ['Ukrainische', 'Ukraine'],
    ['deutschen', 'Deutschland'],
    ['amerikanischen', 'USA'],
    ['französisches', 'Frankreich'],
    ['brasilianischem', 'Brasilien'],
    ['grünen', null],
  ];
  it.each(table)('%s → %s', (form, country) => {
    expect(lex.demonym(form)).toBe(country);
  });
});
