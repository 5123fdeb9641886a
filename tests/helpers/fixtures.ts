import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../src/pipeline.js';
import { SCHEMA_VERSION, type ExtractResult } from '../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTICLES = join(ROOT, 'fixtures', 'articles');

export function fixtureTexts(): { id: string; path: string; text: string }[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), path: `fixtures/articles/${f}`, text: readFileSync(join(ARTICLES, f), 'utf8') }));
}

let cached: ExtractResult | null = null;
/** Extraction of the fixture articles through the core pipeline (all rules on). */
export function extractFixtures(): ExtractResult {
  if (!cached) {
    const articles = fixtureTexts().map((f) => extractText(f.text, { id: f.id, path: f.path }));
    cached = { schemaVersion: SCHEMA_VERSION, articles, errors: [] };
  }
  return cached;
}
