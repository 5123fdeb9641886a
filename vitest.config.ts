import { defineConfig } from 'vitest/config';

/**
 * Two suites. `npm test` (this config) is the fast one a contributor runs after every change;
 * `npm run test:slow` (vitest.slow.config.ts) runs the suites listed here: property-based,
 * fuzz, the report in Chromium, a real terminal, and the CLI over big or many inputs
 * with worker threads. `.ci/run` runs both. A slow test file is named `*.slow.test.ts` (or lives
 * in one of the folders below).
 */
export const SLOW = ['tests/**/*.slow.test.ts', 'tests/property/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/report/**/*.test.ts', 'tests/io/properties.test.ts'];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-fast-check.ts'],
    testTimeout: 60000,
    // A shared machine under load: set-up hooks that build folders or start the CLI get time too.
    hookTimeout: 60000,
    pool: 'forks',
    // Test files share their worker's module cache: the rule tables (and most suites) import the
    // pipeline, every rule and the lexicon; isolated, each of ≈ 150 files loaded them afresh
    // (issue 13: 465 s → 163 s wall, 247 s → 70 s CPU for this suite, same run and load). The
    // suites are pure: a file that mocks restores its mocks (bad-input.test.ts, afterEach).
    isolate: false,
  },
});
