#!/usr/bin/env node
/**
 * `npm run bench` — speed and memory of claims on a deterministic corpus (no network).
 *
 *   npm run bench                     10,000 articles (~30 MB), 3 runs each, writes BENCHMARKS.md
 *   npm run bench -- --articles 2000 --runs 5
 *   npm run bench -- --profile        also a CPU profile of `claims extract --jobs 1` (top self time)
 *
 * Measures, each as the median of the runs: wink-nlp readDoc with its default pipeline over the
 * same files (the reference) and tokenizer-only; `claims extract` json and jsonl with --jobs 1,
 * jsonl with --jobs 2 (speed-up, same bytes); peak RSS of jsonl at 1,000 and N articles;
 * `claims compare` over the jsonl output; `claims --version` start-up; one article end to end.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('articles', 10000));
const RUNS = Number(opt('runs', 3));
const PROFILE = args.includes('--profile');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (s) => process.stderr.write(s + '\n');

function timed(cmd, argv, { rss = false, stdoutFile } = {}) {
  const rssFile = join(out, 'rss.txt');
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rss ? rssFile : '', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', stdoutFile ? 'pipe' : 'pipe', 'pipe'],
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout);
  return { ms, stdout: r.stdout, rssKiB: rss && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null };
}

function repeat(n, fn) {
  const rs = [];
  for (let i = 0; i < n; i++) rs.push(fn(i));
  return rs;
}

const corpusDir = join(root, 'bench', 'corpus', String(N));
log(`building corpus of ${N} articles in ${corpusDir} …`);
const corpus = buildCorpus(corpusDir, N, join(root, 'fixtures', 'articles'));
const MB = corpus.bytes / 1e6;
log(`corpus: ${corpus.files} files, ${MB.toFixed(1)} MB`);

const claims = (extra, o) => timed(process.execPath, [join(root, 'bench', 'rss.mjs'), ...extra], { rss: true, ...o });

const results = { articles: N, bytes: corpus.bytes, runs: RUNS };

log('reference: wink-nlp readDoc, default pipeline …');
const ref = repeat(RUNS, () => JSON.parse(timed(process.execPath, [join(root, 'bench', 'wink-reference.mjs'), corpusDir, 'default']).stdout));
results.reference = { ms: median(ref.map((r) => r.ms)), tokens: ref[0].tokens };
log('wink-nlp tokenizer only …');
const tok = repeat(RUNS, () => JSON.parse(timed(process.execPath, [join(root, 'bench', 'wink-reference.mjs'), corpusDir, 'tokenizer']).stdout));
results.tokenizer = { ms: median(tok.map((r) => r.ms)) };

log('claims extract --format json --jobs 1 …');
const j1 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'json', '--jobs', '1', '-q', '-o', join(out, 'extract.json')]));
results.extractJson1 = { ms: median(j1.map((r) => r.ms)), rssKiB: median(j1.map((r) => r.rssKiB)) };

log('claims extract --format jsonl --jobs 1 …');
const l1 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'extract-1.jsonl')]));
results.extractJsonl1 = { ms: median(l1.map((r) => r.ms)), rssKiB: median(l1.map((r) => r.rssKiB)) };

log('claims extract --format jsonl --jobs 2 …');
const l2 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'jsonl', '--jobs', '2', '-q', '-o', join(out, 'extract-2.jsonl')]));
results.extractJsonl2 = { ms: median(l2.map((r) => r.ms)), rssKiB: median(l2.map((r) => r.rssKiB)) };
results.sameBytes = readFileSync(join(out, 'extract-1.jsonl'), 'utf8') === readFileSync(join(out, 'extract-2.jsonl'), 'utf8');

log('peak RSS of jsonl at 1,000 articles …');
const small = repeat(RUNS, () => claims(['extract', corpusDir, '--glob', '00/*.txt', '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'extract-1000.jsonl')]));
results.rss1000KiB = median(small.map((r) => r.rssKiB));

const hasCompare = /^\s+compare\b/m.test(spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), '--help'], { encoding: 'utf8' }).stdout);
if (hasCompare) {
  log('claims compare over the jsonl output …');
  const c = repeat(RUNS, () => claims(['compare', join(out, 'extract-1.jsonl'), '--format', 'json', '-q', '-o', join(out, 'compare.json')]));
  results.compare = { ms: median(c.map((r) => r.ms)), rssKiB: median(c.map((r) => r.rssKiB)) };
}

log('claims --version start-up …');
results.version = { ms: median(repeat(Math.max(10, RUNS), () => timed(process.execPath, [join(root, 'bin', 'claims.js'), '--version']).ms)) };
log('one article end to end …');
const one = join(root, 'fixtures', 'articles', readdirSync(join(root, 'fixtures', 'articles')).sort()[0]);
results.oneArticle = { ms: median(repeat(Math.max(5, RUNS), () => timed(process.execPath, [join(root, 'bin', 'claims.js'), 'extract', one, '--format', 'json', '--jobs', '1']).ms)) };

if (PROFILE) {
  log('CPU profile of claims extract --jobs 1 on 1,000 articles …');
  const profDir = join(out, 'profile');
  rmSync(profDir, { recursive: true, force: true });
  timed(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, join(root, 'bin', 'claims.js'), 'extract', corpusDir, '--glob', '00/*.txt', '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'profiled.jsonl')]);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  const self = new Map();
  const dt = new Map();
  prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const n of prof.nodes) {
    const us = dt.get(n.id) ?? 0;
    total += us;
    const cf = n.callFrame;
    const where = cf.url ? cf.url.replace(/^file:\/\//, '').replace(root, '') + ':' + (cf.lineNumber + 1) : '';
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
  }
  results.profile = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
}

const mbps = (ms) => MB / (ms / 1000);
const kib = (k) => (k == null ? 'n/a' : `${(k / 1024).toFixed(0)} MiB`);
const r = results;
const speedup = r.extractJsonl1.ms / r.extractJsonl2.ms;
const ratio = mbps(r.extractJsonl1.ms) / mbps(r.reference.ms);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Produced by `npm run bench` (bench/run.mjs); do not edit the figures by hand.',
  '',
  `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}.`,
  `Corpus: ${N.toLocaleString('en')} articles, ${MB.toFixed(1)} MB, ${r.reference.tokens.toLocaleString('en')} wink tokens (bench/corpus.mjs: the fixtures with varied numbers, names and paragraph order; seeded).`,
  `Each figure is the median of ${RUNS} runs. Ratios are the figures to compare across machines.`,
  '',
  '| what | median wall | throughput | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  `| wink-nlp readDoc, default pipeline (reference) | ${(r.reference.ms / 1000).toFixed(2)} s | ${mbps(r.reference.ms).toFixed(2)} MB/s · ${(r.reference.tokens / (r.reference.ms / 1000) / 1e6).toFixed(2)} M tokens/s | |`,
  `| wink-nlp tokenizer only | ${(r.tokenizer.ms / 1000).toFixed(2)} s | ${mbps(r.tokenizer.ms).toFixed(2)} MB/s | |`,
  `| claims extract --format json --jobs 1 | ${(r.extractJson1.ms / 1000).toFixed(2)} s | ${mbps(r.extractJson1.ms).toFixed(2)} MB/s · ${(N / (r.extractJson1.ms / 1000)).toFixed(0)} articles/s | ${kib(r.extractJson1.rssKiB)} |`,
  `| claims extract --format jsonl --jobs 1 | ${(r.extractJsonl1.ms / 1000).toFixed(2)} s | ${mbps(r.extractJsonl1.ms).toFixed(2)} MB/s · ${(r.reference.tokens / (r.extractJsonl1.ms / 1000) / 1e6).toFixed(2)} M tokens/s · ${(N / (r.extractJsonl1.ms / 1000)).toFixed(0)} articles/s | ${kib(r.extractJsonl1.rssKiB)} |`,
  `| claims extract --format jsonl --jobs 2 | ${(r.extractJsonl2.ms / 1000).toFixed(2)} s | ${mbps(r.extractJsonl2.ms).toFixed(2)} MB/s · ${(N / (r.extractJsonl2.ms / 1000)).toFixed(0)} articles/s | ${kib(r.extractJsonl2.rssKiB)} |`,
  r.compare ? `| claims compare (jsonl of ${N.toLocaleString('en')} articles) | ${(r.compare.ms / 1000).toFixed(2)} s | | ${kib(r.compare.rssKiB)} |` : '| claims compare | not available in this build | | |',
  `| claims --version | ${r.version.ms.toFixed(0)} ms | | |`,
  `| claims extract, one fixture article | ${r.oneArticle.ms.toFixed(0)} ms | | |`,
  '',
  '| target | measured | met |',
  '| --- | ---: | :---: |',
  `| extract --jobs 1 ≥ 1.5× the reference | ${ratio.toFixed(2)}× | ${ratio >= 1.5 ? 'yes' : 'no'} |`,
  `| --jobs 2 speed-up ≥ 1.8 | ${speedup.toFixed(2)}× | ${speedup >= 1.8 ? 'yes' : 'no'} |`,
  `| --jobs 2 output identical to --jobs 1 | ${r.sameBytes ? 'identical' : 'DIFFERENT'} | ${r.sameBytes ? 'yes' : 'no'} |`,
  `| jsonl peak RSS flat: 1,000 vs ${N.toLocaleString('en')} articles | ${kib(r.rss1000KiB)} vs ${kib(r.extractJsonl1.rssKiB)} | ${r.extractJsonl1.rssKiB <= r.rss1000KiB * 1.25 ? 'yes' : 'no'} |`,
  `| claims --version ≤ 150 ms | ${r.version.ms.toFixed(0)} ms | ${r.version.ms <= 150 ? 'yes' : 'no'} |`,
  `| one fixture article ≤ 400 ms | ${r.oneArticle.ms.toFixed(0)} ms | ${r.oneArticle.ms <= 400 ? 'yes' : 'no'} |`,
  r.compare ? `| compare on ${N.toLocaleString('en')} articles in seconds | ${(r.compare.ms / 1000).toFixed(1)} s | ${r.compare.ms < 60000 ? 'yes' : 'no'} |` : '',
  '',
];
if (r.profile) {
  lines.push('## Profile: self time of `claims extract --jobs 1` on 1,000 articles (node --cpu-prof)', '', '| function | self ms | share |', '| --- | ---: | ---: |');
  for (const p of r.profile) lines.push(`| \`${p.fn.replace(/\|/g, '\\|')}\` | ${p.ms.toFixed(0)} | ${(p.share * 100).toFixed(1)} % |`);
  lines.push('');
}
const notes = join(root, 'bench', 'NOTES.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(join(root, 'BENCHMARKS.md'), lines.filter((l) => l !== null).join('\n'));
process.stdout.write(lines.join('\n') + '\n');
