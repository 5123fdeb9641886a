/**
 * Articles formatted where they are extracted (in the worker thread with `--jobs` > 1), so only
 * a string crosses threads and the main thread only writes: `--format jsonl` and `--format json`.
 * The bytes are those of the whole-result formatters (`src/format/extract/jsonl.ts`, `json.ts`).
 */
import { jsonlArticle } from '../format/extract/jsonl.js';
import { SCHEMA_URL, type ArticleResult, type InputError } from '../types.js';

/** Output formats whose articles can be formatted one at a time, away from the main thread. */
export type ArticleFormat = 'jsonl' | 'json';

export function isArticleFormat(name: string): name is ArticleFormat {
  return name === 'jsonl' || name === 'json';
}

/** Indentation of an element of the `articles` array in `JSON.stringify(result, null, 2)`. */
const JSON_ELEMENT_INDENT = '    ';

/**
 * One article as it appears in the output: a jsonl line, or (json) the article as an element of
 * the two-space-indented document's `articles` array, without the separating comma. (A JSON
 * string never holds a raw line break, so every `\n` in the text is between tokens.)
 */
export function formatArticle(a: ArticleResult, format: ArticleFormat): string {
  if (format === 'jsonl') return jsonlArticle(a);
  return JSON.stringify(a, null, 2).split('\n').join('\n' + JSON_ELEMENT_INDENT);
}

/**
 * The same article under another id (an id that clashed with an earlier one): parsed back and
 * formatted again. JSON round-trips these plain values exactly and `{ ...a, id }` keeps the key
 * order, so the bytes equal formatting the renamed article in the first place.
 */
export function renameFormatted(text: string, format: ArticleFormat, id: string): string {
  const a = (format === 'jsonl' ? (JSON.parse(text) as { article: ArticleResult }).article : JSON.parse(text)) as ArticleResult;
  return formatArticle({ ...a, id }, format);
}

/**
 * The `--format json` document from articles formatted by `formatArticle(…, 'json')`, in chunks
 * to write one after the other (no second copy of the whole document in memory): together the
 * same bytes as `JSON.stringify({ $schema, schemaVersion, articles, errors }, null, 2) + '\n'`.
 */
export function* jsonDocumentChunks(schemaVersion: number, articles: string[], errors: InputError[]): Generator<string> {
  const skeleton = JSON.stringify({ $schema: SCHEMA_URL, schemaVersion, articles: [], errors }, null, 2);
  if (articles.length === 0) {
    yield skeleton + '\n';
    return;
  }
  // `"articles": []` comes before `errors` (key order), so its first occurrence is the key's.
  const key = '"articles": [';
  const at = skeleton.indexOf(key + ']');
  if (at < 0) throw new Error('jsonDocument: no articles key in the skeleton');
  yield skeleton.slice(0, at + key.length);
  for (let i = 0; i < articles.length; i++) yield (i === 0 ? '\n' : ',\n') + JSON_ELEMENT_INDENT + articles[i];
  yield '\n  ' + skeleton.slice(at + key.length) + '\n';
}

/** The whole `--format json` document as one string (see `jsonDocumentChunks`). */
export function jsonDocument(schemaVersion: number, articles: string[], errors: InputError[]): string {
  return [...jsonDocumentChunks(schemaVersion, articles, errors)].join('');
}
