/**
 * Article similarity: do two articles report the same story? Quantities are only linked across
 * articles that are similar enough (`SIM_MIN`), so figures of unrelated stories that happen to
 * share a unit ("100 Millionen Euro" of a flood aid programme and of a strike's daily cost, "zwei
 * Jahren" of a sentence and of a company plan) never meet.
 *
 * An article's *profile* is built from extraction output only (never the source text, so both
 * routes of `claims compare` agree): the content-word keys (`contentKeys`: folded, function and
 * number words dropped, cut to 6 letters) of its title, of the sentences that hold its quantities
 * (`quantity.context`, or the optional `sentences` of the article), of its statements' contents,
 * and of its entity names, plus one key per entity name (`e:` + the letters of the name), so a
 * shared named entity counts twice. The similarity of two profiles is their cosine as sets,
 * `shared / sqrt(|A| · |B|)`, or, when larger, half their overlap coefficient,
 * `shared / min(|A|, |B|) / 2` (a three-sentence brief of a long report shares most of its words
 * with it, but few of the report's). It is independent of the other articles of the input (adding
 * an unrelated article changes nothing).
 *
 * On the dev corpus and the seeds, articles about the same event score 0.18–0.35, unrelated ones
 * at most 0.11 (they share only generic words: "Euro", "deutsch", "Bundes…").
 */
import type { ArticleResult } from '../types.js';
import { sentencesOf } from './context.js';
import { contentKeys, nameKey } from './text.js';

/** Below this similarity two articles are about different stories: none of their quantities link. */
export const SIM_MIN = 0.12;
/** From this similarity on, two articles clearly tell the same story (looser links allowed). */
export const SIM_SAME = 0.16;

/** Profile keys of an article (unsorted set). */
export function articleProfile(article: ArticleResult): Set<string> {
  const keys = new Set<string>();
  const texts = new Set<string>();
  if (article.title) texts.add(article.title);
  const sentences = sentencesOf(article);
  if (sentences) for (const s of sentences) texts.add(s.text);
  for (const q of article.quantities) if (q.context) texts.add(q.context.text);
  for (const s of article.statements) texts.add(s.content.text);
  for (const t of [...texts].sort()) contentKeys(t, keys);
  for (const e of article.entities) {
    contentKeys(e.name, keys);
    const k = nameKey(e.name);
    if (k.length >= 2) keys.add('e:' + k);
  }
  return keys;
}

/** Pairwise article similarity, computed lazily and cached (only for pairs that blocking proposes). */
export class ArticleSimilarity {
  private profiles: Int32Array[];
  private cache = new Map<number, number>();
  constructor(articles: readonly ArticleResult[], keyId: (key: string) => number) {
    this.profiles = articles.map((a) => {
      const ids = [...articleProfile(a)].map(keyId);
      return Int32Array.from(ids).sort();
    });
  }
  /** Cosine of the two profiles (1 for the same article). */
  get(a: number, b: number): number {
    if (a === b) return 1;
    const [x, y] = a < b ? [a, b] : [b, a];
    const k = x * this.profiles.length + y;
    let v = this.cache.get(k);
    if (v === undefined) {
      const p = this.profiles[x];
      const q = this.profiles[y];
      if (p.length && q.length) {
        const shared = sharedCount(p, q);
        // Cosine, or half the overlap coefficient when one article is a short brief of a long one.
        v = Math.max(shared / Math.sqrt(p.length * q.length), shared / Math.min(p.length, q.length) / 2);
      } else v = 0;
      this.cache.set(k, v);
    }
    return v;
  }
}

/** Size of the intersection of two sorted id arrays. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
