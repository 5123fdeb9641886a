/**
 * The fixtures' extraction is pinned: any change to what `claims` finds in fixtures/articles
 * (a rule, the lexicon, the text layer) shows up here as a diff of the stored JSON. When the
 * change is intended, update the file with `npx vitest run tests/fixtures-pinned.test.ts -u`
 * and review the diff in the commit (the eval baseline says whether the figures got better).
 */
import { describe, expect, it } from 'vitest';
import { extractFixtures } from './helpers/fixtures.js';

describe('fixtures extraction (pinned)', () => {
  it('is byte-for-byte the stored output', async () => {
    await expect(JSON.stringify(extractFixtures(), null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/fixtures-extract.json');
  });
});
