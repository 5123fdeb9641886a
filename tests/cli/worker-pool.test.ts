/**
 * Worker threads replaced after a bounded amount of work (src/cli/worker-pool.ts; issue 15, flat
 * memory): every unit's result comes back to its own caller, no thread is handed more than its
 * lifetime, at most `threads` run at a time, replacements are staggered, and the heap-growth flag
 * is taken back while a fresh thread compiles. Real threads of a stand-in worker.
 */
import { describe, expect, it, vi } from 'vitest';
import { RecyclingPool } from '../../src/cli/worker-pool.js';
import { BUNDLE_COMPILED } from '../../src/run/worker-message.js';

const WORKER = new URL('../helpers/pool-worker.mjs', import.meta.url).href;
type Out = { tasks: number[]; thread: number };

function pool(threads: number, lifetime: number, onCompiling?: (c: boolean) => void) {
  return new RecyclingPool<number[], Out>({ filename: WORKER, threads, lifetime, onCompiling }, (tasks) => tasks.length);
}

describe('RecyclingPool', () => {
  it('the stand-in worker posts what src/run/worker.ts posts', () => {
    expect(BUNDLE_COMPILED).toBe('claimsBundleCompiled');
  });

  it('replaces each thread after its lifetime in records, results in order', async () => {
    const p = pool(2, 6);
    // 30 units of 1–3 records submitted at once, as the extraction's window does
    const units = Array.from({ length: 30 }, (_, i) => Array.from({ length: 1 + (i % 3) }, (_, j) => i * 10 + j));
    const results = await Promise.all(units.map((u) => p.run(u)));
    await p.destroy();
    expect(results.map((r) => r.tasks)).toEqual(units);
    const perThread = new Map<number, number[]>();
    results.forEach((r, i) => perThread.set(r.thread, [...(perThread.get(r.thread) ?? []), i]));
    // a thread is handed no more once its records reach its lifetime: at most lifetime - 1 + the last unit's 3
    for (const [, us] of perThread) expect(us.reduce((n, i) => n + units[i].length, 0)).toBeLessThanOrEqual(6 - 1 + 3);
    // 60 records, lifetimes of 6 (the first of thread 0 only 3): at least 10 threads
    expect(perThread.size).toBeGreaterThanOrEqual(10);
    expect(p.started).toBeGreaterThanOrEqual(perThread.size);
    expect(p.peakThreads).toBe(2);
  });

  it('never runs more than `threads` at a time: a successor starts once its predecessor has exited', async () => {
    const p = pool(2, 2);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => p.run([i])));
    await p.destroy();
    expect(new Set(results.map((r) => r.thread)).size).toBeGreaterThanOrEqual(12);
    expect(p.peakThreads).toBe(2);
  });

  it('staggers the first lifetimes: thread 0 retires after half a lifetime of two threads', async () => {
    const p = pool(2, 4);
    const first: Out[] = [];
    // one unit at a time: each goes to the first free thread, i.e. thread 0 until it retires
    for (let i = 0; i < 3; i++) first.push(await p.run([i]));
    await p.destroy();
    expect(first[0].thread).toBe(first[1].thread);
    expect(first[2].thread).not.toBe(first[0].thread);
  });

  it('without a lifetime the threads stay', async () => {
    const p = pool(2, Infinity);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => p.run([i])));
    await p.destroy();
    expect(p.started).toBe(2);
    expect(new Set(results.map((r) => r.thread)).size).toBeLessThanOrEqual(2);
  });

  it('says when threads compile: true before a thread starts while none compiles, false once every new thread has posted', async () => {
    const calls: boolean[] = [];
    const p = pool(1, 2, (c) => calls.push(c));
    expect(calls).toEqual([true]);
    for (let i = 0; i < 5; i++) {
      // each thread takes two units; the next waits for its successor (the fifth unit's thread is not replaced)
      await vi.waitFor(() => expect(calls.at(-1)).toBe(false));
      await p.run([i]);
    }
    await vi.waitFor(() => expect(calls.at(-1)).toBe(false));
    await p.destroy();
    expect(p.started).toBe(3);
    expect(calls).toEqual([true, false, true, false, true, false]);
  });

  it('rejects units not yet handed to a thread when destroyed', async () => {
    const p = pool(1, Infinity);
    const a = p.run([1]);
    a.catch(() => undefined); // ended with the pool
    const b = expect(p.run([2])).rejects.toThrow(/destroyed/);
    await p.destroy();
    await b;
    await a.catch(() => undefined);
    await expect(p.run([3])).rejects.toThrow(/destroyed/);
  });
});
