#!/usr/bin/env node
/**
 * What a streamed extraction keeps (issue 15, "flat memory"): the records of the bench stream
 * (bench/lib/stream-records.mjs; --vocab: ever-new words) extracted in THIS process, as one worker
 * does it (`extractBatch` of dist/run/extract-file.js, units of 16 JSONL lines, formatted as
 * jsonl and dropped), with a full collection every --every records and the live heap printed
 * (one JSON line each). --snap N,M writes a V8 heap snapshot after N and M records (to --dir,
 * default the system temp dir), to be compared with bench/heap-diff.mjs.
 *
 *   node --expose-gc bench/heap-growth.mjs --records 20000 --every 1000 --vocab --snap 5000,20000
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { flag, helpFrom, opt } from './lib/args.mjs';
import { streamRecords } from './lib/stream-records.mjs';

helpFrom(import.meta.url);

if (typeof globalThis.gc !== 'function') {
  process.stderr.write('run with node --expose-gc\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const { extractBatch } = await import(join(root, 'dist', 'run', 'extract-file.js'));
const total = Number(opt('records', '20000'));
const every = Number(opt('every', '1000'));
const snaps = new Set(opt('snap', '').split(',').filter(Boolean).map(Number));
const dir = opt('dir', tmpdir());
const records = streamRecords({ vocab: flag('vocab') });
const load = { maxSize: 10 * 2 ** 20, inputFormat: 'jsonl' };
const t0 = process.cpuUsage();
for (let n = 0; n < total; ) {
  const lines = [];
  for (let k = 0; k < 16 && n < total; k++) lines.push({ n: ++n, text: records.next().value.slice(0, -1) });
  const [r] = await extractBatch([{ file: '-', lines, load, disable: [], lexicon: {}, format: 'jsonl' }]);
  if (r.errors.length) throw new Error(JSON.stringify(r.errors[0]));
  const hit = [...snaps].find((s) => n >= s && n - lines.length < s);
  if (n % every < lines.length || hit !== undefined || n === total) {
    globalThis.gc();
    const m = process.memoryUsage();
    const cpu = process.cpuUsage(t0);
    const mib = (b) => +(b / 2 ** 20).toFixed(1);
    // per V8 space: used / committed (MiB)
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((x) => [x.space_name.replace(/_space$/, ''), `${mib(x.space_used_size)}/${mib(x.physical_space_size)}`]));
    const line = { records: n, heapMiB: mib(m.heapUsed), heapTotalMiB: mib(m.heapTotal), externalMiB: +(m.external / 2 ** 20).toFixed(1), rssMiB: Math.round(m.rss / 2 ** 20), cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1), spaces };
    if (hit !== undefined) line.snapshot = writeHeapSnapshot(join(dir, `heap-${flag('vocab') ? 'vocab-' : ''}${hit}.heapsnapshot`));
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}
