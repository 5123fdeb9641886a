/**
 * Slow suite (`npm run test:slow`): the commands' table output in a real terminal (tmux).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** In a real terminal (tmux), at 80 columns: no output line is wider than the terminal. */
describe.runIf(hasTmux || process.env.CI)('in a real 80-column terminal (tmux)', () => {
  const commands = [
    'compare fixtures/articles',
    'compare fixtures/articles --singles',
    'extract fixtures/articles',
    'eval --gold fixtures/gold fixtures/articles',
    'rules',
  ];
  it.each(commands)('claims %s', (command) => {
    const r = spawnSync('bash', [join(ROOT, 'scripts', 'tmux-width.sh'), '80', `node ${join(ROOT, 'bin', 'claims.js')} ${command}`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(80);
    expect(Number(r.stdout.trim())).toBeGreaterThan(40);
  });
});
