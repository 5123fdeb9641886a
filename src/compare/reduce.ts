/**
 * The reduce of `compare`, shared by the one-process `compare` (articles in memory) and
 * `compare --merge` (articles in `--partial` files on disk), so the two cannot drift apart:
 *
 * 1. Stories from the story profiles of all articles (small: key numbers, publication day, year);
 *    key weights use document frequencies over all articles.
 * 2. Entities, speakers and stance conflicts from each article's skeleton (entity names, mention
 *    texts, statements without offsets): these tables span stories.
 * 3. Quantity groups story by story, lazily: only the articles of one story are loaded at a time, so
 *    the memory of this step is bounded by the largest story. A story's groups depend on its own
 *    articles only (and on the short article labels, which depend on all article ids).
 *
 * Everything is ordered by article id, key and story, never by input order.
 */
import type { ArticleInfo, ArticleResult, CompareResult, InputError, QuantityGroup, Story } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { mergeEntities, mergeSpeakers } from './entities.js';
import { articleCount, groupQuantities } from './groups.js';
import { findStances } from './stances.js';
import { clusterRanked, makeStory, type RankedProfiles } from './stories.js';
import { cmp } from './text.js';
import type { CompareOptions } from './index.js';

/** What the reduce reads: articles kept (sorted by id, no duplicate ids) and input errors. */
export interface ReduceInput {
  ids: readonly string[];
  info: readonly ArticleInfo[];
  ranked: RankedProfiles;
  /**
   * Per article, what the entity, speaker and stance tables and the story labels read: id, title,
   * entities (name, type, id, mention texts) and statements (speaker, cue and content texts, sentence).
   */
  skeletons: Skeletons;
  /** Whole articles (everything grouping reads) by index, ascending. */
  load(indices: readonly number[]): ArticleResult[];
  /** Input errors, duplicate ids included. */
  errors: readonly InputError[];
}

/** Skeletons by index, or all in order (read again for each table: a merge keeps them on disk). */
export interface Skeletons {
  at(i: number): ArticleResult;
  all(): Iterable<ArticleResult>;
}

/** A comparison whose groups are produced story by story when iterated (once). */
export type CompareStream = Omit<CompareResult, 'groups'> & { groups: Iterable<QuantityGroup> };

/** Short name of each article for reasons: the part before the first "_" when unique ("002"). */
export function articleLabels(ids: readonly string[]): (id: string) => string {
  const prefix = (id: string) => {
    const m = /^([^_\s]+)_/.exec(id);
    return m ? m[1] : id;
  };
  const count = new Map<string, number>();
  for (const id of ids) count.set(prefix(id), (count.get(prefix(id)) ?? 0) + 1);
  const all = new Set(ids);
  return (id) => (count.get(prefix(id)) === 1 && !all.has(prefix(id)) ? prefix(id) : id);
}

export function reduceCompare(input: ReduceInput, options: CompareOptions = {}): CompareStream {
  const { ids, skeletons, ranked } = input;
  const label = articleLabels(ids);
  const clusters = clusterRanked(ranked);
  const stories: Story[] = clusters.map((members) => makeStory(members.map((i) => skeletons.at(i)), ranked.dfOf));
  const index = mergeEntities(skeletons.all(), ids);
  const speakers = mergeSpeakers(skeletons.all(), index, ids);
  const stances = findStances(skeletons.all(), index, {
    polarity: options.polarity ?? new Map(),
    verbLemma: options.verbLemma,
    nounLemma: options.nounLemma,
    particleVerbLemma: options.particleVerbLemma,
    demonym: options.demonym,
  });
  const errors = [...(options.errors ?? []), ...input.errors].sort((a, b) => cmp(a.path, b.path) || cmp(a.message, b.message));
  const min = options.minArticles ?? 1;
  function* groups(): Generator<QuantityGroup> {
    // Group ids are hashes of their members; a (very unlikely) collision gets a suffix in output order.
    const used = new Set<string>();
    for (let s = 0; s < clusters.length; s++) {
      const found = groupQuantities({
        articles: input.load(clusters[s]),
        classes: options.unitClasses ?? new Map(),
        compoundHead: options.compoundHead,
        isNoun: options.isNoun,
        isMeasure: options.isMeasure,
        classParents: options.classParents,
        demonym: options.demonym,
        label,
        story: stories[s].id,
        factWords: options.factWords,
      });
      for (const g of found) {
        let id = g.id;
        for (let k = 2; used.has(id); k++) id = `${g.id}-${k}`;
        used.add(id);
        g.id = id;
        if (min > 1 && articleCount(g) < min) continue;
        yield g;
      }
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [...ids],
    articleInfo: [...input.info],
    stories,
    groups: groups(),
    entities: index.rows,
    speakers,
    stances,
    errors,
  };
}

/** The stream with its groups collected. */
export function collectStream(s: CompareStream): CompareResult {
  return { ...s, groups: [...s.groups] };
}
