#!/usr/bin/env node
/**
 * Scale of `claims compare` (issue 11): a synthetic archive of many small stories, as extraction
 * output (JSONL), compared in one process. Each story is 5 articles cloned from one template
 * article (the extraction of the fixtures' articles), with its own place, person and date, and its
 * figures varied per outlet, so story clustering has real work (thousands of stories sharing the
 * templates' vocabulary) and grouping has real groups.
 *
 *   node bench/compare-scale.mjs                 10,000 and 100,000 articles, 1 run each
 *   node bench/compare-scale.mjs --sizes 2000 --runs 3
 *
 * Prints wall time, CPU time (user + system, all threads) and peak RSS per size, and the number of
 * stories and multi-article groups found; writes bench/out/compare-scale.json.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { mulberry32 } from './corpus.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpFrom, opt } from './lib/args.mjs';

helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const SIZES = opt('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(opt('runs', '1'));
const log = (s) => process.stderr.write(s + '\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Templates: the extraction of every fixture article folder.
const templates = [];
for (const dir of ['fixtures/articles', 'fixtures/dev/articles', 'fixtures/holdout/articles', 'fixtures/blind2/articles']) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), 'extract', join(root, dir), '--format', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  templates.push(...JSON.parse(r.stdout).articles);
}
log(`${templates.length} template articles`);

const SYL = ['ber', 'lin', 'gau', 'dorf', 'stadt', 'hau', 'sen', 'mar', 'kir', 'feld', 'heim', 'bach', 'burg', 'wald', 'tal', 'ro', 'na', 'li', 'ke'];
const word = (r) => {
  let w = '';
  const n = 2 + Math.floor(r() * 2);
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0].toUpperCase() + w.slice(1);
};

/** Shards of at most SHARD articles each (a single JSONL file over 512 MiB is not read as extraction output). */
const SHARD = 10_000;

async function generate(n, base) {
  const r = mulberry32(n);
  const files = [];
  let ws = null;
  let lines = 0;
  const next = () => {
    const f = `${base}-${String(files.length).padStart(3, '0')}.jsonl`;
    files.push(f);
    return createWriteStream(f);
  };
  const stories = Math.ceil(n / 5);
  const start = Date.UTC(2015, 0, 1) / 86_400_000;
  for (let s = 0; s < stories && lines < n; s++) {
    const t = templates[s % templates.length];
    const place = word(r) + word(r).toLowerCase();
    const person = word(r) + ' ' + word(r);
    const day = start + Math.floor(r() * 3000);
    for (let j = 0; j < 5 && lines < n; j++) {
      const a = structuredClone(t);
      a.id = `s${String(s).padStart(6, '0')}-${j}`;
      a.path = a.id + '.txt';
      a.title = `${place}: ${a.title}`;
      a.published = new Date((day + (j % 2)) * 86_400_000).toISOString().slice(0, 10);
      a.outlet = `Outlet ${j}`;
      a.entities.push(
        { id: `LOC-${place}`, name: place, type: 'LOC', mentions: [{ text: place, start: 0, end: place.length }], rule: 'entity/bench-place' },
        { id: `PER-${person}`, name: person, type: 'PER', mentions: [{ text: person, start: 0, end: person.length }], rule: 'entity/bench-place' },
      );
      // One outlet in three reports other figures.
      if (j % 3 === 2) for (const q of a.quantities) q.value = Math.round(q.value * (1.2 + r()) * 100) / 100;
      if (lines % SHARD === 0) {
        if (ws) await new Promise((resolve) => ws.end(resolve));
        ws = next();
      }
      ws.write(JSON.stringify({ schemaVersion: 1, article: a }) + '\n');
      lines++;
    }
  }
  if (ws) await new Promise((resolve) => ws.end(resolve));
  return files;
}

/**
 * Stories and multi-article groups of a compare JSON written by `jsonChunks` (each array element
 * starts on a line of its own, indented four spaces), read line by line.
 */
async function countOutput(file) {
  let field = null;
  let stories = 0;
  let groups = 0;
  let groupArticles = null;
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const top = /^ {2}"([^"]+)": /.exec(line);
    if (top) field = top[1];
    if (field === 'stories' && line === '    {') stories++;
    if (field === 'groups') {
      if (line === '    {') groupArticles = new Set();
      const m = /^ {10}"article": "([^"]*)"/.exec(line);
      if (m && groupArticles) groupArticles.add(m[1]);
      if (/^ {4}\}/.test(line) && groupArticles) {
        if (groupArticles.size > 1) groups++;
        groupArticles = null;
      }
    }
  }
  return { stories, groups };
}

const results = {};
for (const n of SIZES) {
  const base = join(out, `compare-scale-${n}`);
  const shards = Math.ceil(n / SHARD);
  let files = Array.from({ length: shards }, (_, i) => `${base}-${String(i).padStart(3, '0')}.jsonl`);
  if (!files.every((f) => existsSync(f))) {
    log(`generating ${n} articles …`);
    files = await generate(n, base);
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    log(`claims compare on ${n} articles (run ${i + 1}/${RUNS}) …`);
    const rssFile = join(out, 'rss.txt');
    rmSync(rssFile, { force: true });
    const result = join(out, `compare-scale-${n}.json`);
    const t0 = performance.now();
    const p = spawnSync(process.execPath, ['--max-old-space-size=16384', join(root, 'bench', 'rss.mjs'), 'compare', ...files, '--format', 'json', '-q', '-o', result], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (p.status !== 0) throw new Error(`compare on ${n} exited ${p.status}: ${p.stderr.slice(-400)}`);
    const u = JSON.parse(readFileSync(rssFile, 'utf8'));
    log(JSON.stringify({ ms, cpuMs: u.cpuMs, rssKiB: u.maxRSS }));
    // The output of 100,000 articles is larger than one string: counted line by line.
    const counts = await countOutput(result);
    runs.push({ ms, cpuMs: u.cpuMs, rssKiB: u.maxRSS, outputMiB: statSync(result).size / 1048576, ...counts });
  }
  results[n] = { ms: median(runs.map((x) => x.ms)), cpuMs: median(runs.map((x) => x.cpuMs)), rssKiB: median(runs.map((x) => x.rssKiB)), outputMiB: runs[0].outputMiB, stories: runs[0].stories, groups: runs[0].groups, expectedStories: Math.ceil(n / 5) };
  log(JSON.stringify(results[n]));
}
writeFileSync(join(out, 'compare-scale.json'), JSON.stringify(results, null, 2) + '\n');
console.log('| articles | wall | CPU | peak RSS | JSON output | stories found (generated) | multi-article groups |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [n, x] of Object.entries(results)) {
  console.log(`| ${Number(n).toLocaleString('en')} | ${(x.ms / 1000).toFixed(1)} s | ${(x.cpuMs / 1000).toFixed(1)} s | ${(x.rssKiB / 1024).toFixed(0)} MiB | ${x.outputMiB.toFixed(0)} MiB | ${x.stories.toLocaleString('en')} (${x.expectedStories.toLocaleString('en')}) | ${x.groups.toLocaleString('en')} |`);
}
