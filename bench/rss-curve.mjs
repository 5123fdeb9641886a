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
import { writeFileSync } from 'node:fs';
import { helpFrom, opt, rest } from './lib/args.mjs';
import { procSample } from './lib/proc.mjs';

helpFrom(import.meta.url);

if (!rest?.length) {
  process.stderr.write('usage: node bench/rss-curve.mjs [--every S] [--out FILE] -- command args…\n');
  process.exit(2);
}
const every = Number(opt('every', '1')) * 1000;
const outFile = opt('out', undefined);
const [cmd, ...cmdArgs] = rest;

const t0 = Date.now();
const child = spawn(cmd, cmdArgs, { stdio: ['inherit', 'inherit', 'inherit'] });
const samples = [];
let peak = 0;
let cpu = 0;
const sample = () => {
  const s = procSample(child.pid);
  if (!s) return;
  peak = Math.max(peak, s.hwmMiB, s.rssMiB);
  cpu = s.cpuS;
  samples.push({ s: +((Date.now() - t0) / 1000).toFixed(1), rssMiB: Math.round(s.rssMiB) });
};
const timer = setInterval(sample, every);
child.on('exit', (code) => {
  clearInterval(timer);
  if (outFile) writeFileSync(outFile, samples.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const result = { code, peakMiB: Math.round(peak), cpuS: +cpu.toFixed(1), wallS: +((Date.now() - t0) / 1000).toFixed(1), samples: samples.length };
  process.stderr.write(JSON.stringify(result) + '\n');
  process.exitCode = code ?? 1;
});
