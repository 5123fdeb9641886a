import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNIT_CLASSES } from '../../src/lexicon/index.js';

const DATA = fileURLToPath(new URL('../../src/lexicon/data/', import.meta.url));
const files = readdirSync(DATA)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Entry lines with their 1-based line numbers (comments and blank lines skipped). */
function entries(file: string): Array<{ n: number; line: string }> {
  const out: Array<{ n: number; line: string }> = [];
  readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '' || line.startsWith('#')) return;
      out.push({ n: i + 1, line });
    });
  return out;
}

/** TAB-separated files: column count and allowed values of the second column. */
const TABLES: Record<string, { columns: number; values?: ReadonlySet<string> | 'unit' }> = {
  'stance-polarity.txt': { columns: 2, values: new Set(['confirm', 'deny']) },
  'judging-verbs.txt': { columns: 2, values: new Set(['für', 'als']) },
  'units.txt': { columns: 2, values: 'unit' },
  'unit-classes.txt': { columns: 2 },
  'demonyms.txt': { columns: 2 },
  'cities.txt': { columns: 2 },
  'regions.txt': { columns: 2 },
  'organisations.txt': { columns: 2 },
  'place-aliases.txt': { columns: 2 },
  'place-adjectives.txt': { columns: 2 },
  'noun-forms.txt': { columns: 2 },
  'parties.txt': { columns: 2 },
  'fact-words.txt': { columns: 2, values: new Set(['scope:total', 'kind:poll', 'kind:expected', 'update:up', 'update:down', 'update:later', 'update:earlier']) },
  'fact-frames.txt': {
    columns: 2,
    values: new Set(['turnout', 'outlay', 'damage', 'temperature', 'pay-rise', 'job-cuts', 'revenue', 'profit', 'loss', 'unemployment-rate', 'inflation']),
  },
  'property-verbs.txt': { columns: 2 },
  'approximators.txt': { columns: 2, values: new Set(['both', 'below', 'above']) },
};

// C0/C1 controls (TAB allowed only as column separator), zero-width and bidi marks, the BOM,
// soft hyphens, non-breaking and other typographic spaces, typographic quotes.
const STRAY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f\u2060\ufeff\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/;

describe('lexicon data files', () => {
  it('exist', () => {
    for (const f of [
      'speech-verbs.txt',
      'stance-polarity.txt',
      'roles.txt',
      'org-heads.txt',
      'news-outlets.txt',
      'abbreviations.txt',
      'units.txt',
      'unit-classes.txt',
      'demonyms.txt',
      'function-words.txt',
      'adverbs.txt',
      'approximators.txt',
      'age-nouns.txt',
      'number-gap-words.txt',
      'reference-nouns.txt',
      'span-nouns.txt',
      'time-words.txt',
    ])
      expect(files).toContain(f);
  });

  describe.each(files)('%s', (file) => {
    const lines = entries(file);

    it('has entries', () => {
      expect(lines.length).toBeGreaterThan(0);
    });

    it('has no leading/trailing spaces, empty cells or stray characters', () => {
      const bad = lines.filter(
        ({ line }) =>
          line !== line.trim() ||
          STRAY.test(line) ||
          line.includes('\r') ||
          line.split('\t').some((cell) => cell === '' || cell !== cell.trim()) ||
          /\s{2,}/.test(line.replace(/\t/g, '|')),
      );
      expect(bad.map(({ n, line }) => `${n}: ${JSON.stringify(line)}`)).toEqual([]);
    });

    it('has no duplicate entries (first column)', () => {
      const seen = new Map<string, number>();
      const dups: string[] = [];
      for (const { n, line } of lines) {
        const key = line.split('\t')[0];
        if (seen.has(key)) dups.push(`${key} (lines ${seen.get(key)} and ${n})`);
        else seen.set(key, n);
      }
      expect(dups).toEqual([]);
    });

    const spec = TABLES[file];
    if (spec) {
      it(`has ${spec.columns} TAB-separated columns and allowed values`, () => {
        const keys = new Set(lines.map(({ line }) => line.split('\t')[0]));
        const bad: string[] = [];
        for (const { n, line } of lines) {
          const cols = line.split('\t');
          if (cols.length !== spec.columns) bad.push(`${n}: ${cols.length} columns`);
          const v = cols[1];
          if (spec.values instanceof Set && !spec.values.has(v)) bad.push(`${n}: value ${v}`);
          if (spec.values === 'unit') {
            // either a class or an alias of a lemma listed in the same file with a class
            const isClass = (UNIT_CLASSES as readonly string[]).includes(v);
            if (!isClass && !keys.has(v)) bad.push(`${n}: ${v} is neither a unit class nor a listed unit`);
          }
        }
        expect(bad).toEqual([]);
      });
    } else {
      it('has a single column', () => {
        expect(lines.filter(({ line }) => line.includes('\t')).map(({ n }) => n)).toEqual([]);
      });
    }
  });

  it('counted-noun classes come from the allowed set', () => {
    // Semantic classes (compare groups quantities only within a class) plus the unit classes.
    const allowed = new Set<string>([
      ...UNIT_CLASSES,
      ...['military-personnel', 'police', 'responders', 'casualties', 'prisoners', 'displaced', 'people', 'votes', 'seats'],
      ...['workers', 'jobs', 'unemployed', 'patients', 'cases', 'munitions', 'drones', 'vehicles', 'aircraft'],
      ...['ships', 'containers', 'buildings', 'households', 'animals', 'attacks', 'doses', 'games', 'goals', 'points'],
    ]);
    const bad = entries('unit-classes.txt')
      .map(({ n, line }) => [n, line.split('\t')[1]] as const)
      .filter(([, c]) => !allowed.has(c));
    expect(bad).toEqual([]);
  });

  it('lemmas in verb lists are lower case infinitives', () => {
    for (const f of ['speech-verbs.txt', 'stance-polarity.txt'])
      for (const { line } of entries(f)) expect(line.split('\t')[0]).toMatch(/^\p{Ll}+n$/u);
  });

  it('every stance verb is a speech verb', () => {
    const speech = new Set(entries('speech-verbs.txt').map(({ line }) => line));
    const missing = entries('stance-polarity.txt')
      .map(({ line }) => line.split('\t')[0])
      .filter((v) => !speech.has(v));
    expect(missing).toEqual([]);
  });

  it('property verbs are infinitive phrases with a capitalised unit', () => {
    for (const { line } of entries('property-verbs.txt')) {
      const [phrase, unit] = line.split('\t');
      expect(phrase, line).toMatch(/^(?:\p{L}+ )*\p{Ll}+n$/u);
      expect(unit, line).toMatch(/^\p{Lu}\p{Ll}+$/u);
    }
  });

  it('speech phrases are an infinitive and lower-case words', () => {
    for (const { line } of entries('speech-phrases.txt')) expect(line).toMatch(/^\p{Ll}+n(?: \p{Ll}+)+$/u);
  });

  it('judging verbs are infinitives', () => {
    for (const { line } of entries('judging-verbs.txt')) expect(line.split('\t')[0], line).toMatch(/^\p{Ll}+n$/u);
  });

  it('quote manner verbs are infinitives and no verb of saying', () => {
    const speech = new Set(entries('speech-verbs.txt').map(({ line }) => line));
    for (const { line } of entries('quote-manner-verbs.txt')) {
      expect(line).toMatch(/^\p{Ll}+n$/u);
      expect(speech.has(line), line).toBe(false);
    }
  });

  it('figure verbs are an optional preposition and an infinitive', () => {
    for (const { line } of entries('figure-verbs.txt')) expect(line).toMatch(/^(?:(?:von|auf|mit|bei) )?\p{Ll}+n$/u);
  });

  it('abbreviations end with a dot', () => {
    for (const { line } of entries('abbreviations.txt')) expect(line.endsWith('.'), line).toBe(true);
  });
});
