/**
 * The worker threads of `--jobs N`, each replaced by a fresh one after a bounded amount of work
 * (issue 15, "flat memory"; the classic lever: gunicorn's max_requests, Celery's
 * max_tasks_per_child, PHP-FPM's pm.max_requests). What a worker accumulates over a long stream —
 * its old space fragmented to ≈ 3× its live data (V8 evacuates only pages under ≈ 30 % live), its
 * memos, wink's added words — is bounded by its lifetime, so the memory of a stream of any length
 * is a short sawtooth instead of a slow climb (bench/NOTES.md). piscina has no such option: every
 * thread here is a one-thread piscina pool of its own, and units wait in one queue for the first
 * free thread (one task per thread at a time, as piscina would hand them on).
 *
 * A thread that has been handed `lifetime` records is handed no more; once its last unit is back
 * it is destroyed and then a new one started in its place (never more than `threads` at a time).
 * The first lifetimes are staggered (thread i of n retires first after (i + 1) / n of a lifetime),
 * so the threads are replaced one at a time, evenly through the stream, while the others work.
 * Results are promises per unit: the caller hands them on in input order, so the output does not
 * depend on which thread extracted what.
 */
import { Piscina } from 'piscina';
import { BUNDLE_COMPILED } from '../run/worker-message.js';

export interface RecyclingPoolOptions {
  /** The worker module (piscina's `filename`). */
  filename: string;
  /** Threads at a time. */
  threads: number;
  /** Records a thread is handed before it is replaced (Infinity: never). */
  lifetime: number;
  /**
   * Called with true when a thread starts while no other is compiling the start-up bundle, with
   * false when the last such thread has posted BUNDLE_COMPILED (src/run/worker.ts): V8 rejects a
   * code cache built under other flags, so a flag of the whole process meant for long runs is
   * taken back while a new thread compiles (src/cli/extraction.ts). Only for workers that post it.
   */
  onCompiling?: (compiling: boolean) => void;
}

interface Job<T, R> {
  tasks: T;
  records: number;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  pool: Piscina;
  /** Records handed to this thread so far, and its lifetime in records. */
  records: number;
  quota: number;
  busy: boolean;
  /** Handed no more work: destroyed and replaced once idle. */
  retiring: boolean;
  /** Being destroyed (its successor starts when it is gone). */
  ended: boolean;
}

export class RecyclingPool<T, R> {
  /** Threads started in all (the first `threads` and every replacement). */
  started = 0;
  /** Most threads alive at once (a thread counts from its start until its destroy() resolved). */
  peakThreads = 0;
  private alive = 0;
  private readonly slots: Slot[] = [];
  private readonly queue: Job<T, R>[] = [];
  private readonly ending: Promise<void>[] = [];
  private compiling = 0;
  private destroyed = false;

  constructor(
    private readonly options: RecyclingPoolOptions,
    /** Records in a unit of work (the lifetime counts these). */
    private readonly recordsOf: (tasks: T) => number,
  ) {
    const n = options.threads;
    for (let i = 0; i < n; i++) this.slots.push(this.start(Number.isFinite(options.lifetime) ? Math.ceil((options.lifetime * (i + 1)) / n) : Infinity));
  }

  /** Runs one unit of work on the first free thread. */
  run(tasks: T): Promise<R> {
    if (this.destroyed) return Promise.reject(new Error('worker pool destroyed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ tasks, records: this.recordsOf(tasks), resolve, reject });
      this.pump();
    });
  }

  /** Ends every thread; units not yet handed to one are rejected. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool destroyed'));
    await Promise.all([...this.slots.filter((s) => !s.ended).map((s) => s.pool.destroy()), ...this.ending]);
  }

  private start(quota: number): Slot {
    const onCompiling = this.options.onCompiling;
    // before the thread exists: it compiles the bundle under the flags of that moment
    if (onCompiling && this.compiling++ === 0) onCompiling(true);
    const pool = new Piscina({ filename: this.options.filename, maxThreads: 1, minThreads: 1 });
    this.started++;
    this.peakThreads = Math.max(this.peakThreads, ++this.alive);
    if (onCompiling) {
      const done = (m: unknown): void => {
        if ((m as { [BUNDLE_COMPILED]?: boolean } | null)?.[BUNDLE_COMPILED] !== true) return;
        pool.off('message', done);
        if (--this.compiling === 0 && !this.destroyed) onCompiling(false);
      };
      pool.on('message', done);
    }
    return { pool, records: 0, quota, busy: false, retiring: false, ended: false };
  }

  private pump(): void {
    for (;;) {
      if (this.destroyed || this.queue.length === 0) return;
      const slot = this.slots.find((s) => !s.busy && !s.retiring);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = true;
      slot.records += job.records;
      if (slot.records >= slot.quota) slot.retiring = true;
      // the thread is free again before its caller hears back (and may hand on more work)
      (slot.pool.run(job.tasks) as Promise<R>).then(
        (r) => {
          this.free(slot);
          job.resolve(r);
        },
        (e: unknown) => {
          this.free(slot);
          job.reject(e);
        },
      );
    }
  }

  private free(slot: Slot): void {
    slot.busy = false;
    if (slot.retiring) this.replace(slot);
    else this.pump();
  }

  /** Destroys an idle retiring thread, then starts its successor in the same place. */
  private replace(slot: Slot): void {
    if (this.destroyed) return;
    slot.ended = true;
    const ended = slot.pool.destroy().then(() => {
      this.alive--;
      this.ending.splice(this.ending.indexOf(ended), 1);
      if (this.destroyed) return;
      this.slots[this.slots.indexOf(slot)] = this.start(this.options.lifetime);
      this.pump();
    });
    this.ending.push(ended);
  }
}
