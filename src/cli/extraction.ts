import { CliError, type CliIO } from './io.js';
import { loadConfig } from './config.js';
import { findInputs, formatOf, articleId, compareInputErrors } from '../io/load.js';
import { parseInputOptions, type RawInputOptions } from '../io/options.js';
import type { InputError, LoadResult } from '../io/types.js';
import type { ExtractTask, ExtractTaskResult } from '../run/extract-file.js';
import type { ArticleFormat } from '../run/format-article.js';
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
 * Worker threads for `files` inputs: `--jobs N` starts up to N (never more than there are
 * files); without `--jobs`, up to the cores, but one per MIN_FILES_PER_WORKER when every input
 * is one article (text, HTML) — a JSON or JSONL file may hold any number of records.
 */
export function workerCount(jobsGiven: boolean, jobs: number, files: number, oneArticleFiles: boolean): number {
  const n = Math.min(jobs, files);
  if (jobsGiven || !oneArticleFiles) return Math.max(1, n);
  return Math.max(1, Math.min(n, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Compiled TypeScript runs workers; under a TypeScript loader (tests) everything runs inline. */
const WORKER_FILE = new URL('../run/extract-file.js', import.meta.url);
const CAN_USE_WORKERS = import.meta.url.endsWith('.js');
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
  const wantsStdin = files.includes('-');
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
  const seen = new Map<string, number>();
  const uniqueId = (given: string, path: string): string => {
    let id = given;
    if ((fileIds.get(id) ?? 0) > 1 && path !== '-' && given === articleId(path)) id = path.replace(/\.[^./\\]*$/, '').split('\\').join('/');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
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

  const oneArticleFiles = files.every((f) => f === '-' || ['text', 'html'].includes(formatOf(f, input.inputFormat)));
  const workers = CAN_USE_WORKERS ? workerCount(flags.jobs !== undefined, jobs, files.length, oneArticleFiles) : 1;
  if (workers <= 1) {
    const { loadTask, extractLoaded } = await import('../run/extract-file.js');
    // Reading runs a few files ahead, so file I/O overlaps extraction instead of idling the thread.
    const ahead = new Map<number, Promise<LoadResult>>();
    let queued = 0;
    for (let i = 0; i < files.length; i++) {
      while (queued < files.length && queued < i + READ_AHEAD) {
        const p = loadTask(task(files[queued]));
        p.catch(() => undefined); // awaited below; an early exit leaves the rest unread
        ahead.set(queued++, p);
      }
      const loaded = await ahead.get(i)!;
      ahead.delete(i);
      take(extractLoaded(task(files[i]), loaded));
      hooks.onProgress?.(i + 1, files.length);
    }
  } else {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({
      filename: WORKER_FILE.href,
      maxThreads: workers,
      minThreads: workers,
      idleTimeout: 1000,
    });
    try {
      // Batches of consecutive files; a bounded window of batches in flight; results are handed
      // on strictly in input order. Small runs use small batches so every worker gets work.
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (workers * 4))));
      const batches = Math.ceil(files.length / size);
      // The window lets a worker run ahead while the batch due next is still being extracted
      // by another (slow first batches while a worker warms up, a thread descheduled on a busy
      // machine). With 2 workers, 3 batches each let the other run ≈ 5 batches (≈ 0.2 s) ahead
      // before it idled; 8 each let it run ≈ 15 (≈ 0.6 s). Finished batches wait as strings
      // (jsonl, json): memory stays flat.
      const window = workers * WINDOW_PER_WORKER;
      const pending = new Map<number, Promise<ExtractTaskResult[]>>();
      let submitted = 0;
      let done = 0;
      for (let next = 0; next < batches; next++) {
        while (submitted < batches && submitted < next + window) {
          const tasks = files.slice(submitted * size, (submitted + 1) * size).map(task);
          const p = pool.run(tasks) as Promise<ExtractTaskResult[]>;
          p.catch(() => undefined); // awaited below; after an early exit, destroy() rejects the rest quietly
          pending.set(submitted, p);
          submitted++;
        }
        const rs = await pending.get(next)!;
        pending.delete(next);
        for (const r of rs) {
          take(r);
          hooks.onProgress?.(++done, files.length);
        }
      }
    } finally {
      await pool.destroy();
    }
  }
  errors.sort(compareInputErrors);
  return { schemaVersion: SCHEMA_VERSION, articles, errors, missing: errors.some((e) => e.missing === true), count };
}
