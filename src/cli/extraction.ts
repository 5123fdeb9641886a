import { CliError, LONG_RUN_HEAP_GROWTH, type CliIO } from './io.js';
import { loadConfig } from './config.js';
import { IdCounts } from '../io/id-counts.js';
import { findInputs, formatOf, articleId, compareInputErrors, uniqueRecordId } from '../io/load.js';
import { parseInputOptions, type RawInputOptions } from '../io/options.js';
import type { InputError, LoadOptions } from '../io/types.js';
import type { ExtractTask, ExtractTaskResult } from '../run/extract-file.js';
import type { JsonlLine } from '../io/jsonl-stream.js';
import type { ArticleFormat } from '../run/format-article.js';
import type { RecyclingPool } from './worker-pool.js';
import { SCHEMA_VERSION, type ArticleResult, type ExtractResult } from '../types.js';

/** Options every extracting command shares (extract, compare, eval). */
export interface ExtractionOptions extends RawInputOptions {
  disable?: string[];
  config?: string;
  /** Worker threads; default: available cores. */
  jobs?: string | number;
}

export interface RunHooks {
  /** Sees each article as soon as it and every article before it are done (input order). */
  onArticle?: (a: ArticleResult) => void;
  /**
   * Articles are formatted where they are extracted (in the workers) and handed on as text to
   * `onFormatted` (input order, ids made unique) instead of as objects: `onArticle` and `keep`
   * do not apply, the returned `articles` stay empty.
   */
  format?: ArticleFormat;
  onFormatted?: (text: string) => void;
  /** Keep articles in the returned result (false for streaming formats: flat memory). */
  keep?: boolean;
  /**
   * Awaited after each unit of work is handed on: resolves when the output written so far has
   * gone out (back-pressure; without it a stream read faster than its output is read piles up in
   * memory — issue 15's "flat memory").
   */
  drained?: () => Promise<void>;
  /** Called after each input file: files done, files in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractionRun extends ExtractResult {
  errors: InputError[];
  /** A given path does not exist. */
  missing: boolean;
  /** Articles extracted (also when not kept). */
  count: number;
}

/** `--disable a,b --disable c` → ['a','b','c'] */
export function collectList(value: string, previous: string[] = []): string[] {
  return previous.concat(value.split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * Patterns that match no rule id (probably a typo). The rule registry is loaded only to check
 * patterns: with worker threads the main thread need not load the rules at all.
 */
export async function unmatchedPatterns(patterns: string[]): Promise<string[]> {
  if (patterns.length === 0) return [];
  const { allRules, ruleIdMatcher } = await import('../rules/registry.js');
  return patterns.filter((p) => !allRules.some((r) => ruleIdMatcher([p])(r.meta.id)));
}

export function parseJobs(value: string | number | undefined, cores: number): number {
  if (value === undefined) return Math.max(1, cores);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--jobs: "${value}" is not a positive whole number`);
  return n;
}

/**
 * One-article files per worker when `--jobs` is not given. A worker costs ≈ 0.35 s of start-up
 * before its first article and ≈ 1.5 s of CPU in all (module graph, wink model, cold memos, its
 * own optimising-compiler runs; bench/NOTES.md), and saves ≈ 5 ms of wall time per article it
 * takes off another thread: two workers pay off from roughly 70–140 articles (two from 100 files
 * here). The five fixture articles took 0.6–1.0 s in one thread and 1.1–1.8 s with two workers.
 */
const MIN_FILES_PER_WORKER = 50;

/**
 * Worker threads for `files` units of work (files; with a JSONL stream, the files and records
 * seen before deciding, or MAX_SAFE_INTEGER when there are more): `--jobs N` starts up to N
 * (never more than there are units); without `--jobs`, up to the cores, but one per
 * MIN_FILES_PER_WORKER when every unit is one article (text, HTML, a JSONL record) — a JSON file
 * may hold any number of records.
 */
export function workerCount(jobsGiven: boolean, jobs: number, files: number, oneArticleFiles: boolean): number {
  const n = Math.min(jobs, files);
  if (jobsGiven || !oneArticleFiles) return Math.max(1, n);
  return Math.max(1, Math.min(n, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/**
 * Compiled TypeScript runs workers; under a TypeScript loader (tests) everything runs inline. The
 * start-up bundle (dist/cli/main.bundle.cjs, scripts/build-bundle.mjs) starts workers that run
 * the same bundle with its code cache (dist/run/worker.js).
 */
const BUNDLED = import.meta.url.endsWith('.bundle.cjs');
const WORKER_FILE = new URL(BUNDLED ? '../run/worker.js' : '../run/extract-file.js', import.meta.url);
const CAN_USE_WORKERS = BUNDLED || import.meta.url.endsWith('.js');
/** Files read ahead of extraction with --jobs 1. */
const READ_AHEAD = 8;
/**
 * Files per worker task (at most): fewer messages, and a worker reads a batch's later files while
 * it extracts the first ones. (One task per worker at a time: piscina loads its handler once per
 * task until the first has loaded, which Node 20 does not survive when two arrive together.)
 */
const MAX_BATCH = 8;
/** Batches in flight per worker (submitted, not yet handed on in input order). */
const WINDOW_PER_WORKER = 8;

/**
 * Finds the inputs under `paths`, loads and extracts every article — in worker threads when
 * `jobs` > 1 — and hands them on in input order (files sorted; records in file order), so the
 * output is the same bytes whatever the number of jobs. Article ids that clash across files
 * become the path without extension; clashing record ids get `#2`, `#3`, ….
 */
export async function runExtraction(paths: string[], flags: ExtractionOptions, io: CliIO, hooks: RunHooks = {}): Promise<ExtractionRun> {
  let input;
  try {
    input = parseInputOptions(flags);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const jobs = parseJobs(flags.jobs, io.cores);
  const config = loadConfig(io.cwd, flags.config);
  const disable = [...config.disable, ...(flags.disable ?? [])];
  for (const p of await unmatchedPatterns(disable)) io.stderr(`claims: warning: --disable ${p} matches no rule (see \`claims rules\`)\n`);

  const found = await findInputs(paths, { glob: input.glob, cwd: io.cwd, inputFormat: input.inputFormat });
  const files = found.files;
  const wantsStdin = files.includes('-') && input.inputFormat !== 'jsonl';
  const stdinBytes = wantsStdin && io.readStdinBytes ? await io.readStdinBytes(input.maxSize) : undefined;
  const stdin = wantsStdin && !stdinBytes ? await io.readStdin() : undefined;
  const load = {
    encoding: input.encoding,
    maxSize: input.maxSize,
    inputFormat: input.inputFormat,
    textField: input.textField,
    idField: input.idField,
    titleField: input.titleField,
    dateField: input.dateField,
    outletField: input.outletField,
    urlField: input.urlField,
    authorField: input.authorField,
    cwd: io.cwd,
    found: true,
  };
  const format = hooks.format;
  const task = (file: string): ExtractTask => ({
    file,
    stdin: file === '-' ? stdin : undefined,
    stdinBytes: file === '-' ? stdinBytes : undefined,
    load,
    disable,
    lexicon: config.lexicon,
    format,
    referenceDate: input.referenceDate,
  });
  const rename = format ? (await import('../run/format-article.js')).renameFormatted : undefined;

  // Ids known before loading (one article per text/HTML file): which clash?
  const fileIds = new Map<string, number>();
  for (const f of files) {
    const fmt = f === '-' ? 'text' : formatOf(f, input.inputFormat);
    if (fmt === 'text' || fmt === 'html') fileIds.set(articleId(f), (fileIds.get(articleId(f)) ?? 0) + 1);
  }
  // Every id so far (as hashes: a stream of any length keeps flat memory). One input's ids are
  // unique already (its records are made unique within it), so then nothing is kept.
  const seen = files.length > 1 ? new IdCounts() : undefined;
  const uniqueId = (given: string, path: string): string => {
    if (!seen) return given;
    let id = given;
    if ((fileIds.get(id) ?? 0) > 1 && path !== '-' && given === articleId(path)) id = path.replace(/\.[^./\\]*$/, '').split('\\').join('/');
    const n = seen.add(id);
    if (n > 1) id = `${id}#${n}`;
    return id;
  };

  const articles: ArticleResult[] = [];
  const errors: InputError[] = [...found.errors];
  let count = 0;
  const take = (r: ExtractTaskResult) => {
    for (const raw of r.articles) {
      const id = uniqueId(raw.id, raw.path);
      const a = id === raw.id ? raw : { ...raw, id };
      count++;
      if (hooks.keep !== false) articles.push(a);
      hooks.onArticle?.(a);
    }
    for (const f of r.formatted ?? []) {
      const id = uniqueId(f.id, f.path);
      count++;
      hooks.onFormatted?.(id === f.id ? f.text : rename!(f.text, format!, id));
    }
    errors.push(...r.errors);
  };

  // Work units in input order: batches of consecutive files, and batches of the records of a
  // JSONL file or of standard input read as a stream (`--input-format jsonl`; issue 15): memory
  // stays bounded by the window of units in flight, whatever the size of the stream.
  const streamed = (f: string): boolean => (f === '-' ? input.inputFormat === 'jsonl' : formatOf(f, input.inputFormat) === 'jsonl');
  const plainFiles = files.filter((f) => !streamed(f)).length;
  const oneArticleFiles = files.every((f) => streamed(f) || f === '-' || ['text', 'html'].includes(formatOf(f, input.inputFormat)));
  // A stream passed through (output written as it comes): its live data is small, its garbage
  // plentiful. The limit is a V8 flag of the whole process, and V8 rejects a code cache built
  // under other flags: workers that compile the bundle after it is set lose its code cache (each
  // compiled the extraction code lazily again, issue 13). So with workers of the bundle it is
  // set once every worker has compiled its script (src/run/worker.ts says so).
  const limitGrowth = hooks.drained && files.some(streamed);
  const growthAfterWorkers = limitGrowth && BUNDLED && CAN_USE_WORKERS && jobs > 1;
  if (limitGrowth && !growthAfterWorkers) io.limitHeapGrowth?.(LONG_RUN_HEAP_GROWTH);
  const units = workUnits(files, streamed, task, { size: 1, load, io, errors });
  // Enough of the input to decide how many workers pay off: everything, or enough to keep all busy.
  const prefetched: Unit[] = [];
  let exhausted = false;
  let items = 0;
  let workers = 1;
  if (CAN_USE_WORKERS && jobs > 1) {
    if (plainFiles === files.length) {
      workers = workerCount(flags.jobs !== undefined, jobs, files.length, oneArticleFiles);
    } else {
      while (items < MIN_FILES_PER_WORKER * jobs) {
        const u = await units.next();
        if (u.done) {
          exhausted = true;
          break;
        }
        prefetched.push(u.value);
        items += u.value.tasks.reduce((sum, t) => sum + (t.lines?.length ?? 1), 0);
      }
      workers = workerCount(flags.jobs !== undefined, jobs, exhausted ? items : Number.MAX_SAFE_INTEGER, true);
    }
  }
  // Small runs use small batches so every worker gets work.
  const batchSize = workers <= 1 ? READ_AHEAD : Math.max(1, Math.min(MAX_BATCH, Math.ceil(plainFiles / (workers * 4))));
  units.setSize(batchSize);

  let pool: RecyclingPool<ExtractTask[], ExtractTaskResult[]> | undefined;
  let runUnit: (tasks: ExtractTask[]) => Promise<ExtractTaskResult[]>;
  const lifetime = workerLifetime(io.env);
  if (workers <= 1) {
    if (growthAfterWorkers) io.limitHeapGrowth?.(LONG_RUN_HEAP_GROWTH);
    const { extractBatch } = await import('../run/extract-file.js');
    runUnit = extractBatch;
  } else {
    const { RecyclingPool } = await import('./worker-pool.js');
    // With workers of the bundle the heap-growth limit waits while any thread compiles it (the
    // first ones, and each fresh thread that replaces one).
    const onCompiling = growthAfterWorkers ? (compiling: boolean) => io.limitHeapGrowth?.(compiling ? 0 : LONG_RUN_HEAP_GROWTH) : undefined;
    const p = new RecyclingPool<ExtractTask[], ExtractTaskResult[]>(
      { filename: WORKER_FILE.href, threads: workers, lifetime: lifetime ?? WORKER_LIFETIME, onCompiling },
      (tasks) => tasks.reduce((sum, t) => sum + (t.lines?.length ?? 1), 0),
    );
    pool = p;
    runUnit = (tasks) => p.run(tasks);
  }
  // Per JSONL file, the record ids seen so far (made unique in input order, as `loadArticle` does).
  let recordFile: string | undefined;
  let recordIds = new IdCounts();
  const takeUnit = (u: Unit, rs: ExtractTaskResult[]): void => {
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i];
      const t = u.tasks[i];
      if (r.records) {
        if (recordFile !== t.file) {
          recordFile = t.file;
          recordIds = new IdCounts();
        }
        const ids = r.records.map(({ id, n }) => uniqueRecordId(recordIds, id, n));
        take({
          ...r,
          articles: r.articles.map((a, j) => (ids[r.articleRecords![j]] === a.id ? a : { ...a, id: ids[r.articleRecords![j]] })),
          formatted: r.formatted?.map((f) => (ids[f.k!] === f.id ? f : { ...f, id: ids[f.k!], text: rename!(f.text, format!, ids[f.k!]) })),
        });
      } else take(r);
    }
    for (let i = 0; i < u.filesDone; i++) hooks.onProgress?.(++filesDone, files.length);
  };
  let filesDone = 0;
  try {
    // A bounded window of units in flight; results are handed on strictly in input order. The
    // window lets a worker run ahead while the unit due next is still being extracted by another
    // (slow first batches while a worker warms up, a thread descheduled on a busy machine); with
    // one thread it reads the next batch's files while this one is extracted.
    const window = workers <= 1 ? 2 : workers * WINDOW_PER_WORKER;
    const pending: Array<{ unit: Unit; result: Promise<ExtractTaskResult[]> }> = [];
    const submit = (unit: Unit): void => {
      const result = runUnit(unit.tasks);
      result.catch(() => undefined); // awaited below; after an early exit, destroy() rejects the rest quietly
      pending.push({ unit, result });
    };
    for (;;) {
      while (pending.length < window) {
        const next = prefetched.shift() ?? (exhausted ? undefined : await units.next().then((u) => (u.done ? ((exhausted = true), undefined) : u.value)));
        if (!next) break;
        submit(next);
      }
      const head = pending.shift();
      if (!head) break;
      takeUnit(head.unit, await head.result);
      await hooks.drained?.();
    }
  } finally {
    await units.return(undefined);
    await pool?.destroy();
  }
  // Tests see that the threads were replaced (CLAIMS_WORKER_LIFETIME, workerLifetime below).
  if (lifetime !== undefined) io.stderr(`claims: ${pool?.started ?? 0} worker threads started\n`);
  errors.sort(compareInputErrors);
  return { schemaVersion: SCHEMA_VERSION, articles, errors, missing: errors.some((e) => e.missing === true), count };
}

/**
 * Records (articles: a JSONL record, a text or HTML file) a worker thread is handed before a fresh
 * thread replaces it (src/cli/worker-pool.ts): what a thread accumulates — old space fragmented to
 * ≈ 3× its live data, memos, wink's added words — is bounded by its lifetime, so a stream of any
 * length runs in flat memory. A fresh thread costs ≈ 2.5–3 s of CPU at a load of 10–20 (start
 * ≈ 0.3–0.4 s, then memos and optimised code warmed again), the CPU of ≈ 250–300 records of news
 * (bench/NOTES.md, "Worker threads recycled"): ≈ 1.6–1.9 % at this lifetime. With two threads an
 * eighth of a 1 GB stream (≈ 43,000 records) sees two to three replacements; a run of fewer than
 * ≈ 16,000 records none (the first lifetimes are staggered: thread i of n retires first after
 * (i + 1) / n of one).
 */
const WORKER_LIFETIME = 16_000;

/**
 * `CLAIMS_WORKER_LIFETIME=N`: records per worker thread instead of WORKER_LIFETIME — internal, for
 * tests and benchmarks (a tiny lifetime replaces threads many times over a small input); the run
 * then says on stderr how many threads it started.
 */
export function workerLifetime(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const v = env.CLAIMS_WORKER_LIFETIME;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`CLAIMS_WORKER_LIFETIME: "${v}" is not a positive whole number`);
  return n;
}

/** Work for one worker call: tasks in input order; `filesDone` inputs finish with it. */
interface Unit {
  tasks: ExtractTask[];
  filesDone: number;
}

/** Records per unit of a JSONL stream (at most), and their text (at most, roughly). */
const RECORDS_PER_UNIT = 16;
const UNIT_CHARS = 512 * 1024;

interface Units extends AsyncGenerator<Unit, void, undefined> {
  /** Files per batch from now on. */
  setSize(n: number): void;
}

/**
 * The work units of a run, in input order: batches of `size` consecutive files (read by whoever
 * extracts them), and batches of lines of each streamed input (read here, as they are needed).
 * Errors of a streamed input as a whole (missing, binary, a line over the size limit) go to `errors`.
 */
function workUnits(
  files: string[],
  streamed: (f: string) => boolean,
  task: (file: string) => ExtractTask,
  ctx: { size: number; load: LoadOptions; io: CliIO; errors: InputError[] },
): Units {
  let size = ctx.size;
  async function* gen(): AsyncGenerator<Unit, void, undefined> {
    let batch: ExtractTask[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      if (!streamed(f)) {
        batch.push(task(f));
        if (batch.length >= size) {
          yield { tasks: batch, filesDone: batch.length };
          batch = [];
        }
        continue;
      }
      if (batch.length) {
        yield { tasks: batch, filesDone: batch.length };
        batch = [];
      }
      const { jsonlLines, openJsonlFile } = await import('../io/jsonl-stream.js');
      const chunks = f === '-' ? stdinChunks(ctx.io) : await openJsonlFile(f, ctx.load);
      if (!(Symbol.asyncIterator in chunks)) {
        ctx.errors.push(chunks);
        yield { tasks: [], filesDone: 1 };
        continue;
      }
      let lines: JsonlLine[] = [];
      let chars = 0;
      for await (const line of jsonlLines(f, chunks, ctx.load)) {
        if ('kind' in line) {
          ctx.errors.push(line);
          continue;
        }
        lines.push(line);
        chars += line.text.length;
        if (lines.length >= RECORDS_PER_UNIT || chars >= UNIT_CHARS) {
          yield { tasks: [{ ...task(f), lines }], filesDone: 0 };
          lines = [];
          chars = 0;
        }
      }
      yield { tasks: lines.length ? [{ ...task(f), lines }] : [], filesDone: 1 };
    }
    if (batch.length) yield { tasks: batch, filesDone: batch.length };
  }
  const g = gen() as Units;
  g.setSize = (n) => void (size = n);
  return g;
}

/** Standard input as chunks of bytes (the whole text at once where only `readStdin` is given, as in tests). */
async function* stdinChunks(io: CliIO): AsyncGenerator<Uint8Array> {
  if (io.stdinChunks) {
    yield* io.stdinChunks();
    return;
  }
  yield Buffer.from(await io.readStdin(), 'utf8');
}
