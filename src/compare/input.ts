/**
 * Reading extraction output for `compare`: `claims extract --format json` (one ExtractResult),
 * `--format jsonl` (one `{"schemaVersion":1,"article":{…}}` or `{"schemaVersion":1,"error":{…}}`
 * per line, possibly one shard of many; bare ArticleResult lines are accepted too), or a JSON
 * array of ArticleResults. Detected by content, not by file name.
 */
import type { ArticleResult, InputError } from '../types.js';
import { articleProblem, schemaVersionProblem } from '../io/validate.js';

export interface ParsedExtraction {
  articles: ArticleResult[];
  errors: InputError[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An ArticleResult with every list present, or an explanation of what is wrong. */
function toArticle(x: unknown): ArticleResult | string {
  if (!isRecord(x)) return 'not an object';
  if (typeof x.id !== 'string' || x.id === '') return 'article without "id"';
  for (const k of ['quantities', 'dates', 'entities', 'statements'] as const) {
    if (x[k] !== undefined && !Array.isArray(x[k])) return `"${k}" is not a list`;
  }
  const a: ArticleResult = {
    ...(x as unknown as ArticleResult),
    path: typeof x.path === 'string' ? x.path : '',
    title: typeof x.title === 'string' ? x.title : '',
    quantities: (x.quantities as ArticleResult['quantities']) ?? [],
    dates: (x.dates as ArticleResult['dates']) ?? [],
    entities: (x.entities as ArticleResult['entities']) ?? [],
    statements: (x.statements as ArticleResult['statements']) ?? [],
  };
  // The output schema, item by item (issue 16): the first problem with its path.
  const problem = articleProblem(a);
  return problem ? `article ${JSON.stringify(a.id)}: ${problem}` : a;
}

function isErrorEntry(x: unknown): x is InputError {
  return isRecord(x) && typeof x.path === 'string' && typeof x.message === 'string' && x.id === undefined;
}

/** Take one parsed JSON value apart into articles and errors. */
function collect(value: unknown, where: string, out: ParsedExtraction): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${where}[${i}]`, out));
    return;
  }
  if (isRecord(value) && schemaVersionProblem(value.schemaVersion)) {
    out.errors.push({ path: where, message: schemaVersionProblem(value.schemaVersion)! });
    return;
  }
  if (isRecord(value) && Array.isArray(value.articles)) {
    value.articles.forEach((v, i) => collect(v, `${where} articles[${i}]`, out));
    if (Array.isArray(value.errors)) for (const e of value.errors) if (isErrorEntry(e)) out.errors.push({ path: e.path, message: e.message });
    return;
  }
  // `claims extract --format jsonl` lines: {"schemaVersion":1,"article":{…}} / {"schemaVersion":1,"error":{…}}
  if (isRecord(value) && isRecord(value.article) && value.id === undefined) {
    collect(value.article, where, out);
    return;
  }
  if (isRecord(value) && isRecord(value.error) && value.id === undefined) {
    collect(value.error, where, out);
    return;
  }
  if (isErrorEntry(value)) {
    out.errors.push({ path: value.path, message: value.message });
    return;
  }
  const a = toArticle(value);
  if (typeof a === 'string') out.errors.push({ path: where, message: `not an extraction result: ${a}` });
  else out.articles.push(a);
}

/** Parse the text of a `.json` or `.jsonl` extraction file. `path` names it in errors. */
export function parseExtraction(text: string, path: string): ParsedExtraction {
  const out: ParsedExtraction = { articles: [], errors: [] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    out.errors.push({ path, message: 'empty extraction file' });
    return out;
  }
  try {
    collect(JSON.parse(body), path, out);
    return out;
  } catch {
    // not one JSON document: JSON Lines
  }
  const lines = body.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      collect(JSON.parse(line), `${path}:${i + 1}`, out);
    } catch (e) {
      out.errors.push({ path: `${path}:${i + 1}`, message: `invalid JSON line: ${(e as Error).message}` });
    }
  });
  return out;
}

/** Whether a text looks like extraction output rather than an article (first non-space char). */
export function looksLikeExtraction(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('{') || t.startsWith('[');
}
