#!/usr/bin/env node
/**
 * The scale figure of issue 15: extract + compare on a generated archive of 100,000 articles,
 * map/reduce style, and the projected cost for 10 million.
 *
 * 1. Extract: a sample of the generated text archive (bench/shards.mjs) through `claims extract
 *    --jobs 1`, measured (CPU per article, bytes of extraction output per article).
 * 2. The archive's extraction: the sample's extractions cloned into stories of 5 reports (their own
 *    place, person and day, one report in three with other figures; as bench/compare-scale.mjs),
 *    ARTICLES articles in SHARDS JSONL shards, round robin over a shuffled order.
 * 3. Map: `claims compare --partial` per shard, one after the other (CPU, peak RSS, bytes).
 * 4. Reduce: `claims compare --merge` over all partials (CPU, wall, peak RSS) — the largest reduce.
 * 5. With --single: one `claims compare` over all shards too, and the two reports compared byte for byte.
 *
 *   node bench/scale-out.mjs                                  100,000 articles in 10 shards
 *   node bench/scale-out.mjs --articles 10000 --shards 4 --single
 *
 * Prints the figures and writes bench/out/scale-out.json (the load average before and after, too:
 * the machine may be shared).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './corpus.mjs';
import { writeShards } from './shards.mjs';
import { flag, helpFrom, opt } from './lib/args.mjs';

helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(opt('articles', '100000'));
const SHARDS = Number(opt('shards', '10'));
const SAMPLE = Number(opt('sample', '2000'));
const SINGLE = flag('single');
// --partials-only: stop after the map step (the partials stay in --out, for merges run by hand).
const PARTIALS_ONLY = flag('partials-only');
const out = opt('out', join(root, 'bench', 'out', 'scale-out'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const log = (s) => process.stderr.write(s + '\n');
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();

/** Runs the CLI under bench/rss.mjs: CPU ms, peak RSS KiB, wall ms. */
function run(cliArgs, heap) {
  const rssFile = join(out, 'rss.json');
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const node = heap ? [`--max-old-space-size=${heap}`] : [];
  const p = spawnSync(process.execPath, [...node, join(root, 'bench', 'rss.mjs'), ...cliArgs], {
    encoding: 'utf8',
    cwd: out,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - t0;
  if (p.status !== 0) throw new Error(`claims ${cliArgs.join(' ')}: exit ${p.status}\n${p.stderr}`);
  const { maxRSS, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { cpuMs, rssKiB: maxRSS, wallMs: wall };
}
const size = (f) => statSync(join(out, f)).size;

// 1. Extract a sample of the text archive.
log(`extracting a sample of ${SAMPLE} generated articles …`);
const sampleFiles = writeShards(join(out, 'sample'), SAMPLE, 1);
const ex = run(['extract', sampleFiles[0], '--input-format', 'jsonl', '--id-field', 'id', '--format', 'jsonl', '-j', '1', '-q', '-o', 'sample.extract.jsonl']);
const sampleBytes = size('sample.extract.jsonl');
const textBytes = statSync(sampleFiles[0]).size;
const templates = readFileSync(join(out, 'sample.extract.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).article);

// 2. The archive's extraction, cloned from the sample.
log(`cloning ${N} articles' extraction into ${SHARDS} shards …`);
const SYL = ['ber', 'lin', 'gau', 'dorf', 'stadt', 'hau', 'sen', 'mar', 'kir', 'feld', 'heim', 'bach', 'burg', 'wald', 'tal', 'ro', 'na', 'li', 'ke'];
const r = mulberry32(N);
const word = () => {
  let w = '';
  const n = 2 + Math.floor(r() * 2);
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0].toUpperCase() + w.slice(1);
};
const shardNames = Array.from({ length: SHARDS }, (_, k) => `x-${String(k).padStart(3, '0')}.jsonl`);
const writers = shardNames.map((f) => createWriteStream(join(out, f)));
const start = Date.UTC(2016, 0, 1) / 86_400_000;
let written = 0;
for (let s = 0; written < N; s++) {
  const t = templates[s % templates.length];
  const place = word() + word().toLowerCase();
  const person = word() + ' ' + word() + 'er';
  const day = start + Math.floor(r() * 3000);
  for (let j = 0; j < 5 && written < N; j++) {
    const a = structuredClone(t);
    a.id = `c${String(s).padStart(6, '0')}-${j}`;
    a.path = 'archive.jsonl';
    a.title = `${place}: ${a.title.replace(/^[^:]*: /, '')}`;
    a.published = new Date((day + (j % 2)) * 86_400_000).toISOString().slice(0, 10);
    a.outlet = `Outlet ${j}`;
    a.entities.push(
      { id: `LOC-${place}`, name: place, type: 'LOC', mentions: [{ text: place, start: 0, end: place.length }], rule: 'entity/gazetteer' },
      { id: `PER-${person}`, name: person, type: 'PER', mentions: [{ text: person, start: 0, end: person.length }], rule: 'entity/gazetteer' },
    );
    if (j % 3 === 2) for (const q of a.quantities) q.value = Math.round(q.value * (1.2 + r()) * 100) / 100;
    const line = JSON.stringify({ schemaVersion: 1, article: a }) + '\n';
    const w = writers[Math.floor(r() * SHARDS)];
    if (!w.write(line)) await new Promise((res) => w.once('drain', res));
    written++;
  }
}
await Promise.all(writers.map((w) => new Promise((res) => w.end(res))));
const extractBytes = shardNames.reduce((s, f) => s + size(f), 0);

// 3. Map: a partial per shard.
log('compare --partial per shard …');
const maps = shardNames.map((f) => run(['compare', '--partial', f, '-q', '-o', f.replace(/\.jsonl$/, '.partial')]));
const partialNames = shardNames.map((f) => f.replace(/\.jsonl$/, '.partial'));
const partialBytes = partialNames.reduce((s, f) => s + size(f), 0);
if (PARTIALS_ONLY) {
  process.stdout.write(JSON.stringify({ articles: N, shards: SHARDS, out, partials: partialNames, partialBytes, mapCpuS: maps.reduce((s, m) => s + m.cpuMs, 0) / 1000 }) + '\n');
  process.exit(0);
}

// 4. Reduce.
log('compare --merge …');
const merge = run(['compare', '--merge', ...[...partialNames].reverse(), '--format', 'json', '-q', '-o', 'merged.json']);
// The report is larger than the longest string JavaScript holds: its stories and groups are counted
// line by line (`jsonChunks` starts each array element on a line of its own, four spaces in).
const report = { stories: 0, groups: 0, largest: 0 };
{
  let field = null;
  let inStoryArticles = false;
  let count = 0;
  const rl = createInterface({ input: createReadStream(join(out, 'merged.json')), crlfDelay: Infinity });
  for await (const line of rl) {
    const top = /^ {2}"([^"]+)": /.exec(line);
    if (top) field = top[1];
    if (line === '    {' && field === 'stories') report.stories++;
    if (line === '    {' && field === 'groups') report.groups++;
    if (field === 'stories') {
      if (line === '      "articles": [') (inStoryArticles = true), (count = 0);
      else if (inStoryArticles && /^ {6}\]/.test(line)) (inStoryArticles = false), (report.largest = Math.max(report.largest, count));
      else if (inStoryArticles) count++;
    }
  }
}
const largest = report.largest;

// 5. One process, for comparison.
let single = null;
if (SINGLE) {
  log('one compare over all shards …');
  single = run(['compare', ...shardNames, '--format', 'json', '-q', '-o', 'single.json'], 16384);
  single.sameBytes = spawnSync('cmp', ['-s', join(out, 'single.json'), join(out, 'merged.json')]).status === 0;
}

const mapCpu = maps.reduce((s, m) => s + m.cpuMs, 0);
const perArticle = { extractMs: ex.cpuMs / SAMPLE, partialMs: mapCpu / N, mergeMs: merge.cpuMs / N };
const TEN_M = 10_000_000;
const coreHours = (ms) => (ms * TEN_M) / 3_600_000;
const GB = 1e9;
const result = {
  articles: N,
  shards: SHARDS,
  stories: report.stories,
  groups: report.groups,
  largestStory: largest,
  extract: { sample: SAMPLE, cpuS: ex.cpuMs / 1000, rssMiB: ex.rssKiB / 1024, textBytesPerArticle: textBytes / SAMPLE, bytesPerArticle: sampleBytes / SAMPLE },
  map: { cpuS: mapCpu / 1000, maxRssMiB: Math.max(...maps.map((m) => m.rssKiB)) / 1024, extractBytes, partialBytes },
  merge: { cpuS: merge.cpuMs / 1000, wallS: merge.wallMs / 1000, rssMiB: merge.rssKiB / 1024, reportBytes: size('merged.json') },
  single: single && { cpuS: single.cpuMs / 1000, wallS: single.wallMs / 1000, rssMiB: single.rssKiB / 1024, sameBytes: single.sameBytes },
  projection10M: {
    extractCoreHours: coreHours(perArticle.extractMs),
    partialCoreHours: coreHours(perArticle.partialMs),
    mergeCoreHours: coreHours(perArticle.mergeMs),
    storageGB: { text: (textBytes / SAMPLE) * TEN_M / GB, extraction: (extractBytes / N) * TEN_M / GB, partials: (partialBytes / N) * TEN_M / GB },
    mergeRssGiBLinear: (merge.rssKiB / N) * TEN_M / 1024 / 1024,
  },
  loadAverage: { before: loadBefore, after: load() },
};
writeFileSync(join(root, 'bench', 'out', 'scale-out.json'), JSON.stringify(result, null, 2) + '\n');
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
