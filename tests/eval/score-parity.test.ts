/**
 * Parity with the reference scorer the project was specified with. The expected figures were
 * produced once by running that scorer with `--json` on the stored extraction outputs in
 * tests/eval/fixtures (see the README there); this test never calls it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../../src/eval/gold.js';
import { scoreExtraction } from '../../src/eval/score.js';

const root = join(import.meta.dirname, '..', '..');
const fx = (name: string) => JSON.parse(readFileSync(join(root, 'tests/eval/fixtures', name), 'utf8'));

function texts(): Map<string, string> {
  const dir = join(root, 'fixtures/articles');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')]),
  );
}

/** The part of our report the reference scorer also produces, in its shape. */
function referenceView(report: ReturnType<typeof scoreExtraction>) {
  return {
    corpus: report.corpus,
    quantities: report.quantities,
    statements: report.statements,
    entities: report.entities,
    groups: report.groups,
    misses: { quantities: report.misses.quantities, statements: report.misses.statements, entities: report.misses.entities },
  };
}

const cases: Array<{ name: string; extract: string; compare?: string; expected: string }> = [
  { name: 'synthetic extraction with comparison', extract: 'synthetic-extract.json', compare: 'synthetic-compare.json', expected: 'synthetic.score.json' },
  { name: 'synthetic extraction without comparison', extract: 'synthetic-extract.json', expected: 'synthetic-nocompare.score.json' },
  { name: 'empty extraction', extract: 'empty-extract.json', expected: 'empty.score.json' },
  { name: 'a stored real pipeline run with comparison', extract: 'pipeline-extract.json', compare: 'pipeline-compare.json', expected: 'pipeline.score.json' },
];

describe('scoreExtraction gives the reference scorer’s figures on the fixtures', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const gold = await loadGold(join(root, 'fixtures/gold/seeds.gold.json'));
      const report = scoreExtraction({
        gold,
        extraction: fx(c.extract),
        comparison: c.compare ? fx(c.compare) : null,
        texts: texts(),
      });
      expect(referenceView(report)).toEqual(fx(c.expected));
    });
  }
});
