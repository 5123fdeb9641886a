/**
 * Adversarial-input bench (issue 16): each shape of bench/shapes.mjs at 0.25 / 0.5 / 1 / 2 MB,
 * extracted as one document (`claims extract FILE --format jsonl -j 1`), whole-process CPU time
 * (user + system, all threads; bench/rss.mjs), runs alternating between shapes, medians. The
 * figure per shape and size is its CPU time per MB divided by that of ordinary news of the same
 * size in the same run (target: ≤ 5× at 2 MB). A shape beyond a resource limit is refused
 * early (exit 2, reported in `errors`): that is its intended outcome, and its time counts.
 *
 *   node bench/adversarial.mjs [--runs 3] [--sizes 0.25,0.5,1,2]   (also: npm run bench -- --adversarial-only)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES, SHAPE_EXT } from './shapes.mjs';
import { spliceSection } from './sections.mjs';
import { helpFrom, opt } from './lib/args.mjs';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function runAdversarial({ runs = 3, sizes = [0.25, 0.5, 1, 2], log = (s) => process.stderr.write(s + '\n') } = {}) {
  const out = join(root, 'bench', 'out', 'adversarial');
  mkdirSync(out, { recursive: true });
  const names = Object.keys(SHAPES);
  const results = { runs, sizes, shapes: {} };
  for (const mb of sizes) {
    const files = {};
    for (const name of names) {
      files[name] = join(out, `${name}-${mb}.${SHAPE_EXT[name] ?? 'txt'}`);
      writeFileSync(files[name], SHAPES[name](Math.round(mb * 1024 * 1024)));
    }
    const cpu = Object.fromEntries(names.map((n) => [n, []]));
    const exit = {};
    for (let r = 0; r < runs; r++) {
      // Alternate: every shape once per round, the order rotated each round.
      const order = names.map((_, i) => names[(i + r) % names.length]);
      for (const name of order) {
        const rss = join(out, 'rss.json');
        rmSync(rss, { force: true });
        const p = spawnSync(process.execPath, [join(root, 'bench', 'rss.mjs'), 'extract', files[name], '-j', '1', '--format', 'jsonl', '-o', join(out, 'out.jsonl'), '-q'], {
          cwd: root,
          env: { ...process.env, BENCH_RSS_FILE: rss, NO_COLOR: '1' },
          encoding: 'utf8',
        });
        exit[name] = p.status;
        cpu[name].push(JSON.parse(readFileSync(rss, 'utf8')).cpuMs);
      }
    }
    for (const name of names) {
      results.shapes[name] ??= {};
      results.shapes[name][mb] = { cpuMs: median(cpu[name]), exit: exit[name], ratio: median(cpu[name]) / median(cpu.news) };
    }
    log(`adversarial ${mb} MB: ` + names.map((n) => `${n} ${(results.shapes[n][mb].cpuMs / 1000).toFixed(2)} s (×${results.shapes[n][mb].ratio.toFixed(2)})`).join(', '));
  }
  return results;
}

/** The BENCHMARKS.md section. */
export function adversarialSection(r) {
  const names = Object.keys(r.shapes);
  const last = r.sizes[r.sizes.length - 1];
  const lines = [
    '<!-- adversarial:start -->',
    '## Adversarial inputs (issue 16)',
    '',
    `One document per shape (bench/shapes.mjs, generated, seeded), \`claims extract FILE --format jsonl -j 1\`, whole-process CPU time, median of ${r.runs} alternating runs. Each cell: CPU time per MB ÷ that of ordinary news of the same size in the same run (×), and the CPU time. "refused" = reported in \`errors\` by a resource limit (exit 2 for a single file), the intended outcome. Target: every shape ≤ 5× at ${last} MB.`,
    '',
    `| shape | ${r.sizes.map((s) => `${s} MB`).join(' | ')} | ≤ 5× at ${last} MB |`,
    `| --- | ${r.sizes.map(() => '---:').join(' | ')} | :---: |`,
  ];
  for (const n of names) {
    const cells = r.sizes.map((s) => {
      const x = r.shapes[n][s];
      return `${x.ratio.toFixed(2)}× (${(x.cpuMs / 1000).toFixed(2)} s${x.exit === 2 ? ', refused' : ''})`;
    });
    lines.push(`| ${n} | ${cells.join(' | ')} | ${r.shapes[n][last].ratio <= 5 ? 'yes' : 'no'} |`);
  }
  lines.push('', '<!-- adversarial:end -->');
  return lines.join('\n');
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runAdversarial({ runs: Number(opt('runs', 3)), sizes: opt('sizes', '0.25,0.5,1,2').split(',').map(Number) });
  writeFileSync(join(root, 'bench', 'out', 'adversarial.json'), JSON.stringify(r, null, 2));
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, spliceSection(readFileSync(file, 'utf8'), 'adversarial', adversarialSection(r)));
  process.stdout.write(adversarialSection(r) + '\n');
}
