import { createRequire } from 'node:module';

/** wink-nlp's per-instance lexeme cache factory (`wink-nlp/src/cache.js`). */
export type WinkCacheFactory = (...args: unknown[]) => { add(text: string, category: number): number };

/**
 * wink-nlp's `winkNLP` function, with the lexeme cache factory it uses replaced by
 * `wrap(factory)` (tokens.ts re-uses entries across documents; see there). The factory is
 * wrapped once per process: wink-nlp.js takes it when it is first loaded.
 *
 * From dist/: Node's `require`, the wrapped factory put into `require.cache` before wink-nlp.js
 * loads. In the start-up bundle, scripts/build-bundle.mjs puts another body in this module's
 * place: wink-nlp is bundled (so V8's code cache holds it too) and its `require('./cache.js')`
 * goes through the wrapper there.
 */
export function loadWinkNLP(wrap: (factory: WinkCacheFactory) => WinkCacheFactory): (model: unknown, pipe: string[]) => unknown {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-nlp/src/cache.js');
  const factory = require(path) as WinkCacheFactory & { claimsWrapped?: true };
  if (!factory.claimsWrapped) {
    const mod = require.cache[path];
    if (mod) mod.exports = Object.assign(wrap(factory), { claimsWrapped: true as const });
  }
  return require('wink-nlp');
}
