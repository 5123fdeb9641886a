/**
 * Property tests explore random inputs on a developer's machine (each failure prints its seed and
 * counterexample, which then becomes a fixed test case). Under CI (CI=true) they run with a fixed
 * seed, so a CI result depends on the commit, not on luck; FC_SEED overrides the seed anywhere.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261121 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
