#!/usr/bin/env node
/**
 * The resident set of any command over time (issue 15: "peaks below 1 GB", "flat memory"): runs
 * the command, samples its VmRSS (all threads) from /proc every --every seconds (default 1), and
 * prints one JSON line at the end: peak RSS (the largest of VmHWM and the samples), CPU seconds
 * (user + system of the process, from /proc at its last sample), wall seconds, and the samples
 * (seconds, MiB). With --out FILE the samples are also written there as JSON lines.
 *
 *   node bench/rss-curve.mjs --out merge.curve.jsonl -- node bin/claims.js compare --merge *.partial -o /dev/null
 *
 * Memory, not time: the figures hold on a loaded machine. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
if (dash < 0) {
  process.stderr.write('usage: node bench/rss-curve.mjs [--every S] [--out FILE] -- command args…\n');
  process.exit(2);
}
const own = args.slice(0, dash);
const opt = (name, def) => {
  const i = own.indexOf(`--${name}`);
  return i >= 0 ? own[i + 1] : def;
};
const every = Number(opt('every', '1')) * 1000;
const outFile = opt('out', undefined);
const [cmd, ...cmdArgs] = args.slice(dash + 1);

const TICK = 100; // clock ticks per second (USER_HZ) on Linux
const status = (pid) => {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (f) => Number(new RegExp(`^${f}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024, cpu: (Number(stat[11]) + Number(stat[12])) / TICK };
  } catch {
    return null;
  }
};

const t0 = Date.now();
const child = spawn(cmd, cmdArgs, { stdio: ['inherit', 'inherit', 'inherit'] });
const samples = [];
let peak = 0;
let cpu = 0;
const sample = () => {
  const s = status(child.pid);
  if (!s) return;
  peak = Math.max(peak, s.hwm, s.rss);
  cpu = s.cpu;
  samples.push({ s: +((Date.now() - t0) / 1000).toFixed(1), rssMiB: Math.round(s.rss) });
};
const timer = setInterval(sample, every);
child.on('exit', (code) => {
  clearInterval(timer);
  if (outFile) writeFileSync(outFile, samples.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const result = { code, peakMiB: Math.round(peak), cpuS: +cpu.toFixed(1), wallS: +((Date.now() - t0) / 1000).toFixed(1), samples: samples.length };
  process.stderr.write(JSON.stringify(result) + '\n');
  process.exitCode = code ?? 1;
});
