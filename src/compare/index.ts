/**
 * `compare`: put several articles' extraction results side by side. Pure: ArticleResult[] in,
 * CompareResult out; the same articles (in any order, from any number of shards) give the same
 * result, byte for byte once serialised.
 */
import type { ArticleInfo, ArticleResult, CompareResult, InputError } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import { rankedProfiles } from './stories.js';
import { factWordsFrom, type FactWords } from './frames.js';
import { parsePolarity, type Polarity } from './stances.js';
import { collectStream, reduceCompare, type CompareStream } from './reduce.js';
import { cmp } from './text.js';
import { parseUnitClasses } from './units.js';

export { parseUnitClasses } from './units.js';
export { parsePolarity } from './stances.js';

export interface CompareOptions {
  /** Folded unit lemma → unit class (from the `unit-classes` list). */
  unitClasses?: ReadonlyMap<string, string>;
  /** Unit class → parent class (default: the people classes under `people`, `DEFAULT_CLASS_PARENTS`). */
  classParents?: ReadonlyMap<string, string>;
  /** Folded lemma → stance polarity (from the `stance-polarity` list). */
  polarity?: ReadonlyMap<string, Polarity>;
  compoundHead?: (word: string) => string | null;
  isNoun?: (word: string) => boolean;
  /** A unit of measurement (Euro, Prozent, Jahr) rather than a counted noun. */
  isMeasure?: (unit: string) => boolean;
  /** Country of a demonym adjective form ("russischen" → "Russland"). */
  demonym?: (form: string) => string | null;
  /** Lemma of a separable verb from finite part and particle ("wies", "zurück" → "zurückweisen"). */
  particleVerbLemma?: (form: string, particle: string) => string | null;
  verbLemma?: (form: string) => string | null;
  nounLemma?: (form: string) => string | null;
  /** Parties, fact words and frame classes for fact frames (from the lexicon's tables). */
  factWords?: FactWords;
  /** Hide quantity groups seen in fewer articles (default 1: show all). */
  minArticles?: number;
  /** Errors of reading the inputs, passed through to the result. */
  errors?: InputError[];
}

/** A memoised one-argument lookup (lexicon lookups repeat across thousands of articles). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = f(s);
      if (cache.size > 200_000) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

/** Options from the lexicon: its word lists and lemmatisers. */
export function compareOptionsFromLexicon(lex: Lexicon): CompareOptions {
  return {
    unitClasses: parseUnitClasses(lex.list('unit-classes')),
    polarity: parsePolarity(lex.list('stance-polarity')),
    factWords: factWordsFrom(lex.table('parties'), lex.table('fact-words'), lex.table('fact-frames'), memo((n) => lex.gazetteer().lookup(n, { towns: false })?.kind === 'country') as (n: string) => boolean),
    compoundHead: (w) => lex.compoundHead(w),
    isNoun: (w) => lex.isNoun(w),
    isMeasure: (u) => {
      const info = lex.unit(u);
      return info !== null && info.class !== 'count';
    },
    demonym: memo((w) => lex.demonym(w)),
    particleVerbLemma: (f, p) => lex.particleVerbLemma(f, p),
    verbLemma: (w) => lex.verbLemma(w),
    nounLemma: (w) => lex.nounLemma(w),
  };
}

export { articleLabels } from './reduce.js';

/**
 * Merge extraction results from several sources (files, shards): sorted by article id; a second
 * article with an id already seen becomes an error entry and is left out (of two with the same id
 * and path, the one whose JSON sorts first is kept, whatever the order of the shards).
 */
export function mergeArticles(sources: readonly ArticleResult[][]): { articles: ArticleResult[]; errors: InputError[] } {
  const all = sources.flat();
  const sorted = all
    .map((a, i) => ({ a, i }))
    .sort((x, y) => cmp(x.a.id, y.a.id) || cmp(x.a.path, y.a.path) || cmp(JSON.stringify(x.a), JSON.stringify(y.a)) || x.i - y.i);
  const articles: ArticleResult[] = [];
  const errors: InputError[] = [];
  for (const { a } of sorted) {
    const prev = articles[articles.length - 1];
    if (prev && prev.id === a.id) {
      errors.push({ path: a.path, message: `duplicate article id "${a.id}" (also in ${prev.path}); kept the first` });
      continue;
    }
    articles.push(a);
  }
  return { articles, errors };
}

export function compare(input: readonly ArticleResult[], options: CompareOptions = {}): CompareResult {
  return collectStream(compareStream(input, options));
}

/** `compare` with its groups produced story by story when iterated (the same reduce as `compare --merge`). */
export function compareStream(input: readonly ArticleResult[], options: CompareOptions = {}): CompareStream {
  const { articles, errors } = mergeArticles([[...input]]);
  return reduceCompare(
    {
      ids: articles.map((a) => a.id),
      info: articles.map(infoOf),
      ranked: rankedProfiles(articles),
      skeletons: { at: (i) => articles[i], all: () => articles },
      load: (indices) => indices.map((i) => articles[i]),
      errors,
    },
    options,
  );
}

/** Title, path and metadata of an article, for reports (fields only when known). */
export function infoOf(a: ArticleResult): ArticleInfo {
  const info: ArticleInfo = { id: a.id, path: a.path, title: a.title };
  if (a.published) info.published = a.published;
  if (a.outlet) info.outlet = a.outlet;
  if (a.url) info.url = a.url;
  if (a.author) info.author = a.author;
  return info;
}

