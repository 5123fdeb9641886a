/**
 * The message a worker of the start-up bundle posts once it has compiled the bundle with its code
 * cache (src/run/worker.ts): V8 flags set after that (the heap-growth limit of streamed runs,
 * src/cli/extraction.ts) no longer cost it the cache.
 */
export const BUNDLE_COMPILED = 'claimsBundleCompiled';
