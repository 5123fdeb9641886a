#!/usr/bin/env node
/**
 * Scale figures of issues 13 and 15, spliced into BENCHMARKS.md between `<!-- scale:start -->`
 * and `<!-- scale:end -->` (`npm run bench:scale`; `npm run bench` runs it too unless --no-scale).
 *
 *   node bench/scale.mjs                         the real figures (3,000 files, 30,000 articles, 1 GiB stream)
 *   node bench/scale.mjs --files 300 --vocab-big 3000 --stream-mb 20 --runs 1 --no-write   a quick look
 *   node bench/scale.mjs --only jobs,one         some sections (jobs, vocab, rss, size, one, stream)
 *
 * - jobs:   `--jobs 2` against `--jobs 1` on N files and on one N-line JSONL file (alternating
 *           runs, medians of wall and CPU; the same bytes).
 * - vocab:  CPU per byte on a corpus with ever-new vocabulary (the bench corpus plus invented
 *           words in every article) against the plain bench corpus, same N.
 * - rss:    peak RSS of `extract --format jsonl --jobs 1` over a JSONL of 30,000 such articles
 *           against its first 1,000.
 * - size:   CPU per KB of one 2 MB article against a 3 KB article (in one process, after warm-up).
 * - one:    one fixture article end to end, wall (median of 5+).
 * - stream: a generated JSONL stream of S MiB through `claims extract - --input-format jsonl
 *           --format jsonl --jobs 2` (peak RSS, throughput), and one of S/4 MiB (flat memory).
 *
 * Every figure records the load average next to it: the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { spliceSection } from './sections.mjs';
import { buildCorpus, inventedSentence, mulberry32 } from './corpus.mjs';
import { flag, helpFrom, opt } from './lib/args.mjs';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench', 'out');
const CLI = join(root, 'bin', 'claims.js');
const RSS = join(root, 'bench', 'rss.mjs');
const FIXTURES = join(root, 'fixtures', 'articles');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (s) => process.stderr.write(s + '\n');
const la = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

/** Runs `node bench/rss.mjs <args>` (or a shell pipeline ending in it): wall ms, CPU ms, peak RSS KiB. */
function measure(args, { shell, stdout } = {}) {
  const rssFile = join(out, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = shell
    ? spawnSync('bash', ['-c', shell], { cwd: root, env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [RSS, ...args], { cwd: root, env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${shell ?? args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  if (stdout) writeFileSync(stdout, r.stdout);
  const u = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { ms, cpuMs: u.cpuMs, rssKiB: u.maxRSS };
}

/** Bench-corpus articles plus invented words, as JSONL lines (`text`, `url`). */
export function* vocabRecords(n, seed = 1313) {
  const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const rnd = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length];
    const paras = base.split('\n');
    const at = 1 + Math.floor(rnd() * Math.max(1, paras.length - 1));
    paras.splice(at, 0, inventedSentence(rnd));
    paras.push(inventedSentence(rnd));
    yield JSON.stringify({ url: `https://bench.example/v/${i}`, text: paras.join('\n') });
  }
}

async function writeLines(file, lines) {
  const ws = createWriteStream(file);
  for (const l of lines) if (!ws.write(l + '\n')) await new Promise((r) => ws.once('drain', r));
  await new Promise((r) => ws.end(r));
}

/** A JSONL of the text files of a corpus folder (same articles, one per line). */
function corpusJsonl(dir, file) {
  if (existsSync(file)) return;
  const lines = [];
  for (const sub of readdirSync(dir).filter((d) => !d.startsWith('.')).sort())
    for (const f of readdirSync(join(dir, sub)).sort()) lines.push(JSON.stringify({ url: `https://bench.example/${sub}/${f}`, text: readFileSync(join(dir, sub, f), 'utf8') }));
  writeFileSync(file, lines.join('\n') + '\n');
}

export async function runScale(o) {
  mkdirSync(out, { recursive: true });
  const r = { sizes: o, cpus: os.cpus().length };
  const want = (s) => !o.only || o.only.includes(s);

  if (want('jobs')) {
    const dir = join(root, 'bench', 'corpus', String(o.files));
    const c = buildCorpus(dir, o.files, FIXTURES);
    const jsonl = join(out, `corpus-${o.files}.jsonl`);
    corpusJsonl(dir, jsonl);
    log(`jobs: ${o.files} files / one ${o.files}-line JSONL (${(c.bytes / 1e6).toFixed(1)} MB), ${o.runs} alternating runs …`);
    const runs = { files1: [], files2: [], jsonl1: [], jsonl2: [] };
    const loads = [la()];
    for (let i = 0; i < o.runs; i++) {
      for (const j of ['1', '2']) {
        runs[`files${j}`].push(measure(['extract', dir, '--format', 'jsonl', '--jobs', j, '-q', '-o', join(out, `scale-files-${j}.jsonl`)]));
        runs[`jsonl${j}`].push(measure(['extract', jsonl, '--format', 'jsonl', '--jobs', j, '-q', '-o', join(out, `scale-jsonl-${j}.jsonl`)]));
      }
      loads.push(la());
    }
    const med = (k) => ({ ms: median(runs[k].map((x) => x.ms)), cpuMs: median(runs[k].map((x) => x.cpuMs)), all: runs[k].map((x) => Math.round(x.ms)) });
    r.jobs = {
      files: o.files,
      bytes: c.bytes,
      files1: med('files1'),
      files2: med('files2'),
      jsonl1: med('jsonl1'),
      jsonl2: med('jsonl2'),
      sameFiles: readFileSync(join(out, 'scale-files-1.jsonl'), 'utf8') === readFileSync(join(out, 'scale-files-2.jsonl'), 'utf8'),
      sameJsonl: readFileSync(join(out, 'scale-jsonl-1.jsonl'), 'utf8') === readFileSync(join(out, 'scale-jsonl-2.jsonl'), 'utf8'),
      loads,
    };
  }

  if (want('vocab') || want('rss')) {
    const big = join(out, `vocab-${o.vocabBig}.jsonl`);
    const small = join(out, `vocab-${o.vocabSmall}.jsonl`);
    if (!existsSync(big)) await writeLines(big, vocabRecords(o.vocabBig));
    if (!existsSync(small)) await writeLines(small, vocabRecords(o.vocabSmall));
    if (want('vocab')) {
      // The plain bench corpus as JSONL, same number of articles as the small vocabulary corpus.
      const dir = join(root, 'bench', 'corpus', String(o.vocabSmall));
      buildCorpus(dir, o.vocabSmall, FIXTURES);
      const plain = join(out, `corpus-${o.vocabSmall}.jsonl`);
      corpusJsonl(dir, plain);
      log(`vocab: ${o.vocabSmall} articles with invented words against ${o.vocabSmall} plain, ${o.runs} alternating runs …`);
      const a = [];
      const b = [];
      const loads = [la()];
      for (let i = 0; i < o.runs; i++) {
        a.push(measure(['extract', plain, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'scale-plain.jsonl')]));
        b.push(measure(['extract', small, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'scale-vocab.jsonl')]));
        loads.push(la());
      }
      const bytesPlain = readFileSync(plain).length;
      const bytesVocab = readFileSync(small).length;
      r.vocab = {
        articles: o.vocabSmall,
        plain: { bytes: bytesPlain, cpuMs: median(a.map((x) => x.cpuMs)) },
        vocab: { bytes: bytesVocab, cpuMs: median(b.map((x) => x.cpuMs)) },
        loads,
      };
    }
    if (want('rss')) {
      log(`rss: ${o.vocabBig} articles with ever-new vocabulary against ${o.vocabSmall} …`);
      const loads = [la()];
      const s = measure(['extract', small, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'scale-rss-small.jsonl')]);
      const g = measure(['extract', big, '--format', 'jsonl', '--jobs', '1', '-q', '-o', join(out, 'scale-rss-big.jsonl')]);
      loads.push(la());
      r.rss = { small: { articles: o.vocabSmall, ...s }, big: { articles: o.vocabBig, ...g }, loads };
    }
  }

  if (want('size')) {
    log(`size: CPU per KB of a ${o.bigArticleMB} MB article against news-sized ones …`);
    const p = spawnSync(process.execPath, [join(root, 'bench', 'article-size.mjs'), String(o.bigArticleMB)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (p.status !== 0) throw new Error(p.stderr);
    r.size = { ...JSON.parse(p.stdout), loads: [la()] };
  }

  if (want('one')) {
    log('one: one fixture article end to end …');
    const one = join(FIXTURES, readdirSync(FIXTURES).sort()[0]);
    const ms = [];
    for (let i = 0; i < Math.max(5, o.runs); i++) ms.push(measure(['extract', one, '--format', 'json', '--jobs', '1']).ms);
    const bare = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8' });
      bare.push(performance.now() - t0);
    }
    r.one = { ms: median(ms), all: ms.map(Math.round), nodeMs: median(bare), loads: [la()] };
  }

  if (want('stream')) {
    const gen = join(root, 'bench', 'stream-gen.mjs');
    r.stream = [];
    for (const mb of [o.streamMB / 4, o.streamMB]) {
      log(`stream: ${mb} MiB of JSONL through extract - --jobs 2 …`);
      const loads = [la()];
      const m = measure(null, {
        shell: `"${process.execPath}" "${gen}" ${mb} | "${process.execPath}" "${RSS}" extract - --input-format jsonl --format jsonl --jobs 2 -q -o /dev/null`,
      });
      loads.push(la());
      r.stream.push({ mb, ...m, loads });
    }
  }
  return r;
}

export function scaleSection(r) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const mib = (k) => `${(k / 1024).toFixed(0)} MiB`;
  const L = ['<!-- scale:start -->', '## Scale (issues 13 and 15; `node bench/scale.mjs`)', ''];
  if (r.jobs) {
    const j = r.jobs;
    const f = j.files1.ms / j.files2.ms;
    const l = j.jsonl1.ms / j.jsonl2.ms;
    L.push(
      `**--jobs 2 against --jobs 1** on ${j.files.toLocaleString('en')} files and on one ${j.files.toLocaleString('en')}-line JSONL file of the same articles (${(j.bytes / 1e6).toFixed(1)} MB), medians of ${j.files1.all.length} alternating runs; load average (1/5/15 min) before and after each round: ${j.loads.join(' → ')} on ${r.cpus} cores.`,
      '',
      '| input | --jobs 1 wall | --jobs 2 wall | speed-up (wall) | --jobs 1 CPU | --jobs 2 CPU | same bytes |',
      '| --- | ---: | ---: | ---: | ---: | ---: | :---: |',
      `| ${j.files.toLocaleString('en')} files | ${s(j.files1.ms)} | ${s(j.files2.ms)} | ${f.toFixed(2)}× | ${s(j.files1.cpuMs)} | ${s(j.files2.cpuMs)} | ${j.sameFiles ? 'yes' : 'NO'} |`,
      `| one ${j.files.toLocaleString('en')}-line JSONL | ${s(j.jsonl1.ms)} | ${s(j.jsonl2.ms)} | ${l.toFixed(2)}× | ${s(j.jsonl1.cpuMs)} | ${s(j.jsonl2.cpuMs)} | ${j.sameJsonl ? 'yes' : 'NO'} |`,
      '',
      `Wall times of every run (ms): files ${j.files1.all.join(', ')} / ${j.files2.all.join(', ')}; JSONL ${j.jsonl1.all.join(', ')} / ${j.jsonl2.all.join(', ')}. Target ≥ 1.7× on an idle machine; a speed-up measured while other work holds the cores says little (the CPU columns do not depend on it).`,
      '',
    );
  }
  if (r.vocab) {
    const v = r.vocab;
    const per = (x) => x.cpuMs / (x.bytes / 1e6);
    L.push(
      `**Ever-new vocabulary**: ${v.articles.toLocaleString('en')} bench-corpus articles with two sentences of invented words each (bench/scale.mjs) against the plain ones, \`extract --jobs 1\` on a JSONL of each: ${per(v.plain).toFixed(0)} ms CPU per MB plain, ${per(v.vocab).toFixed(0)} ms per MB with new words — **${(per(v.vocab) / per(v.plain)).toFixed(2)}× per byte** (target ≤ 1.2×). Load: ${v.loads.join(' → ')}.`,
      '',
    );
  }
  if (r.rss) {
    const x = r.rss;
    L.push(
      `**Peak RSS with ever-new vocabulary**: \`extract --format jsonl --jobs 1\` over ${x.big.articles.toLocaleString('en')} such articles ${mib(x.big.rssKiB)} (${s(x.big.cpuMs)} CPU) against ${mib(x.small.rssKiB)} over ${x.small.articles.toLocaleString('en')} — **${(x.big.rssKiB / x.small.rssKiB).toFixed(2)}×** (target ≤ 1.3×). Load: ${x.loads.join(' → ')}.`,
      '',
    );
  }
  if (r.size) {
    const z = r.size;
    L.push(
      `**Article size**: one ${(z.bigChars / 1e6).toFixed(1)} M-character article costs ${z.bigMsPerKB.toFixed(2)} ms CPU per KB, a ${(z.smallChars / 1000).toFixed(1)} k-character one ${z.smallMsPerKB.toFixed(2)} ms per KB (median of ${z.smallReps} after warm-up, in one process) — **${(z.bigMsPerKB / z.smallMsPerKB).toFixed(2)}× per KB** (target ≤ 1.3×). Load: ${z.loads.join(' → ')}.`,
      '',
    );
  }
  if (r.one) {
    L.push(
      `**One fixture article end to end** (\`claims extract <file> --format json --jobs 1\`): median ${r.one.ms.toFixed(0)} ms wall over ${r.one.all.length} runs (${r.one.all.join(', ')} ms; a bare \`node -e ''\` ${r.one.nodeMs.toFixed(0)} ms). Target ≤ 300 ms. Load: ${r.one.loads.join(' → ')}.`,
      '',
    );
  }
  if (r.stream) {
    L.push('**A JSONL stream through `claims extract - --input-format jsonl --format jsonl --jobs 2 -o /dev/null`** (bench/stream-gen.mjs writes bench-corpus articles as JSONL to the pipe):', '', '| stream | wall | CPU | throughput (wall) | peak RSS | load before → after |', '| ---: | ---: | ---: | ---: | ---: | --- |');
    for (const x of r.stream) L.push(`| ${x.mb} MiB | ${s(x.ms)} | ${s(x.cpuMs)} | ${(x.mb / (x.ms / 1000)).toFixed(2)} MiB/s | ${mib(x.rssKiB)} | ${x.loads.join(' → ')} |`);
    L.push('');
  }
  L.push('<!-- scale:end -->');
  return L.join('\n');
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const o = {
    files: Number(opt('files', 3000)),
    vocabSmall: Number(opt('vocab-small', 1000)),
    vocabBig: Number(opt('vocab-big', 30000)),
    bigArticleMB: Number(opt('big-article-mb', 2)),
    streamMB: Number(opt('stream-mb', 1024)),
    runs: Number(opt('runs', 3)),
    only: opt('only', undefined)?.split(','),
  };
  const r = await runScale(o);
  const prev = existsSync(join(out, 'scale.json')) ? JSON.parse(readFileSync(join(out, 'scale.json'), 'utf8')) : {};
  const merged = { ...prev, ...r };
  writeFileSync(join(out, 'scale.json'), JSON.stringify(merged, null, 2));
  const section = scaleSection(merged);
  if (!flag('no-write')) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, spliceSection(readFileSync(file, 'utf8'), 'scale', section));
  }
  process.stdout.write(section + '\n');
}
