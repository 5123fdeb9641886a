#!/usr/bin/env node
/**
 * Memory of a JSONL stream through `claims extract - --input-format jsonl --format jsonl` (issue 15:
 * "a 1 GB JSONL stream passes through with flat memory"). bench/stream-gen.mjs writes the stream to
 * the pipe (--vocab: two sentences of invented words per record, so the vocabulary never stops
 * growing); the claims process's resident set (VmRSS, all threads: main and workers) is sampled
 * every second from /proc, and its peak (VmHWM) read at the end. Memory, not time, so the figures
 * hold on a loaded machine.
 *
 *   node bench/stream-rss.mjs --mb 64,1024 --jobs 1,2 --vocab
 *
 * Prints one JSON line per run: MiB, jobs, records, CPU seconds, peak RSS, RSS after each quarter of
 * the stream, median RSS per eighth of it.
 * Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flag, helpFrom, opt } from './lib/args.mjs';
import { procSample } from './lib/proc.mjs';

helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = opt('mb', '64').split(',').map(Number);
const jobs = opt('jobs', '1').split(',').map(Number);
const vocab = flag('vocab');
const cli = opt('cli', join(root, 'bin', 'claims.js'));
// --samples FILE: every per-second sample as a JSON line (the RSS curve), appended as it is taken; --node "FLAGS": node flags
// for the claims process (e.g. "--max-old-space-size=256"), default none, as users run it.
const samplesFile = opt('samples', undefined);
const nodeFlags = (opt('node', '') ?? '').split(' ').filter(Boolean);

function run(mb, j) {
  return new Promise((resolve, reject) => {
    const gen = spawn(process.execPath, [join(root, 'bench', 'stream-gen.mjs'), String(mb), ...(vocab ? ['--vocab'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    const claims = spawn(process.execPath, [...nodeFlags, cli, 'extract', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', String(j), '-q'], { stdio: ['pipe', 'pipe', 'inherit'] });
    gen.stdout.pipe(claims.stdin);
    let records = 0;
    let genBytes = 0;
    gen.stdout.on('data', (b) => (genBytes += b.length));
    claims.stdout.on('data', (b) => {
      for (let k = b.indexOf(10); k >= 0; k = b.indexOf(10, k + 1)) records++;
    });
    const samples = [];
    let peak = 0;
    let cpuS = 0;
    const t0 = Date.now();
    const timer = setInterval(() => {
      const p = procSample(claims.pid);
      if (!p) return;
      peak = Math.max(peak, p.hwmMiB);
      cpuS = p.cpuS;
      const rss = p.rssMiB;
      const x = { s: Math.round((Date.now() - t0) / 1000), inMiB: +(genBytes / 2 ** 20).toFixed(1), records, rssMiB: Math.round(rss), cpuS };
      samples.push(x);
      // written as they come: a long run's curve can be read while it runs
      if (samplesFile) appendFileSync(samplesFile, JSON.stringify({ mb, jobs: j, ...x }) + '\n');
    }, 1000);
    claims.on('error', reject);
    claims.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`claims exit ${code}`));
      // RSS when a quarter, half, three quarters and all of the stream had been read.
      const at = [0.25, 0.5, 0.75, 1].map((f) => {
        const s = samples.find((x) => x.inMiB >= f * mb * 0.999) ?? samples[samples.length - 1];
        return s ? s.rssMiB : null;
      });
      // cpuS: user + system CPU of the claims process (all threads) at its last sample, ≤ 1 s before it ended
      resolve({ mb, jobs: j, vocab, records, seconds: Math.round((Date.now() - t0) / 1000), cpuS, peakMiB: Math.round(peak), rssAtQuartersMiB: at, maxSampledMiB: Math.max(...samples.map((x) => x.rssMiB)), medianRssPerEighthMiB: eighths(samples, mb) });
    });
  });
}

/** Median RSS of the samples taken while each eighth of the stream was read (issue 15's "flat": last half vs first quarter). */
export function eighths(samples, mb) {
  const median = (xs) => {
    const v = xs.map((x) => x.rssMiB).sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
  };
  return Array.from({ length: 8 }, (_, k) => median(samples.filter((x) => x.inMiB > (k * mb) / 8 && x.inMiB <= ((k + 1) * mb) / 8)));
}

for (const mb of sizes) for (const j of jobs) process.stdout.write(JSON.stringify(await run(mb, j)) + '\n');
