/**
 * Long outputs (`compare --merge --format json`, issue 15) wait for standard output to drain after
 * each chunk: a slow pipe reader does not make the whole report queue in memory.
 */
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { emitDrained } from '../../src/cli/output.js';

describe('emitDrained', () => {
  it('writes every chunk in order and waits for the drain after each', async () => {
    const log: string[] = [];
    const io = {
      stdout: (s: string) => void log.push(s),
      stdoutDrained: () => {
        log.push('|');
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
    } as unknown as CliIO;
    await emitDrained(io, ['a', 'b', 'c']);
    expect(log).toEqual(['a', '|', 'b', '|', 'c', '|']);
  });

  it('without a drain (tests, files) it just writes', async () => {
    let out = '';
    await emitDrained({ stdout: (s: string) => void (out += s) } as unknown as CliIO, (function* () {
      yield '{';
      yield '}';
    })());
    expect(out).toBe('{}');
  });
});
