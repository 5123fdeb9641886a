/**
 * `compare --partial` / `compare --merge` (issue 15): the merge of per-shard partial files gives
 * byte for byte the output of one `compare` over all articles — for any number of shards, any
 * order of the partial files, duplicates across shards, every output format — and a story's groups
 * do not depend on unrelated stories.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOptionsFromLexicon, compareStream, mergeArticles } from '../../src/compare/index.js';
import { readPartials, PartialFileError } from '../../src/compare/merge.js';
import { partialLines } from '../../src/compare/partial.js';
import { collectStream } from '../../src/compare/reduce.js';
import { compareFormatters } from '../../src/format/compare/index.js';
import { jsonChunks } from '../../src/format/compare/json.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { extractText } from '../../src/pipeline.js';
import type { ArticleResult, InputError } from '../../src/types.js';
import { ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { LONG_RUN_HEAP_GROWTH } from '../../src/cli/io.js';
import { mulberry32 } from '../../bench/corpus.mjs';

const dir = mkdtempSync(join(tmpdir(), 'claims-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = compareOptionsFromLexicon(loadLexicon());

/** Every fixture set's articles, extracted in process. */
const fixtureArticles: ArticleResult[] = ['articles', 'dev/articles', 'holdout/articles', 'blind2/articles'].flatMap((set) => {
  const d = join(ROOT, 'fixtures', set);
  return readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extractText(readFileSync(join(d, f), 'utf8'), { id: f.replace(/\.txt$/, ''), path: `fixtures/${set}/${f}` }));
});

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const r = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One compare over the sources, as `claims compare` runs it. */
function single(sources: ArticleResult[][], errors: InputError[] = []): string {
  const merged = mergeArticles(sources);
  const stream = compareStream(merged.articles, { ...options, errors: [...errors, ...merged.errors] });
  return [...jsonChunks(stream)].join('');
}

let files = 0;
/** Partial files of the shards, merged in the given order. */
function merged(shards: ArticleResult[][], order: number[], errors: InputError[][] = []): string {
  const paths = shards.map((s, i) => {
    const p = join(dir, `p${files++}.partial`);
    writeFileSync(p, [...partialLines(s, errors[i] ?? [])].join(''));
    return p;
  });
  const r = readPartials(order.map((i) => paths[i]));
  try {
    return [...jsonChunks(r.stream(options))].join('');
  } finally {
    r.close();
  }
}

/** The articles dealt into k shards (round robin over a shuffled order). */
function deal(arts: readonly ArticleResult[], k: number, seed: number): ArticleResult[][] {
  const shards: ArticleResult[][] = Array.from({ length: k }, () => []);
  shuffle(arts, seed).forEach((a, i) => shards[i % k].push(a));
  return shards;
}

describe('compare --merge gives the bytes of one compare', () => {
  const whole = single([fixtureArticles]);

  it.each([1, 2, 3, 7, 16])('on the fixture articles in %i shards, in several orders', (k) => {
    const shards = deal(fixtureArticles, k, k);
    const order = shards.map((_, i) => i);
    expect(merged(shards, order)).toBe(whole);
    expect(merged(shards, shuffle(order, 99 + k))).toBe(whole);
    expect(merged(shards, [...order].reverse())).toBe(whole);
  });

  it('with duplicate ids across shards (the same article twice, and another article under a taken id)', () => {
    const [a, b, c] = fixtureArticles;
    const impostor: ArticleResult = { ...b, id: a.id }; // same id as a, other path and content
    const twin: ArticleResult = { ...c, quantities: c.quantities.slice(1) }; // same id and path as c, other content
    const shards = [[...fixtureArticles.slice(0, 10)], [impostor, ...fixtureArticles.slice(10)], [a, twin]];
    const errors: InputError[][] = [[], [{ path: 'x.jsonl:3', message: 'invalid JSON line: Unexpected token' }], []];
    const reference = single(shards, errors.flat());
    expect(reference).toContain('duplicate article id');
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) expect(merged(shards, order, errors)).toBe(reference);
    // and the single run does not depend on the order of its sources either
    expect(single([shards[2], shards[0], shards[1]], errors.flat())).toBe(reference);
  });

  it('in every output format', () => {
    const shards = deal(fixtureArticles, 5, 3);
    const paths = shards.map((s, i) => {
      const p = join(dir, `fmt${i}.partial`);
      writeFileSync(p, [...partialLines(s, [])].join(''));
      return p;
    });
    const fmt = { color: false, width: 100 };
    for (const format of Object.keys(compareFormatters) as (keyof typeof compareFormatters)[]) {
      const r = readPartials(paths.reverse());
      const out = compareFormatters[format](collectStream(r.stream(options)), fmt);
      r.close();
      expect(out, format).toEqual(compareFormatters[format](collectStream(compareStream(fixtureArticles, options)), fmt));
    }
  });

  it('with --min-articles', () => {
    const shards = deal(fixtureArticles, 4, 5);
    const paths = shards.map((s, i) => {
      const p = join(dir, `min${i}.partial`);
      writeFileSync(p, [...partialLines(s, [])].join(''));
      return p;
    });
    const r = readPartials(paths);
    const got = [...jsonChunks(r.stream({ ...options, minArticles: 2 }))].join('');
    r.close();
    expect(got).toBe([...jsonChunks(compareStream(fixtureArticles, { ...options, minArticles: 2 }))].join(''));
  });

  it('on a generated corpus of many small stories', () => {
    // 40 stories of 3 articles each, cloned from the fixture extractions with their own place and figures.
    const r = mulberry32(7);
    const arts: ArticleResult[] = [];
    for (let s = 0; s < 40; s++) {
      const t = fixtureArticles[s % fixtureArticles.length];
      const place = 'Ort' + String.fromCharCode(97 + (s % 26)) + String.fromCharCode(97 + Math.floor(s / 26));
      for (let k = 0; k < 3; k++) {
        const f = 0.8 + r() * 0.4;
        arts.push({
          ...t,
          id: `g${String(s).padStart(3, '0')}_${k}`,
          path: `gen/${s}/${k}.txt`,
          title: `${t.title} in ${place}`,
          quantities: t.quantities.map((q) => (k === 0 ? q : { ...q, value: Math.round(q.value * f) })),
          entities: [...t.entities, { id: 'x1', name: place, type: 'LOC', mentions: [{ text: place, start: 0, end: place.length }], rule: 'entity/gazetteer' }],
        });
      }
    }
    const reference = single([arts]);
    for (const k of [8, 13]) expect(merged(deal(arts, k, k), shuffle([...Array(k).keys()], k))).toBe(reference);
  });
});

describe('a story does not depend on unrelated stories', () => {
  it('removing the articles of one story leaves the groups of every other story with the same articles unchanged', () => {
    const whole = collectStream(compareStream(fixtureArticles, options));
    const groupsOf = (r: typeof whole, story: string) => JSON.stringify(r.groups.filter((g) => g.story === story));
    let checked = 0;
    for (const drop of whole.stories.filter((s) => s.articles.length > 1).slice(0, 3)) {
      const rest = collectStream(compareStream(fixtureArticles.filter((a) => !drop.articles.includes(a.id)), options));
      for (const s of rest.stories) {
        const before = whole.stories.find((x) => x.id === s.id);
        if (!before) continue; // its articles changed: another story
        expect(groupsOf(rest, s.id), s.label).toBe(groupsOf(whole, s.id));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('claims compare --partial / --merge on the command line', () => {
  it('gives the bytes of claims compare over the same extraction shards, and refuses files that are not partials', async () => {
    const extract = await runCli(['extract', 'fixtures/dev/articles', '--format', 'jsonl'], { cwd: ROOT });
    const lines = extract.stdout.trim().split('\n');
    const shardPaths = [0, 1, 2].map((i) => {
      const p = join(dir, `cli${i}.jsonl`);
      writeFileSync(p, lines.filter((_, j) => j % 3 === i).join('\n') + '\n');
      return p;
    });
    for (const p of shardPaths) {
      const r = await runCli(['compare', '--partial', p, '-o', p.replace(/\.jsonl$/, '.partial')], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
    }
    // The merge (small live data, much garbage) asks for a tighter heap; one compare holds its articles and does not.
    const growth: number[][] = [[], []];
    const one = await runCli(['compare', ...shardPaths, '--format', 'json'], { cwd: ROOT, io: { limitHeapGrowth: (p) => void growth[0].push(p) } });
    const many = await runCli(['compare', '--merge', ...shardPaths.map((p) => p.replace(/\.jsonl$/, '.partial')).reverse(), '--format', 'json'], {
      cwd: ROOT,
      io: { limitHeapGrowth: (p) => void growth[1].push(p) },
    });
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(growth).toEqual([[], [LONG_RUN_HEAP_GROWTH]]);
    const bad = await runCli(['compare', '--merge', shardPaths[0]], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a `claims compare --partial` file/);
    expect(() => readPartials([shardPaths[0]])).toThrow(PartialFileError);
  });
});
