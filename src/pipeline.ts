import type { Doc } from './text/document.js';
import { CONTEXT_WINDOW, MAX_CONTEXT_SENTENCE, MAX_DOCUMENT_LENGTH, MAX_TOKEN_LENGTH, MAX_WORD_LENGTH, ResourceLimitError } from './limits.js';

export { ResourceLimitError } from './limits.js';
import { analyse, type ArticleMeta } from './text/analyse.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';
import { layers } from './rules/registry.js';
import type { Layer, LayerName, LayerResults, RuleContext } from './rules/types.js';
import { linkQuantities } from './rules/statement/link.js';
import { memoLexicon } from './run/memo-lexicon.js';
import type { ArticleResult } from './types.js';

export interface ExtractOptions {
  /** Rule filter: `--disable` and config. Default: every rule on. */
  isEnabled?: (ruleId: string) => boolean;
  lexicon?: Lexicon;
}

const RESULT_KEY: Record<LayerName, keyof LayerResults> = {
  date: 'dates',
  quantity: 'quantities',
  entity: 'entities',
  statement: 'statements',
};

/**
 * The candidates of the enabled rules of one layer: every rule's `find`, then the second pass
 * (`continueFrom`) of the rules that have one, over the first pass's candidates.
 */
export function layerCandidates(layer: Layer<any, any>, ctx: RuleContext, isEnabled: (id: string) => boolean): unknown[] {
  const enabled = layer.rules.filter((r) => isEnabled(r.meta.id));
  const found: unknown[] = [];
  for (const rule of enabled) for (const c of rule.find(ctx)) found.push(c);
  const candidates = found.slice();
  for (const rule of enabled) if (rule.continueFrom) for (const c of rule.continueFrom(ctx, found)) candidates.push(c);
  return candidates;
}

/** Runs the enabled rules of one layer and the layer's resolver. */
export function runLayer(layer: Layer<any, any>, ctx: RuleContext, isEnabled: (id: string) => boolean): unknown[] {
  return layer.resolve(layerCandidates(layer, ctx, isEnabled), ctx);
}

/** Runs every layer on an analysed document, in order, and returns the layers' results. */
export function runLayers(doc: Doc, options: ExtractOptions = {}, until?: LayerName): { ctx: RuleContext } {
  const isEnabled = options.isEnabled ?? (() => true);
  const ctx: RuleContext = {
    doc,
    lexicon: memoLexicon(options.lexicon ?? loadLexicon()),
    results: { dates: [], quantities: [], entities: [], statements: [] },
  };
  for (const layer of layers) {
    if (until && layer.name === until) break;
    (ctx.results as any)[RESULT_KEY[layer.name]] = runLayer(layer, ctx, isEnabled);
  }
  return { ctx };
}

function checkLimits(doc: Doc): void {
  for (const t of doc.tokens) {
    const limit = t.type === 'word' || t.type === 'number' ? MAX_WORD_LENGTH : MAX_TOKEN_LENGTH;
    const len = t.end - t.start;
    if (len > limit) {
      throw new ResourceLimitError(`a word of ${len.toLocaleString('en')} characters at offset ${t.start} (limit ${limit.toLocaleString('en')}), not extracted`);
    }
  }
}

/** The context span of a quantity in sentence `s` (see MAX_CONTEXT_SENTENCE). */
export function contextSpan(source: string, s: { start: number; end: number }, q: { start: number; end: number }): { text: string; start: number; end: number } {
  if (s.end - s.start <= MAX_CONTEXT_SENTENCE) return { text: source.slice(s.start, s.end), start: s.start, end: s.end };
  let start = Math.max(s.start, q.start - CONTEXT_WINDOW);
  let end = Math.min(s.end, q.end + CONTEXT_WINDOW);
  // Cut at a blank (within 40 characters), never inside a surrogate pair.
  if (start > s.start) {
    const blank = source.slice(start, Math.min(q.start, start + 40)).search(/\s/);
    if (blank >= 0) start += blank + 1;
    else if (/[\udc00-\udfff]/.test(source[start] ?? '')) start++;
  }
  if (end < s.end) {
    const before = source.slice(Math.max(q.end, end - 40), end);
    const blank = before.search(/\s\S*$/);
    if (blank >= 0) end = end - before.length + blank;
    else if (/[\ud800-\udbff]/.test(source[end - 1] ?? '')) end--;
  }
  return { text: source.slice(start, end), start, end };
}

/** Extraction of one analysed document. */
export function extractDoc(doc: Doc, options: ExtractOptions = {}): ArticleResult {
  checkLimits(doc);
  const { ctx } = runLayers(doc, options);
  const { dates, entities, statements } = ctx.results;
  const quantities = linkQuantities(ctx.results.quantities, statements).map((q) => {
    const s = doc.sentences[q.sentence];
    return s ? { ...q, context: contextSpan(doc.source, s, q) } : q;
  });
  const meta: Pick<ArticleResult, 'published' | 'outlet' | 'url' | 'author'> = {};
  if (doc.published) meta.published = doc.published;
  if (doc.outlet) meta.outlet = doc.outlet;
  if (doc.url) meta.url = doc.url;
  if (doc.author) meta.author = doc.author;
  return { id: doc.id, path: doc.path, title: doc.title, ...meta, quantities, dates, entities, statements };
}

/** Extraction of one article's text: analyse, then run every enabled rule. */
export function extractText(source: string, meta: ArticleMeta, options: ExtractOptions = {}): ArticleResult {
  if (source.length > MAX_DOCUMENT_LENGTH) {
    throw new ResourceLimitError(
      `too large to extract (${source.length.toLocaleString('en')} characters of text, limit ${MAX_DOCUMENT_LENGTH.toLocaleString('en')})`,
    );
  }
  return extractDoc(analyse(source, meta), options);
}
