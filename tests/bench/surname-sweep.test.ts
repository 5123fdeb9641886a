/**
 * Floor of the surname sweep (bench/surname-sweep.mjs) on a sample: 300 faker surnames spread over
 * the list, each in „Das sagte Thomas <surname> am Montag.“, one JSONL extract run. The whole sweep
 * (5,435 surnames) is the bench script's; its figures are in the commit messages.
 */
import { describe, expect, it } from 'vitest';

describe('surname sweep (sample of 300)', () => {
  it('finds first name + surname for all but a few', async () => {
    const { runSweep, sample, sweepSurnames } = (await import('../../bench/surname-sweep.mjs')) as {
      sweepSurnames(): Promise<string[]>;
      sample(names: string[], n: number): string[];
      runSweep(names: string[], o?: { first?: string }): { total: number; missed: Array<{ surname: string; found: string[] }> };
    };
    const names = sample(await sweepSurnames(), 300);
    expect(names).toHaveLength(300);
    const res = runSweep(names);
    // none missed since the surname list (3 before it: common-word surnames after „Thomas“)
    expect(res.missed.map((m) => m.surname)).toEqual([]);
  }, 120_000);
});
