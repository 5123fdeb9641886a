import type { ArticleResult, ExtractResult, InputError } from '../../types.js';
import type { Formatter } from '../types.js';

/**
 * One line per article (`{"schemaVersion":1,"article":{…}}`), then one per input error
 * (`{"schemaVersion":1,"error":{…}}`). Articles are written as soon as they are done.
 */
export const jsonlArticle = (a: ArticleResult): string => JSON.stringify({ schemaVersion: 1, article: a }) + '\n';
export const jsonlError = (e: InputError): string => JSON.stringify({ schemaVersion: 1, error: { path: e.path, message: e.message } }) + '\n';

export const jsonl: Formatter<ExtractResult> = (result) =>
  result.articles.map(jsonlArticle).join('') + result.errors.map(jsonlError).join('');
