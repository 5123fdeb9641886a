import { execSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Tests that spawn `node bin/claims.js` need a fresh build of the sources under test. Type
 * errors do not stop the emit here (`npm install` / `npm run build` fail on them instead).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execSync('node scripts/build-lexicon.mjs', { cwd: root, stdio: 'inherit' });
  try {
    execSync('npx tsc -p tsconfig.json', { cwd: root, stdio: 'pipe' });
  } catch {
    /* emitted anyway; the build step reports type errors */
  }
}
