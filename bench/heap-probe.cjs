/**
 * V8 heap figures of every isolate of a claims run — the main thread AND piscina's worker threads —
 * over time, to tell live data from committed heap (issue 15, "flat memory").
 *
 * As a preload: every 5 s each isolate appends one JSON line to $PROBE_OUT (thread id, used and
 * committed heap, per space used/committed in MiB; the main thread also RSS). Workers do not inherit
 * `--require`, so the Worker constructor is wrapped to load this file first in each worker, and
 * piscina's workers wait in `Atomics.wait` between tasks (their timers do not run), so they are
 * sampled there too. PROBE_GC_S=N: a full collection before a sample at most every N s (live heap).
 *
 *   PROBE_OUT=/tmp/p.jsonl node bench/stream-rss.mjs --mb 128 --jobs 2 --node "--require $PWD/bench/heap-probe.cjs"
 *
 * Run directly, it summarises such a file per time bucket and thread: least used heap (≈ live),
 * most committed, old space used/committed, new space, code, large objects:
 *
 *   node bench/heap-probe.cjs /tmp/p.jsonl [bucket seconds, default 60]
 */
'use strict';
const v8 = require('node:v8');
const fs = require('node:fs');
const vm = require('node:vm');
const { threadId } = require('node:worker_threads');

const M = (b) => +(b / 2 ** 20).toFixed(1);

function summarise(file, bucket) {
  const by = new Map();
  for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
    const r = JSON.parse(line);
    const k = Math.floor(r.t / bucket) * bucket;
    const m = by.get(k) ?? { rss: 0, threads: {} };
    const t = (m.threads[r.tid] ??= { usedMin: Infinity, physMax: 0, oldUsedMin: Infinity, oldPhysMax: 0, newPhys: 0, code: 0, lo: 0 });
    t.usedMin = Math.min(t.usedMin, r.used);
    t.physMax = Math.max(t.physMax, r.phys);
    t.oldUsedMin = Math.min(t.oldUsedMin, r.sp.old?.[0] ?? 0);
    t.oldPhysMax = Math.max(t.oldPhysMax, r.sp.old?.[1] ?? 0);
    t.newPhys = Math.max(t.newPhys, r.sp.new?.[1] ?? 0);
    t.code = Math.max(t.code, r.sp.code?.[1] ?? 0);
    t.lo = Math.max(t.lo, r.sp.large_object?.[1] ?? 0);
    if (r.rss) m.rss = Math.max(m.rss, r.rss);
    by.set(k, m);
  }
  for (const [k, m] of [...by].sort((a, b) => a[0] - b[0])) {
    const parts = [`t=${k}s`, `rss≤${m.rss}`];
    for (const [tid, t] of Object.entries(m.threads))
      parts.push(`[thread ${tid}] used≥${t.usedMin} committed≤${t.physMax} old ${t.oldUsedMin}/${t.oldPhysMax} new ${t.newPhys} code ${t.code} lo ${t.lo}`);
    process.stdout.write(parts.join('  ') + '\n');
  }
}

if (require.main === module) {
  const [file, bucket] = process.argv.slice(2);
  if (!file || file === '--help') {
    process.stdout.write('usage: node bench/heap-probe.cjs PROBE_FILE [bucket seconds]   (or --require it: see the file)\n');
    process.exit(file ? 0 : 2);
  }
  summarise(file, Number(bucket ?? 60));
} else if (process.env.PROBE_OUT) {
  const out = process.env.PROBE_OUT;
  const gcEvery = Number(process.env.PROBE_GC_S ?? 0) * 1000;
  let gc;
  if (gcEvery) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
  }
  // One clock for every isolate: the main thread's start, handed to workers in their environment
  // (a worker started later — a replaced one, src/cli/worker-pool.ts — counts from it too).
  if (threadId === 0) process.env.PROBE_T0 ??= String(Date.now());
  const t0 = Number(process.env.PROBE_T0 ?? Date.now());
  let lastGc = Date.now();
  let last = Date.now();
  const sample = () => {
    last = Date.now();
    let live = false;
    if (gc && Date.now() - lastGc >= gcEvery) {
      gc();
      lastGc = Date.now();
      live = true;
    }
    const h = v8.getHeapStatistics();
    const sp = Object.fromEntries(v8.getHeapSpaceStatistics().filter((x) => x.physical_space_size > 0).map((x) => [x.space_name.replace(/_space$/, ''), [M(x.space_used_size), M(x.physical_space_size)]]));
    const row = { t: Math.round((Date.now() - t0) / 1000), tid: threadId, live, used: M(h.used_heap_size), total: M(h.total_heap_size), phys: M(h.total_physical_size), malloced: M(h.malloced_memory), ext: M(h.external_memory), sp };
    if (threadId === 0) row.rss = M(process.memoryUsage.rss());
    fs.appendFileSync(out, JSON.stringify(row) + '\n');
  };
  setInterval(sample, 5000).unref();
  if (threadId !== 0) {
    const wait = Atomics.wait;
    Atomics.wait = function (...args) {
      if (Date.now() - last >= 5000) sample();
      return wait.apply(this, args);
    };
  } else {
    const wt = require('node:worker_threads');
    const Worker = wt.Worker;
    wt.Worker = class extends Worker {
      constructor(file, opts = {}) {
        super(`require(${JSON.stringify(__filename)}); require(${JSON.stringify(String(file))});`, { ...opts, eval: true });
      }
    };
  }
}
