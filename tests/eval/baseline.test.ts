/**
 * The project's own regression gate: extraction and comparison of fixtures/articles, scored
 * against fixtures/gold, must not fall below fixtures/baseline.json (written by
 * `claims eval --gold fixtures/gold fixtures/articles --write-baseline fixtures/baseline.json`).
 * When a change improves the figures, refresh the baseline with that command and commit it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareOptionsFromLexicon } from '../../src/compare/index.js';
import { loadGold } from '../../src/eval/gold.js';
import { evaluate } from '../../src/eval/run.js';
import { parseBaseline } from '../../src/eval/thresholds.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { extractFixtures, fixtureTexts, ROOT } from '../helpers/fixtures.js';

describe('fixtures/baseline.json', () => {
  it('no figure of the fixtures falls below the stored baseline', async () => {
    const gold = await loadGold(join(ROOT, 'fixtures/gold'));
    const baseline = parseBaseline(JSON.parse(readFileSync(join(ROOT, 'fixtures/baseline.json'), 'utf8')), 'fixtures/baseline.json');
    const extraction = extractFixtures();
    const comparison = compare(extraction.articles, compareOptionsFromLexicon(loadLexicon()));
    const texts = new Map(fixtureTexts().map((f) => [f.id, f.text]));
    const report = evaluate({ gold, extraction, comparison, texts, baseline });
    expect(report.missingArticles).toEqual([]);
    // The messages name every figure that dropped: "quantities.f1 dropped: 0.962 → 0.900 (baseline)".
    expect(report.checks?.failures.map((f) => f.message)).toEqual([]);
  });
});
