import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Newest modification time (ms) of the files under `paths` (folders recursively); 0 when none exist. */
function newest(paths: string[]): number {
  let t = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else t = Math.max(t, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return t;
}

/** Runs `command` unless `stamp` (in node_modules/.cache/claims-tests) or `output` is newer than every input; then marks the stamp with the start time. */
function unlessFresh(root: string, stamp: string, output: string, inputs: string[], command: string, quiet: boolean): void {
  const stampFile = join(root, 'node_modules', '.cache', 'claims-tests', stamp);
  mkdirSync(dirname(stampFile), { recursive: true });
  const outputFile = join(root, output);
  if (!process.env.CLAIMS_REBUILD && existsSync(outputFile)) {
    const inputTime = newest(inputs.map((i) => join(root, i)));
    // Fresh when built here since the last edit, or when the output itself is newer than every
    // input (a fresh clone after `npm install`, whose `prepare` just built it: no second build).
    if ((existsSync(stampFile) && statSync(stampFile).mtimeMs >= inputTime) || statSync(outputFile).mtimeMs >= inputTime) return;
  }
  const started = new Date();
  try {
    execSync(command, { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
  } catch {
    if (!quiet) throw new Error(`${command} failed`);
    /* tsc: emitted anyway; the build step reports type errors */
  }
  // The start time: a file edited while the command ran is newer, and rebuilds next time.
  writeFileSync(stampFile, '');
  utimesSync(stampFile, started, started);
}

/**
 * Tests that spawn `node bin/claims.js` need a fresh build of the sources under test: the
 * lexicon (scripts/build-lexicon.mjs), the tokenizer model (scripts/build-wink.mjs), dist/ (tsc) and the start-up bundle (scripts/build-bundle.mjs). Each is rebuilt when one of its inputs
 * is newer than the last build made here (CLAIMS_REBUILD=1 forces both): ≈ 18 s of CPU saved on
 * every run that changed nothing, which matters on two cores. Type errors do not stop the emit
 * here (`npm install` / `npm run build` fail on them instead).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  unlessFresh(root, 'lexicon.built', 'build/lexicon/meta.json', ['scripts/build-lexicon.mjs', 'scripts/lib', 'src/lexicon', 'package-lock.json'], 'node scripts/build-lexicon.mjs', false);
  unlessFresh(root, 'wink.built', 'build/wink/meta.json', ['scripts/build-wink.mjs', 'scripts/lib', 'package-lock.json'], 'node scripts/build-wink.mjs', false);
  unlessFresh(root, 'dist.built', 'dist/index.js', ['src', 'tsconfig.json', 'package-lock.json'], 'npx tsc -p tsconfig.json', true);
  // The start-up bundle and its code cache (bin/claims.js falls back to dist/ without them).
  unlessFresh(root, 'bundle.built', 'dist/cli/main.bundle.cache', ['dist/cli/main.js', 'scripts/build-bundle.mjs', 'bin/claims.js'], 'node scripts/build-bundle.mjs', false);
}
