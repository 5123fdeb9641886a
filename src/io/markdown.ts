/**
 * Markdown files as Markdown: the front matter gives the article's metadata (title, date, outlet,
 * URL, author) and markup is not article text. The text handed to the rules is the file with
 * everything that is not text blanked out — front matter, heading and list marks, emphasis
 * marks, link URLs, images, code blocks, raw HTML — each such character replaced by a space, so
 * every offset still indexes the file. Link text stays. Soft line breaks inside a paragraph
 * become spaces too (a wrapped line is no sentence end).
 *
 * Parsing: gray-matter for the front matter (YAML), mdast-util-from-markdown (micromark, with
 * GFM tables, strikethrough, autolinks and footnotes) for the body: its syntax tree carries
 * source offsets for every node, which is what keeps the offsets exact.
 */
import { createRequire } from 'node:module';
import type matterFn from 'gray-matter';
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown';
import type { gfm as Gfm } from 'micromark-extension-gfm';
import type { gfmFromMarkdown as GfmFromMarkdown } from 'mdast-util-gfm';
import type { ArticleMetadata } from './metadata.js';
import { metadataFromRecord } from './metadata.js';

interface Parsers {
  matter: typeof matterFn;
  fromMarkdown: typeof FromMarkdown;
  gfm: typeof Gfm;
  gfmFromMarkdown: typeof GfmFromMarkdown;
}

/**
 * The parsers are loaded when the first Markdown file is read, not with this module: they cost
 * ≈ 0.1–0.3 s of start-up (CPU) in every process and worker, and most inputs are text or HTML.
 * `loadMarkdownParsers()` loads them ahead (the file loaders await it); a synchronous caller that
 * did not is served by `require` (ES modules through require: Node ≥ 20.19).
 */
let parsers: Parsers | undefined;

export async function loadMarkdownParsers(): Promise<void> {
  if (parsers) return;
  const [m, fm, g, gm] = await Promise.all([import('gray-matter'), import('mdast-util-from-markdown'), import('micromark-extension-gfm'), import('mdast-util-gfm')]);
  parsers = { matter: m.default, fromMarkdown: fm.fromMarkdown, gfm: g.gfm, gfmFromMarkdown: gm.gfmFromMarkdown };
}

function parsersNow(): Parsers {
  if (!parsers) {
    const require = createRequire(import.meta.url);
    parsers = {
      matter: require('gray-matter'),
      fromMarkdown: require('mdast-util-from-markdown').fromMarkdown,
      gfm: require('micromark-extension-gfm').gfm,
      gfmFromMarkdown: require('mdast-util-gfm').gfmFromMarkdown,
    };
  }
  return parsers;
}

export interface MarkdownArticle {
  /** The file text with markup blanked: same length, offsets index the file. */
  text: string;
  title: string;
  meta: ArticleMetadata;
  /** Front matter that could not be read (the reason), or undefined. */
  warning?: string;
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Front matter: `---` on the first line, YAML, `---` (or `...`) on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** Characters a backslash escapes in CommonMark. */
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

/**
 * Reads a Markdown file: front matter (when present) and the body's text with markup blanked.
 * Front matter that is not valid YAML is blanked all the same and reported in `warning`.
 */
export function readMarkdown(source: string): MarkdownArticle {
  const { matter, fromMarkdown, gfm, gfmFromMarkdown } = parsersNow();
  let meta: ArticleMetadata = {};
  let fmTitle: string | undefined;
  let warning: string | undefined;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    try {
      const data = matter(fm[0].replace(/\.\.\.([ \t]*(?:\r?\n|$))$/, '---$1'), {}).data as Record<string, unknown>;
      meta = metadataFromRecord(data);
      const t = data.title;
      if (typeof t === 'string' && t.trim()) fmTitle = t.replace(/\s+/g, ' ').trim();
    } catch (e) {
      warning = `front matter is not valid YAML (${(e as Error).message.split('\n')[0]}), ignored`;
    }
  }
  const fmEnd = fm ? fm[0].length : 0;
  // The body is parsed in place (front matter blanked), so node offsets are file offsets.
  const body = blank(source.slice(0, fmEnd)) + source.slice(fmEnd);
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node;

  const keep = new Uint8Array(source.length);
  const softBreak = new Uint8Array(source.length);
  let heading: string | undefined;

  const span = (n: Node): [number, number] | null => {
    const a = n.position?.start.offset;
    const b = n.position?.end.offset;
    return a === undefined || b === undefined ? null : [a, b];
  };
  const walk = (n: Node, inParagraph: boolean): void => {
    const s = span(n);
    switch (n.type) {
      case 'text': {
        if (!s) return;
        for (let i = s[0]; i < s[1]; i++) keep[i] = 1;
        if (inParagraph) for (let i = s[0]; i < s[1]; i++) if (body[i] === '\n' || body[i] === '\r') softBreak[i] = 1;
        // "\*" is a literal star: the backslash is markup.
        const raw = body.slice(s[0], s[1]);
        if (raw.includes('\\')) for (const m of raw.matchAll(ESCAPABLE)) keep[s[0] + m.index] = 0;
        return;
      }
      case 'inlineCode': {
        if (!s) return;
        const raw = body.slice(s[0], s[1]);
        const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
        for (let i = s[0] + ticks; i < s[1] - ticks; i++) keep[i] = 1;
        return;
      }
      case 'code':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
      case 'yaml':
        return;
      case 'heading':
        if (heading === undefined) heading = textOf(n);
        break;
      default:
        break;
    }
    const para = n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell' ? true : inParagraph;
    for (const c of n.children ?? []) walk(c, para);
  };
  walk(tree, false);

  let text = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r') text += softBreak[i] ? ' ' : ch;
    else text += keep[i] && i >= fmEnd ? ch : ' ';
  }
  const title = fmTitle ?? (heading?.replace(/\s+/g, ' ').trim() || firstLine(text));
  return { text, title, meta, ...(warning ? { warning } : {}) };
}

function textOf(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  return (n.children ?? []).map(textOf).join('');
}

function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return '';
}

/** File names that are a project's documentation, not news: skipped in folders unless named. */
export const NOT_ARTICLES = /^(?:readme|changelog|changes|history|license|licence|copying|contributing|code_of_conduct|security|notice|authors)(?:\.[^.]*)?$/i;
