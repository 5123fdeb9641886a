import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon } from '../../src/compare/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { extractText } from '../../src/pipeline.js';
import { ROOT } from '../helpers/fixtures.js';

function groupsOf(corpus: string) {
  const dir = join(ROOT, 'fixtures', corpus);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extractText(readFileSync(join(dir, f), 'utf8'), { id: f.replace(/\.txt$/, ''), path: f }));
  return compare(articles, compareOptionsFromLexicon(loadLexicon())).groups;
}

describe('group labels', () => {
  it.each(['articles', 'dev/articles', 'holdout/articles'])('fixtures/%s: unit · nouns and names as written, no derived keys or verbs', (corpus) => {
    const groups = groupsOf(corpus);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const [unit, words] = g.label.split(' · ');
      expect(unit).toBe(g.unit ?? 'figure');
      for (const w of words ? words.split(', ') : []) expect(w, g.label).toMatch(/^\p{Lu}/u);
    }
  });
});
