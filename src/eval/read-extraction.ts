/**
 * Reading stored extraction outputs (`claims extract --format json` or `--format jsonl`) back in,
 * for `claims diff` and for `claims eval` on saved output.
 */
import type { ArticleResult, ExtractResult, InputError } from '../types.js';
import { articleProblem, schemaVersionProblem } from '../io/validate.js';

export class ExtractionFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionFormatError';
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function asArticle(x: unknown, where: string): ArticleResult {
  if (!isObject(x) || typeof x.id !== 'string') throw new ExtractionFormatError(`${where}: an article needs a string "id"`);
  const list = (k: string) => {
    const v = x[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new ExtractionFormatError(`${where}: "${k}" of article ${x.id} is not a list`);
    return v;
  };
  const a: ArticleResult = {
    ...(x as unknown as ArticleResult),
    path: typeof x.path === 'string' ? x.path : '',
    title: typeof x.title === 'string' ? x.title : '',
    quantities: list('quantities'),
    dates: list('dates'),
    entities: list('entities'),
    statements: list('statements'),
  };
  // The output schema, item by item (issue 16): the first problem with its path.
  const problem = articleProblem(a);
  if (problem) throw new ExtractionFormatError(`${where}: article ${JSON.stringify(a.id)}: ${problem}`);
  return a;
}

function asError(x: unknown): InputError {
  const o = isObject(x) ? x : {};
  return { path: String(o.path ?? ''), message: String(o.message ?? '') };
}

/**
 * Parses extraction output: one JSON document `{schemaVersion, articles, errors}`, or JSON lines
 * each holding `{"article": …}`, `{"error": …}` or a bare article object. `source` names the
 * input in error messages.
 */
export function parseExtraction(text: string, source: string): ExtractResult {
  const trimmed = text.trim();
  if (trimmed === '') throw new ExtractionFormatError(`${source}: empty input`);
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined;
  }
  if (isObject(whole) && schemaVersionProblem(whole.schemaVersion)) throw new ExtractionFormatError(`${source}: ${schemaVersionProblem(whole.schemaVersion)}`);
  if (isObject(whole) && Array.isArray(whole.articles)) {
    return {
      schemaVersion: 1,
      articles: whole.articles.map((a, i) => asArticle(a, `${source}: articles[${i}]`)),
      errors: Array.isArray(whole.errors) ? whole.errors.map(asError) : [],
    };
  }
  if (isObject(whole) && typeof whole.id === 'string') return { schemaVersion: 1, articles: [asArticle(whole, source)], errors: [] };
  if (isObject(whole) && isObject(whole.article)) return { schemaVersion: 1, articles: [asArticle(whole.article, source)], errors: [] };
  if (isObject(whole) && isObject(whole.error)) return { schemaVersion: 1, articles: [], errors: [asError(whole.error)] };

  const articles: ArticleResult[] = [];
  const errors: InputError[] = [];
  trimmed.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new ExtractionFormatError(`${where}: neither a JSON document nor JSON lines (${(e as Error).message})`);
    }
    if (isObject(o) && schemaVersionProblem(o.schemaVersion)) throw new ExtractionFormatError(`${where}: ${schemaVersionProblem(o.schemaVersion)}`);
    if (isObject(o) && isObject(o.article)) articles.push(asArticle(o.article, where));
    else if (isObject(o) && isObject(o.error)) errors.push(asError(o.error));
    else if (isObject(o) && typeof o.id === 'string') articles.push(asArticle(o, where));
    else if (isObject(o) && Array.isArray(o.articles)) {
      const part = parseExtraction(line, where);
      articles.push(...part.articles);
      errors.push(...part.errors);
    } else throw new ExtractionFormatError(`${where}: not an extraction line ({"article": …} or {"error": …})`);
  });
  return { schemaVersion: 1, articles, errors };
}

/** True when the text looks like extraction output rather than an article (starts with `{`). */
export function looksLikeExtraction(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

/**
 * Warnings for article ids that occur more than once in one extraction output (the pairing by
 * id keeps one of them): `a.json: article id "x" occurs 2 times; only the last is compared`.
 */
export function duplicateIdWarnings(result: ExtractResult, source: string): string[] {
  const count = new Map<string, number>();
  for (const a of result.articles) count.set(a.id, (count.get(a.id) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([id, n]) => `${source}: article id ${JSON.stringify(id)} occurs ${n} times; only the last is compared`);
}
