#!/usr/bin/env node
/**
 * `npm run bench` — speed and memory of claims on a deterministic corpus (no network).
 *
 *   npm run bench                     10,000 articles (~30 MB), 3 runs each, writes BENCHMARKS.md
 *   npm run bench -- --articles 2000 --runs 5
 *   npm run bench -- --profile        also a CPU profile of `claims extract --jobs 1` (top self time)
 *   npm run bench -- --report-only    rewrite BENCHMARKS.md from bench/out/results.json (e.g. after editing bench/NOTES.md)
 *   npm run bench -- --adversarial-only   only the adversarial-input shapes (bench/adversarial.mjs), spliced into BENCHMARKS.md
 *   npm run bench -- --no-scale       without the scale figures of bench/scale.mjs (jobs on files and JSONL, ever-new
 *                                     vocabulary, RSS at 30k articles, article size, one article, a JSONL stream);
 *                                     their sizes: --files 3000 --vocab-small 1000 --vocab-big 30000 --stream-mb 1024
 *
 * Measures, each as the median of the runs: wink-nlp readDoc with its default pipeline over the
 * same files (the reference) and tokenizer-only; `claims extract` json and jsonl with --jobs 1,
 * jsonl with --jobs 2 (speed-up, same bytes); peak RSS of jsonl at 1,000 and N articles;
 * `claims compare` over the jsonl output; `claims --version` start-up (next to a bare `node -e ''`);
 * one article end to end. Besides wall time, the CPU time (user + system, all threads) of each run
 * is recorded: on a machine shared with other work, CPU-time ratios stay meaningful when wall-time
 * ratios do not.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { adversarialSection, runAdversarial } from './adversarial.mjs';
import { spliceSection } from './sections.mjs';
import { runScale, scaleSection } from './scale.mjs';
import { flag, helpFrom, opt } from './lib/args.mjs';

helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(opt('articles', 10000));
const RUNS = Number(opt('runs', 3));
const PROFILE = flag('profile');
const REPORT_ONLY = flag('report-only');
if (flag('adversarial-only')) {
  const r = runAdversarial({ runs: Number(opt('runs', 3)) });
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(join(root, 'bench', 'out', 'adversarial.json'), JSON.stringify(r, null, 2));
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, spliceSection(readFileSync(file, 'utf8'), 'adversarial', adversarialSection(r)));
  process.stdout.write(adversarialSection(r) + '\n');
  process.exit(0);
}
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
  const usage = rss && existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : null;
  return { ms, stdout: r.stdout, rssKiB: usage?.maxRSS ?? null, cpuMs: usage?.cpuMs ?? null };
}

function repeat(n, fn) {
  const rs = [];
  for (let i = 0; i < n; i++) rs.push(fn(i));
  return rs;
}

let results;
if (REPORT_ONLY) {
  results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
} else {
  const corpusDir = join(root, 'bench', 'corpus', String(N));
  log(`building corpus of ${N} articles in ${corpusDir} …`);
  const corpus = buildCorpus(corpusDir, N, join(root, 'fixtures', 'articles'));
  log(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

  const claims = (extra, o) => timed(process.execPath, [join(root, 'bench', 'rss.mjs'), ...extra], { rss: true, ...o });

  results = { articles: N, bytes: corpus.bytes, runs: RUNS, loadavgStart: os.loadavg(), cpus: os.cpus().length };

  log('reference: wink-nlp readDoc, default pipeline …');
  const ref = repeat(RUNS, () => JSON.parse(timed(process.execPath, [join(root, 'bench', 'wink-reference.mjs'), corpusDir, 'default']).stdout));
  results.reference = { ms: median(ref.map((r) => r.ms)), cpuMs: median(ref.map((r) => r.cpuMs)), tokens: ref[0].tokens };
  log('wink-nlp tokenizer only …');
  const tok = repeat(RUNS, () => JSON.parse(timed(process.execPath, [join(root, 'bench', 'wink-reference.mjs'), corpusDir, 'tokenizer']).stdout));
  results.tokenizer = { ms: median(tok.map((r) => r.ms)), cpuMs: median(tok.map((r) => r.cpuMs)) };

  log('claims extract --format json --jobs 1 …');
  const j1 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'json', '--jobs', '1', '-q', '-o', join(out, 'extract.json')]));
  results.extractJson1 = { ms: median(j1.map((r) => r.ms)), cpuMs: median(j1.map((r) => r.cpuMs)), rssKiB: median(j1.map((r) => r.rssKiB)) };

  log('claims extract --format jsonl --jobs 1 …');
  const l1 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'extract-1.jsonl')]));
  results.extractJsonl1 = { ms: median(l1.map((r) => r.ms)), cpuMs: median(l1.map((r) => r.cpuMs)), rssKiB: median(l1.map((r) => r.rssKiB)) };

  log('claims extract --format jsonl --jobs 2 …');
  const l2 = repeat(RUNS, () => claims(['extract', corpusDir, '--format', 'jsonl', '--jobs', '2', '-q', '-o', join(out, 'extract-2.jsonl')]));
  results.extractJsonl2 = { ms: median(l2.map((r) => r.ms)), cpuMs: median(l2.map((r) => r.cpuMs)), rssKiB: median(l2.map((r) => r.rssKiB)) };
  results.sameBytes = readFileSync(join(out, 'extract-1.jsonl'), 'utf8') === readFileSync(join(out, 'extract-2.jsonl'), 'utf8');

  log('peak RSS of jsonl at 1,000 articles …');
  const small = repeat(RUNS, () => claims(['extract', corpusDir, '--glob', '00/*.txt', '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'extract-1000.jsonl')]));
  results.rss1000KiB = median(small.map((r) => r.rssKiB));

  const hasCompare = /^\s+compare\b/m.test(spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), '--help'], { encoding: 'utf8' }).stdout);
  if (hasCompare) {
    log('claims compare over the jsonl output …');
    const c = repeat(RUNS, () => claims(['compare', join(out, 'extract-1.jsonl'), '--format', 'json', '-q', '-o', join(out, 'compare.json')]));
    results.compare = { ms: median(c.map((r) => r.ms)), cpuMs: median(c.map((r) => r.cpuMs)), rssKiB: median(c.map((r) => r.rssKiB)) };
  }

  log('claims --version start-up …');
  results.version = { ms: median(repeat(Math.max(10, RUNS), () => timed(process.execPath, [join(root, 'bin', 'claims.js'), '--version']).ms)) };
  results.nodeStart = { ms: median(repeat(Math.max(10, RUNS), () => timed(process.execPath, ['-e', '']).ms)) };
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
    results.profile = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
    // inclusive time of the project's rule and text functions (each function counted once per stack)
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map();
    for (const [id, us] of dt) {
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const cf = byId.get(cur).callFrame;
        if (!/\/dist\/(rules|text|pipeline|io|format|run)/.test(cf.url)) continue;
        const k = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^file:\/\//, '').replace(root, '')}:${cf.lineNumber + 1}`;
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + us);
      }
    }
    results.profileInclusive = [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
  }
  results.loadavgEnd = os.loadavg();

  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
}

const MB = results.bytes / 1e6;
const N_ = results.articles;
const RUNS_ = results.runs;
const mbps = (ms) => MB / (ms / 1000);
const cpuS = (x) => (x?.cpuMs == null ? 'n/a' : `${(x.cpuMs / 1000).toFixed(2)} s`);
const kib = (k) => (k == null ? 'n/a' : `${(k / 1024).toFixed(0)} MiB`);
const r = results;
const speedup = r.extractJsonl1.ms / r.extractJsonl2.ms;
const ratio = mbps(r.extractJsonl1.ms) / mbps(r.reference.ms);
const cpuRatio = r.reference.cpuMs && r.extractJsonl1.cpuMs ? r.reference.cpuMs / r.extractJsonl1.cpuMs : null;
const cpuOverhead2 = r.extractJsonl1.cpuMs && r.extractJsonl2.cpuMs ? r.extractJsonl2.cpuMs / r.extractJsonl1.cpuMs : null;
const la = (l) => (l ? l.map((x) => x.toFixed(1)).join(' / ') : 'n/a');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Produced by `npm run bench` (bench/run.mjs); do not edit the figures by hand.',
  '',
  `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}.`,
  `Corpus: ${N_.toLocaleString('en')} articles, ${MB.toFixed(1)} MB, ${r.reference.tokens.toLocaleString('en')} wink tokens (bench/corpus.mjs: the fixtures with varied numbers, names and paragraph order; seeded).`,
  `Each figure is the median of ${RUNS_} runs. Ratios are the figures to compare across machines. Load average (1/5/15 min) at the start: ${la(r.loadavgStart)}, at the end: ${la(r.loadavgEnd)} on ${r.cpus ?? os.cpus().length} cores — other work shared the machine, so wall times are noisy; the CPU column (user + system time of all threads) is not affected by waiting for a core.`,
  '',
  '| what | median wall | throughput (wall) | median CPU | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| wink-nlp readDoc, default pipeline (reference) | ${(r.reference.ms / 1000).toFixed(2)} s | ${mbps(r.reference.ms).toFixed(2)} MB/s · ${(r.reference.tokens / (r.reference.ms / 1000) / 1e6).toFixed(2)} M tokens/s | ${cpuS(r.reference)} | |`,
  `| wink-nlp tokenizer only | ${(r.tokenizer.ms / 1000).toFixed(2)} s | ${mbps(r.tokenizer.ms).toFixed(2)} MB/s | ${cpuS(r.tokenizer)} | |`,
  `| claims extract --format json --jobs 1 | ${(r.extractJson1.ms / 1000).toFixed(2)} s | ${mbps(r.extractJson1.ms).toFixed(2)} MB/s · ${(N_ / (r.extractJson1.ms / 1000)).toFixed(0)} articles/s | ${cpuS(r.extractJson1)} | ${kib(r.extractJson1.rssKiB)} |`,
  `| claims extract --format jsonl --jobs 1 | ${(r.extractJsonl1.ms / 1000).toFixed(2)} s | ${mbps(r.extractJsonl1.ms).toFixed(2)} MB/s · ${(r.reference.tokens / (r.extractJsonl1.ms / 1000) / 1e6).toFixed(2)} M tokens/s · ${(N_ / (r.extractJsonl1.ms / 1000)).toFixed(0)} articles/s | ${cpuS(r.extractJsonl1)} | ${kib(r.extractJsonl1.rssKiB)} |`,
  `| claims extract --format jsonl --jobs 2 | ${(r.extractJsonl2.ms / 1000).toFixed(2)} s | ${mbps(r.extractJsonl2.ms).toFixed(2)} MB/s · ${(N_ / (r.extractJsonl2.ms / 1000)).toFixed(0)} articles/s | ${cpuS(r.extractJsonl2)} | ${kib(r.extractJsonl2.rssKiB)} |`,
  r.compare ? `| claims compare (jsonl of ${N_.toLocaleString('en')} articles) | ${(r.compare.ms / 1000).toFixed(2)} s | | ${cpuS(r.compare)} | ${kib(r.compare.rssKiB)} |` : '| claims compare | not available in this build | | | |',
  `| claims --version | ${r.version.ms.toFixed(0)} ms | | | |`,
  r.nodeStart ? `| bare \`node -e ''\` (start-up floor of this machine) | ${r.nodeStart.ms.toFixed(0)} ms | | | |` : null,
  `| claims extract, one fixture article | ${r.oneArticle.ms.toFixed(0)} ms | | | |`,
  '',
  '| target | measured | met |',
  '| --- | ---: | :---: |',
  `| extract --jobs 1 ≥ 1.5× the reference | ${ratio.toFixed(2)}× (wall)${cpuRatio ? ` · ${cpuRatio.toFixed(2)}× (CPU)` : ''} | ${ratio >= 1.5 ? 'yes' : 'no'} |`,
  `| --jobs 2 speed-up ≥ 1.8 | ${speedup.toFixed(2)}×${cpuOverhead2 ? ` (CPU of --jobs 2 / --jobs 1: ${cpuOverhead2.toFixed(2)})` : ''} | ${speedup >= 1.8 ? 'yes' : 'no'} |`,
  `| --jobs 2 output identical to --jobs 1 | ${r.sameBytes ? 'identical' : 'DIFFERENT'} | ${r.sameBytes ? 'yes' : 'no'} |`,
  `| jsonl peak RSS flat: 1,000 vs ${N_.toLocaleString('en')} articles | ${kib(r.rss1000KiB)} vs ${kib(r.extractJsonl1.rssKiB)} | ${r.extractJsonl1.rssKiB <= r.rss1000KiB * 1.25 ? 'yes' : 'no'} |`,
  `| claims --version ≤ 150 ms | ${r.version.ms.toFixed(0)} ms${r.nodeStart ? ` (bare node: ${r.nodeStart.ms.toFixed(0)} ms)` : ''} | ${r.version.ms <= 150 ? 'yes' : 'no'} |`,
  `| one fixture article ≤ 300 ms | ${r.oneArticle.ms.toFixed(0)} ms | ${r.oneArticle.ms <= 300 ? 'yes' : 'no'} |`,
  r.compare ? `| compare on ${N_.toLocaleString('en')} articles in seconds | ${(r.compare.ms / 1000).toFixed(1)} s | ${r.compare.ms < 60000 ? 'yes' : 'no'} |` : '',
  '',
];
if (r.profile) {
  lines.push('## Profile: self time of `claims extract --jobs 1` on 1,000 articles (node --cpu-prof)', '', '| function | self ms | share |', '| --- | ---: | ---: |');
  for (const p of r.profile) lines.push(`| \`${p.fn.replace(/\|/g, '\\|')}\` | ${p.ms.toFixed(0)} | ${(p.share * 100).toFixed(1)} % |`);
  lines.push('');
}
if (r.profileInclusive) {
  lines.push('### Same profile, inclusive time of the project\'s functions (rules, text layer, I/O, formatting)', '', '| function | inclusive ms | share |', '| --- | ---: | ---: |');
  for (const p of r.profileInclusive) lines.push(`| \`${p.fn.replace(/\|/g, '\\|')}\` | ${p.ms.toFixed(0)} | ${(p.share * 100).toFixed(1)} % |`);
  lines.push('');
}
// Adversarial inputs (issue 16): measured in the same run unless --report-only reuses them.
const advFile = join(out, 'adversarial.json');
if (!REPORT_ONLY && !flag('no-adversarial')) writeFileSync(advFile, JSON.stringify(runAdversarial({ runs: RUNS_ }), null, 2));
if (existsSync(advFile)) lines.push(adversarialSection(JSON.parse(readFileSync(advFile, 'utf8'))), '');
// Scale figures (issues 13 and 15): measured in the same run unless --no-scale / --report-only.
const scaleFile = join(out, 'scale.json');
if (!REPORT_ONLY && !flag('no-scale')) {
  const sr = await runScale({
    files: Number(opt('files', 3000)),
    vocabSmall: Number(opt('vocab-small', 1000)),
    vocabBig: Number(opt('vocab-big', 30000)),
    bigArticleMB: Number(opt('big-article-mb', 2)),
    streamMB: Number(opt('stream-mb', 1024)),
    runs: RUNS_,
  });
  writeFileSync(scaleFile, JSON.stringify(sr, null, 2));
}
if (existsSync(scaleFile)) lines.push(scaleSection(JSON.parse(readFileSync(scaleFile, 'utf8'))), '');
const notes = join(root, 'bench', 'NOTES.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
writeFileSync(join(root, 'BENCHMARKS.md'), lines.filter((l) => l !== null).join('\n'));
process.stdout.write(lines.join('\n') + '\n');
