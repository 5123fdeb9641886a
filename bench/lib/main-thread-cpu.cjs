/**
 * Preload (`node -r`) for bench/startup.mjs --main-thread: at exit, appends the main thread's own
 * CPU time and its time waiting for a core (ms, from /proc/self/task/<pid>/schedstat, Linux) to
 * the file named by $CLAIMS_BENCH_MAIN_THREAD. On a loaded machine the wall time of a short run is
 * mostly waiting for a core; the main thread's CPU is the part of the wall time an idle machine
 * would still see (V8's background threads — optimising compiler, GC helpers — run on other cores).
 */
'use strict';
const { appendFileSync, readFileSync } = require('node:fs');

process.on('exit', () => {
  const out = process.env.CLAIMS_BENCH_MAIN_THREAD;
  if (!out) return;
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    appendFileSync(out, `${run / 1e6} ${wait / 1e6}\n`);
  } catch {
    /* no schedstat (not Linux): the column stays empty */
  }
});
