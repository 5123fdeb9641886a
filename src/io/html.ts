/**
 * HTML → article text. Scripts, styles, navigation, asides, forms and page headers/footers
 * (outside `<article>`/`<main>`) are removed first; then the main text is found by
 * @mozilla/readability (Firefox Reader View) on a linkedom DOM; when Readability finds no
 * article (very short pages), the rest of `<body>` is used. The text is built from the block
 * structure: one paragraph per block element, paragraphs separated by a blank line, whitespace
 * inside a paragraph collapsed to single spaces, `<br>` kept as a line break. The title
 * (Readability's, else `<title>`, else the first `<h1>`) opens the text as its own paragraph
 * unless the text already starts with it, so the headline is analysed like a text file's first line.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { cleanUrl, nameOf, normalisePublished, type ArticleMetadata } from './metadata.js';

/**
 * linkedom and Readability are loaded on the first HTML page, not at start-up: importing linkedom
 * costs ≈ 130–200 ms, which every plain-text run would otherwise pay (see bench/NOTES.md).
 * Both ship CommonJS builds, so a synchronous require keeps `extractHtml` synchronous.
 */
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function htmlLibraries(): NonNullable<typeof dom> {
  if (!dom) {
    const require = createRequire(import.meta.url);
    dom = {
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return dom;
}

export interface HtmlArticle {
  title: string;
  text: string;
  /** Publication time, outlet, canonical URL, author, where the page says them. */
  meta: ArticleMetadata;
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

function attr(doc: MetaDocument, selectors: string[], name = 'content'): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute(name);
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage/;

/** JSON-LD objects of the page (top level, arrays, `@graph`), articles first. */
function jsonLd(doc: MetaDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 50)) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20);
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // a broken JSON-LD block is no metadata
    }
  }
  const typeOf = (o: Record<string, unknown>) => String(Array.isArray(o['@type']) ? o['@type'].join(' ') : o['@type'] ?? '');
  const rank = (o: Record<string, unknown>) => (/Article|BlogPosting/.test(typeOf(o)) ? 0 : ARTICLE_TYPE.test(typeOf(o)) ? 1 : 2);
  return out.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
}

/**
 * Metadata of a page, before any element is removed: JSON-LD (`datePublished`, `publisher`,
 * `author`, `url`), Open Graph and article meta tags (`article:published_time`, `og:site_name`,
 * `og:url`, `author`), the canonical link, the first `<time datetime>`; Readability's own
 * findings fill what is still missing.
 */
export function htmlMetadata(doc: MetaDocument): ArticleMetadata {
  const ld = jsonLd(doc);
  const fromLd = (key: string): unknown => ld.find((o) => o[key] !== undefined && o[key] !== null && o[key] !== '')?.[key];
  const canonical = attr(doc, ['link[rel="canonical"]'], 'href');
  const ogUrl = attr(doc, ['meta[property="og:url"]', 'meta[name="og:url"]']);
  const url = cleanUrl(canonical) ?? cleanUrl(ogUrl) ?? cleanUrl(fromLd('url')) ?? cleanUrl(fromLd('mainEntityOfPage'));
  const published =
    normalisePublished(fromLd('datePublished')) ??
    normalisePublished(attr(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]'])) ??
    normalisePublished(attr(doc, ['time[itemprop="datePublished"]', 'article time[datetime]', 'time[datetime]'], 'datetime'));
  const outlet = nameOf(attr(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]'])) ?? nameOf(fromLd('publisher'));
  const metaAuthor = attr(doc, ['meta[name="author"]', 'meta[property="article:author"]']);
  const author = nameOf(fromLd('author')) ?? (metaAuthor && !cleanUrl(metaAuthor) ? nameOf(metaAuthor) : undefined);
  const out: ArticleMetadata = {};
  if (published) out.published = published;
  if (outlet) out.outlet = outlet;
  if (url) out.url = url;
  if (author) out.author = author;
  return out;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never text: dropped in the fallback and skipped by the text walk. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

/** Never article text: removed before Readability runs. */
const NOT_TEXT = 'script, style, noscript, template, nav, aside, form, iframe, svg, button, dialog';

/** Page headers and footers, removed unless they sit inside an `<article>` or `<main>`. */
const PAGE_FRAME = 'header, footer';

interface MinimalElement {
  remove(): void;
  closest(selector: string): unknown;
}

function removeFurniture(doc: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  for (const el of Array.from(doc.querySelectorAll(NOT_TEXT)) as MinimalElement[]) el.remove();
  for (const el of Array.from(doc.querySelectorAll(PAGE_FRAME)) as MinimalElement[]) {
    if (!el.closest('article, main')) el.remove();
  }
}

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Deepest element nesting accepted in an HTML page. Real pages stay far below (a few dozen
 * levels); Readability's cleaning takes time that grows steeply with depth (seconds at 1,000
 * levels, minutes at 5,000), and a recursive walk overflows the stack at ≈ 10,000.
 */
export const MAX_HTML_DEPTH = 200;

/** A page beyond a resource limit (too deeply nested): reported as a bad input, not a crash. */
export class HtmlLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlLimitError';
  }
}

/** Elements that an HTML parser never closes implicitly: their raw nesting is their real nesting. */
const NEVER_IMPLIED = /<(\/?)(div|span|section|article|main|aside|blockquote|figure|header|footer|nav)\b[^>]*?(\/?)>/gi;

/**
 * Nesting depth of the elements above, counted on the raw text before parsing (linear; the
 * parser itself takes time that grows faster than the text on deep nesting). Over `cap` it stops.
 */
export function rawNestingDepth(html: string, cap: number): number {
  let depth = 0;
  let max = 0;
  NEVER_IMPLIED.lastIndex = 0;
  for (let m = NEVER_IMPLIED.exec(html); m; m = NEVER_IMPLIED.exec(html)) {
    if (m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > cap) break;
    }
  }
  return max;
}

/** Deepest nesting under `root` (iterative: no recursion however deep); stops counting past `cap`. */
export function nestingDepth(root: MinimalNode, cap = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: Array<[MinimalNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) {
      max = depth;
      if (max > cap) return max;
    }
    const children = node.childNodes;
    if (!children) continue;
    for (let i = children.length - 1; i >= 0; i--) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return max;
}

/** Paragraph texts of a subtree, in document order (an iterative walk: no recursion). */
export function blocksOf(root: MinimalNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current
      .split('\n')
      .map((l) => collapse(l).trim())
      .filter((l) => l.length > 0);
    if (lines.length) blocks.push(lines.join('\n'));
    current = '';
  };
  // Frames: a node to enter (with its `pre` state), or the end of an element to close.
  type Frame = { node: MinimalNode; pre: boolean; exit?: false } | { exit: true; block: boolean; cell: boolean };
  const stack: Frame[] = [{ node: root, pre: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit) {
      if (frame.block) flush();
      else if (frame.cell) current += ' ';
      continue;
    }
    const { node, pre } = frame;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      current += pre ? t.replace(/\r\n?/g, '\n') : t.replace(/[\n\r]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const isPre = pre || tag === 'PRE';
    stack.push({ exit: true, block, cell: tag === 'TD' || tag === 'TH' });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], pre: isPre });
  }
  flush();
  return blocks;
}

function ensureDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function clean(s: string | null | undefined): string {
  return collapse(s ?? '').trim();
}

export function extractHtml(html: string): HtmlArticle {
  if (rawNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new HtmlLimitError(`HTML nested too deeply (more than ${MAX_HTML_DEPTH} levels of elements), skipped`);
  }
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(ensureDocument(html));
  const depth = nestingDepth(document as unknown as MinimalNode, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) throw new HtmlLimitError(`HTML nested too deeply (more than ${MAX_HTML_DEPTH} levels of elements), skipped`);
  const pageTitle = clean(document.title) || clean(document.querySelector('h1')?.textContent);
  const meta = htmlMetadata(document as unknown as MetaDocument);

  removeFurniture(document);
  let blocks: string[] = [];
  let title = pageTitle;
  try {
    const reader = new Readability<MinimalNode>(document as unknown as Document, {
      serializer: (node) => node as unknown as MinimalNode,
    });
    const article = reader.parse();
    if (article?.content) {
      blocks = blocksOf(article.content);
      title = clean(article.title) || pageTitle;
    }
    if (article) {
      if (!meta.published) {
        const p = normalisePublished(article.publishedTime);
        if (p) meta.published = p;
      }
      if (!meta.outlet && article.siteName) meta.outlet = nameOf(article.siteName);
      if (!meta.author && article.byline) meta.author = nameOf(article.byline.replace(/^(?:von|by)\s+/i, ''));
      for (const k of Object.keys(meta) as (keyof ArticleMetadata)[]) if (meta[k] === undefined) delete meta[k];
    }
  } catch {
    // Readability gave up on this DOM: fall back to the page body below.
    blocks = [];
  }
  if (blocks.length === 0) {
    const { document: fresh } = parseHTML(ensureDocument(html));
    removeFurniture(fresh);
    const body = fresh.body ?? fresh.documentElement;
    blocks = body ? blocksOf(body as unknown as MinimalNode) : [];
  }
  if (blocks.length === 0) return { title, text: '', meta };
  if (title && blocks[0] !== title) blocks.unshift(title);
  return { title: title || blocks[0].split('\n')[0], text: blocks.join('\n\n'), meta };
}
