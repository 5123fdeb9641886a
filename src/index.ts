/**
 * The library API: `import { extract, compare } from 'claims'`.
 *
 *   const a = extract('Berlin, 2. März 2024 – Mindestens 2.000 Beschäftigte streikten gestern.');
 *   const b = extract({ text: html, format: 'html', id: 'taz' });
 *   const result = compare([a, b]);
 *
 * Both are synchronous and pure (no output, no exit, no file access beyond the shipped lexicon)
 * and return the JSON contract's shapes (`ArticleResult`, `CompareResult`; see `src/types.ts` and
 * `schema/claims.schema.json`). The command line reads files, runs worker threads and formats;
 * the library leaves that to the caller.
 */
import { extractText } from './pipeline.js';
import { loadLexicon } from './lexicon/index.js';
import { ruleIdMatcher, allRules } from './rules/registry.js';
import { compare as compareArticles, compareOptionsFromLexicon } from './compare/index.js';
import { extractHtml } from './io/html.js';
import { readMarkdown } from './io/markdown.js';
import { normalisePublished, type ArticleMetadata } from './io/metadata.js';
import type { ArticleResult, CompareResult } from './types.js';

export * from './types.js';
export type { ArticleMetadata } from './io/metadata.js';

/** One article to extract: its text and what is known about it. */
export interface ArticleInput extends ArticleMetadata {
  /** The article: plain text, Markdown or an HTML page (see `format`). */
  text: string;
  /** Default `article`. */
  id?: string;
  /** Default: the id. */
  path?: string;
  /** Default: the page's or front matter's title, else the first non-empty line. */
  title?: string;
  /**
   * `text` (default), `markdown` (front matter read as metadata, markup blanked; offsets still
   * index `text`) or `html` (main text by Readability; metadata from the page; offsets index the
   * extracted text, which is returned in no field — read it with the CLI's `--format json` if needed).
   */
  format?: 'text' | 'markdown' | 'html';
}

export interface ExtractOptions {
  /** Rule ids or globs to switch off (`quantity/vague-plural`, `statement/*`). */
  disable?: string[];
  /** Additions to the lexicon's word lists (`{ "speech-verbs": ["twittern"] }`), as in claims.config.json. */
  lexicon?: Record<string, string[]>;
  /** Reference date for relative dates when the article has no publication date nor dateline (`2024-03-02`). */
  referenceDate?: string;
}

export interface CompareOptions {
  /** Hide quantity groups seen in fewer articles (default 1: all). */
  minArticles?: number;
  /** Additions to the lexicon's word lists, as in claims.config.json. */
  lexicon?: Record<string, string[]>;
}

function lexiconFor(lists: Record<string, string[]> | undefined) {
  return loadLexicon(lists && Object.keys(lists).length ? { lists } : undefined);
}

function check(cond: boolean, message: string): void {
  if (!cond) throw new TypeError(`claims: ${message}`);
}

/**
 * Extracts quantities, dates, entities and statements from one German article. Accepts the text
 * alone or an `ArticleInput`. Returns one article of the JSON contract.
 */
export function extract(input: string | ArticleInput, options: ExtractOptions = {}): ArticleResult {
  const article: ArticleInput = typeof input === 'string' ? { text: input } : input;
  check(article !== null && typeof article === 'object' && typeof article.text === 'string', 'extract() needs a string or { text: string }');
  let referenceDate: string | undefined;
  if (options.referenceDate !== undefined) {
    referenceDate = normalisePublished(options.referenceDate)?.slice(0, 10);
    check(referenceDate !== undefined, `referenceDate "${options.referenceDate}" is not a date (for example 2024-03-02)`);
  }
  for (const p of options.disable ?? []) {
    check(allRules.some((r) => ruleIdMatcher([p])(r.meta.id)), `disable: "${p}" matches no rule id`);
  }
  let text = article.text;
  let meta: ArticleMetadata = {};
  let title = article.title;
  if (article.format === 'html') {
    const page = extractHtml(text);
    text = page.text;
    meta = page.meta;
    title ??= page.title;
  } else if (article.format === 'markdown') {
    const md = readMarkdown(text);
    text = md.text;
    meta = md.meta;
    title ??= md.title;
  } else {
    check(article.format === undefined || article.format === 'text', `format "${String(article.format)}" is not one of text, markdown, html`);
  }
  const published = article.published !== undefined ? normalisePublished(article.published) : meta.published;
  const id = article.id ?? 'article';
  const disabled = ruleIdMatcher(options.disable ?? []);
  return extractText(
    text,
    {
      id,
      path: article.path ?? id,
      title,
      published,
      outlet: article.outlet ?? meta.outlet,
      url: article.url ?? meta.url,
      author: article.author ?? meta.author,
      referenceDate,
    },
    { isEnabled: (rule) => !disabled(rule), lexicon: lexiconFor(options.lexicon) },
  );
}

/**
 * Compares extracted articles: quantity groups by story (agree / compatible / conflict / single),
 * entities and speakers across articles, stance conflicts. Article ids must be unique (a second
 * article with an id already seen is left out and named in `errors`).
 */
export function compare(articles: readonly ArticleResult[], options: CompareOptions = {}): CompareResult {
  check(Array.isArray(articles), 'compare() needs an array of extract() results');
  const min = options.minArticles ?? 1;
  check(Number.isInteger(min) && min >= 1, `minArticles must be a positive whole number, not ${String(min)}`);
  return compareArticles(articles, { ...compareOptionsFromLexicon(lexiconFor(options.lexicon)), minArticles: min });
}
