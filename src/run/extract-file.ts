/**
 * Units of extraction work: load one input file (decode, HTML, JSON records) and extract every
 * article in it. Runs in the main thread (`--jobs 1`) or in a worker thread: piscina's default
 * export takes a batch of files (fewer messages; the batch's files are read while the first ones
 * are extracted). Results are plain data, so they cross threads by structured clone. With a
 * `format` (jsonl, json) each article comes back formatted instead: a string is copied across
 * threads far more cheaply than the object graph, and the main thread only writes.
 */
import { loadArticle, parseJsonlLine, readStdinArticle, readStdinBytes, recordArticle } from '../io/load.js';
import type { JsonlLine } from '../io/jsonl-stream.js';
import { loadMarkdownParsers } from '../io/markdown.js';
import type { InputError, LoadedArticle, LoadOptions, LoadResult } from '../io/types.js';
import { loadLexicon } from '../lexicon/index.js';
import { ruleIdMatcher } from '../rules/registry.js';
import { extractText, ResourceLimitError } from '../pipeline.js';
import type { ArticleResult } from '../types.js';
import { formatArticle, type ArticleFormat } from './format-article.js';

export interface ExtractTask {
  /** Input file, or `-` with `stdin` holding the text (or `stdinBytes` the bytes, read with the size cap). */
  file: string;
  stdin?: string;
  stdinBytes?: { bytes: Uint8Array; tooLarge: boolean };
  load: LoadOptions;
  /** Rule id globs switched off. */
  disable: string[];
  /** Lexicon additions from claims.config.json. */
  lexicon: Record<string, string[]>;
  /** Reference date (ISO day) for articles without a publication date (`--reference-date`). */
  referenceDate?: string;
  /** Hand articles back formatted (`formatted`) instead of as objects (`articles`). */
  format?: ArticleFormat;
  /**
   * Lines of the JSONL input `file`, read by the main thread as a stream: the task is these
   * records, not the file. Their ids are not yet unique within the file (the main thread, which
   * sees every batch in order, makes them so: `ExtractTaskResult.records`).
   */
  lines?: JsonlLine[];
}

/** An article formatted for output, with what the main thread needs to keep ids unique. */
export interface FormattedArticle {
  id: string;
  path: string;
  text: string;
  /** Index in `ExtractTaskResult.records` (tasks of `lines`). */
  k?: number;
}

export interface ExtractTaskResult {
  /** The articles as objects (no `format` in the task). */
  articles: ArticleResult[];
  /** The articles formatted (a `format` in the task), in the same order. */
  formatted?: FormattedArticle[];
  errors: InputError[];
  /**
   * Tasks of `lines`: id and line number of every record loaded (also those whose extraction
   * failed), in order; `articleRecords[i]` / `formatted[i].k` point into it.
   */
  records?: Array<{ id: string; n: number }>;
  articleRecords?: number[];
}

/**
 * Largest output of one article (characters of its JSON): a multiple of its text, at least
 * 4 MiB. Ordinary news gives ≈ 3–10× its text; bounded contexts keep even a text that is one
 * long list of figures far below 64×.
 */
export function outputLimit(textLength: number): number {
  return Math.max(4 * 1024 * 1024, 64 * textLength);
}

function outputTooLarge(size: number, textLength: number): ResourceLimitError {
  return new ResourceLimitError(
    `output too large (${size.toLocaleString('en')} characters of JSON for ${textLength.toLocaleString('en')} characters of text; limit ${outputLimit(textLength).toLocaleString('en')}), not extracted`,
  );
}

/** The JSON size of a result object (for formats that format in the main thread). */
function checkOutputSize(result: ArticleResult, textLength: number): void {
  const size = JSON.stringify(result).length;
  if (size > outputLimit(textLength)) throw outputTooLarge(size, textLength);
}

/** A failed article as an input error naming the file (and record) and the reason. */
function extractionError(a: { path: string; record?: number }, e: unknown): InputError {
  const where = a.record !== undefined ? `${a.path}:${a.record}` : a.path;
  const record = a.record !== undefined ? { record: a.record } : {};
  if (e instanceof ResourceLimitError) return { path: a.path, kind: 'limit', message: `${where}: ${e.message}`, ...record };
  if (e instanceof RangeError) return { path: a.path, kind: 'limit', message: `${where}: too large to extract (${e.message}), not extracted`, ...record };
  return { path: a.path, kind: 'unreadable', message: `${where}: extraction failed: ${(e as Error)?.message ?? String(e)}`, ...record };
}

/** Reads and decodes the task's input (the I/O half of a task: can run ahead of extraction). */
export function loadTask(task: ExtractTask): Promise<LoadResult> {
  if (task.lines) return Promise.resolve(loadLines(task.file, task.lines, task.load));
  if (task.file !== '-') return loadArticle(task.file, task.load);
  if (task.load.inputFormat === 'markdown') return loadMarkdownParsers().then(() => (task.stdinBytes ? readStdinBytes(task.stdinBytes, task.load) : readStdinArticle(task.stdin ?? '', task.load)));
  return Promise.resolve(task.stdinBytes ? readStdinBytes(task.stdinBytes, task.load) : readStdinArticle(task.stdin ?? '', task.load));
}

/** JSONL lines → articles (ids unique within the file later, by the main thread). */
export function loadLines(file: string, lines: JsonlLine[], load: LoadOptions): LoadResult {
  const articles: LoadedArticle[] = [];
  const errors: InputError[] = [];
  for (const { n, text } of lines) {
    const parsed = parseJsonlLine(file, n, text);
    if (!parsed) continue;
    if ('error' in parsed) {
      errors.push(parsed.error);
      continue;
    }
    const r = recordArticle(file, n, parsed.value, 'utf-8', 'jsonl', load);
    if ('kind' in r) errors.push(r);
    else articles.push(r);
  }
  return { articles, errors };
}

/** Extracts every article of a loaded input (the CPU half of a task). */
export function extractLoaded(task: ExtractTask, loaded: LoadResult): ExtractTaskResult {
  const disabled = ruleIdMatcher(task.disable);
  const lexicon = loadLexicon(Object.keys(task.lexicon).length ? { lists: task.lexicon } : undefined);
  const options = { isEnabled: (id: string) => !disabled(id), lexicon };
  const articles: ArticleResult[] = [];
  const formatted: FormattedArticle[] = [];
  const errors: InputError[] = [...loaded.errors];
  const records = task.lines ? loaded.articles.map((a) => ({ id: a.id, n: a.record ?? 0 })) : undefined;
  const articleRecords: number[] = [];
  for (let k = 0; k < loaded.articles.length; k++) {
    const a = loaded.articles[k];
    let result: ArticleResult;
    try {
      result = extractText(a.text, { id: a.id, path: a.path, title: a.title, ...a.meta, referenceDate: task.referenceDate }, options);
      if (!task.format) checkOutputSize(result, a.text.length);
    } catch (e) {
      errors.push(extractionError(a, e));
      continue;
    }
    if (task.format) {
      let text: string;
      try {
        text = formatArticle(result, task.format);
        if (text.length > outputLimit(a.text.length)) throw outputTooLarge(text.length, a.text.length);
      } catch (e) {
        errors.push(extractionError(a, e));
        continue;
      }
      formatted.push(records ? { id: result.id, path: result.path, text, k } : { id: result.id, path: result.path, text });
    } else {
      articles.push(result);
      articleRecords.push(k);
    }
  }
  const out: ExtractTaskResult = task.format ? { articles, formatted, errors } : { articles, errors };
  if (records) {
    out.records = records;
    if (!task.format) out.articleRecords = articleRecords;
  }
  return out;
}

export async function extractFile(task: ExtractTask): Promise<ExtractTaskResult> {
  return extractLoaded(task, await loadTask(task));
}

/** A worker task: several files, read ahead of extraction, results in the same order. */
export async function extractBatch(tasks: ExtractTask[]): Promise<ExtractTaskResult[]> {
  const loads = tasks.map((t) => {
    const p = loadTask(t);
    p.catch(() => undefined); // awaited in order below
    return p;
  });
  const out: ExtractTaskResult[] = [];
  for (let i = 0; i < tasks.length; i++) out.push(extractLoaded(tasks[i], await loads[i]));
  return out;
}

export default extractBatch;
