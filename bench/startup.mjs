#!/usr/bin/env node
/**
 * One article end to end (issue 13: ≤ 300 ms wall, median of 5): alternating runs of a bare
 * `node -e ''` and of `claims extract <article> --format json` from one or more checkouts, each
 * run under /usr/bin/time (wall, user + system CPU, peak RSS, minor faults). Prints medians per
 * variant, the ratio of each to the first checkout and to bare node, and the load average before
 * and after. A figure at load L says little about an idle machine on its own: compare ratios.
 * With --main-thread (Linux) also the main thread's own CPU time (bench/lib/main-thread-cpu.cjs,
 * preloaded into every variant): at a high load the wall time is mostly waiting for a core, and the
 * main thread's CPU is the part an idle machine would still wait for.
 *
 *   node bench/startup.mjs [--runs 9] [--main-thread] [--article fixtures/articles/000_….txt] [checkout …]
 *
 * Checkouts default to this one. Each checkout runs its own bin/claims.js (built: `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { args, flag, helpFrom, opt, rest } from './lib/args.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
helpFrom(import.meta.url);
const runs = Number(opt('runs', '9'));
let article = opt('article', null);
article = article && resolve(article);
const extraArgs = rest ?? [];
// the checkouts: every argument that is no option and no option's value
const checkouts = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--article'].includes(args[i - 1])).map((a) => resolve(a));
if (checkouts.length === 0) checkouts.push(here);
if (!article) {
  const dir = join(here, 'fixtures', 'articles');
  article = join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]);
}

const mainThread = flag('main-thread');
const schedDir = mainThread ? mkdtempSync(join(os.tmpdir(), 'claims-startup-')) : null;
const schedFile = schedDir && join(schedDir, 'main-thread');
const env = mainThread
  ? { ...process.env, CLAIMS_BENCH_MAIN_THREAD: schedFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${join(here, 'bench', 'lib', 'main-thread-cpu.cjs')}`.trim() }
  : process.env;

function timed(argv) {
  if (schedFile) rmSync(schedFile, { force: true });
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M %R', ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, env });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [wall, user, sys, rss, faults] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  let main = NaN;
  if (schedFile) {
    try {
      main = Number(readFileSync(schedFile, 'utf8').trim().split(' ')[0]);
    } catch {
      /* no schedstat */
    }
  }
  return { wall: wall * 1000, cpu: (user + sys) * 1000, rss: rss / 1024, faults, main };
}

const variants = [
  { name: "bare node -e ''", argv: [process.execPath, '-e', ''] },
  ...checkouts.map((c) => ({ name: c, argv: [process.execPath, join(c, 'bin', 'claims.js'), 'extract', article, '--format', 'json', ...extraArgs] })),
];
const load0 = os.loadavg();
const samples = variants.map(() => []);
for (const v of variants) timed(v.argv); // warm the page cache
for (let i = 0; i < runs; i++) variants.forEach((v, k) => samples[k].push(timed(v.argv)));
const load1 = os.loadavg();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const med = samples.map((s) => ({ wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: median(s.map((x) => x.rss)), faults: median(s.map((x) => x.faults)), main: median(s.map((x) => x.main)) }));
if (schedDir) rmSync(schedDir, { recursive: true, force: true });
console.log(`article ${article}, ${runs} alternating runs, load ${load0.map((l) => l.toFixed(2)).join(' ')} → ${load1.map((l) => l.toFixed(2)).join(' ')}`);
console.log(`variant\twall ms\tCPU ms\tRSS MB\tfaults\twall/bare\twall/first${mainThread ? '\tmain-thread CPU ms\tmain/first' : ''}`);
med.forEach((m, k) =>
  console.log(
    `${variants[k].name}\t${m.wall.toFixed(0)}\t${m.cpu.toFixed(0)}\t${m.rss.toFixed(1)}\t${m.faults}\t${(m.wall / med[0].wall).toFixed(2)}\t${k ? (m.wall / med[1].wall).toFixed(2) : ''}` +
      (mainThread ? `\t${m.main.toFixed(0)}\t${k ? (m.main / med[1].main).toFixed(2) : ''}` : ''),
  ),
);
