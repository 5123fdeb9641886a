import type { Doc } from './text/document.js';
import { analyse, type ArticleMeta } from './text/analyse.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';
import { layers } from './rules/registry.js';
import type { Layer, LayerName, LayerResults, RuleContext } from './rules/types.js';
import { linkQuantities } from './rules/statement/link.js';
import { memoLexicon } from './run/memo-lexicon.js';
import { findOnce } from './rules/statement/lib/find-once.js';
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

/** Runs the enabled rules of one layer and the layer's resolver. */
export function runLayer(layer: Layer<any, any>, ctx: RuleContext, isEnabled: (id: string) => boolean): unknown[] {
  const candidates: unknown[] = [];
  for (const rule of layer.rules) {
    if (!isEnabled(rule.meta.id)) continue;
    for (const c of findOnce(rule, ctx)) candidates.push(c);
  }
  return layer.resolve(candidates, ctx);
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

/** Extraction of one analysed document. */
export function extractDoc(doc: Doc, options: ExtractOptions = {}): ArticleResult {
  const { ctx } = runLayers(doc, options);
  const { dates, entities, statements } = ctx.results;
  const quantities = linkQuantities(ctx.results.quantities, statements).map((q) => {
    const s = doc.sentences[q.sentence];
    return s ? { ...q, context: { text: doc.source.slice(s.start, s.end), start: s.start, end: s.end } } : q;
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
  return extractDoc(analyse(source, meta), options);
}
