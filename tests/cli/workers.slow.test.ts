/**
 * Slow suite (`npm run test:slow`): worker threads give the same bytes as one job over the
 * fixtures (built CLI, four process starts with the model load of each worker).
 */
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/run-cli.js';

describe('claims extract', () => {
  it('worker threads give the same bytes as one job (built CLI)', () => {
    const one = runBuiltCli(['extract', 'fixtures/articles', '--format', 'jsonl', '--jobs', '1']);
    const two = runBuiltCli(['extract', 'fixtures/articles', '--format', 'jsonl', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const json1 = runBuiltCli(['extract', 'fixtures/articles', '--json', '-j', '1']);
    const json2 = runBuiltCli(['extract', 'fixtures/articles', '--json', '-j', '2']);
    expect(json2.stdout).toBe(json1.stdout);
  });
});
