/**
 * Stories: before any figure is compared, the articles are clustered into stories (events), and
 * quantities are only grouped inside one story. A folder of real news holds many stories, several of
 * the same kind (two demonstrations, two accidents); what tells them apart are the distinctive names,
 * places, dates and words the articles of one event share.
 *
 * 1. Profile: the article's profile keys (`articleProfile`: content-word keys of its title, claim
 *    sentences and statements, one key per entity name), plus a key per full date it mentions
 *    (`d:2019-03-02`) and per figure of 10 or more with its unit (`q:10000:soldat`). Key weights are smoothed inverse document frequencies over the input,
 *    `ln(1 + N / df)`; entity keys count `ENTITY_WEIGHT` times (a shared place or person says more
 *    than a shared word).
 * 2. Blocking: each article proposes candidates only through its `PROPOSE` rarest keys that at
 *    least one other article holds and at most `KEY_CAP` do, so the work grows with the number of
 *    articles, not with its square.
 * 3. Similarity: the weighted cosine of two profiles; halved when both articles carry publication
 *    days more than `MAX_DAYS` apart, cut to a tenth beyond six times that (a follow-up two months
 *    later is another story), or, without publication days, halved when they report from different
 *    years (the year their full dates name most often).
 * 4. Clustering: average linkage (the mean similarity over all article pairs of two clusters,
 *    unproposed pairs counting 0), merged greedily from the highest link while it is at least
 *    `LINK_MIN`. An article that fits no story forms its own.
 *
 * Everything is computed from extraction output and sorted by article id and key, so the result does
 * not depend on the order of the input or how it was sharded.
 */
import type { ArticleResult, Story } from '../types.js';
import { referenceYear } from './context.js';
import { articleProfile } from './similarity.js';
import { hash32 } from './groups.js';
import { cmp, fold, nameKey, stem } from './text.js';

/** A shared entity counts this many times a shared word. */
export const ENTITY_WEIGHT = 2;
/** Keys each article proposes candidate pairs through (its rarest shared ones). */
export const PROPOSE = 24;
/** A key held by more articles than this proposes no pairs (it still counts in the similarity). */
export const KEY_CAP = 200;
/** Two clusters join when their average similarity is at least this. */
export const LINK_MIN = 0.08;
/** Publication days further apart than this halve the similarity. */
export const MAX_DAYS = 10;

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})/;

interface Profile {
  keys: number[];
  weights: Float64Array;
  norm: number;
  day: number | null;
  year: number | null;
}

function dayOf(iso: string | undefined): number | null {
  const m = iso ? FULL_DATE.exec(iso) : null;
  if (!m) return null;
  const t = Date.parse(m[1] + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

/** Profile keys of an article for story clustering (sorted, unique). */
export function storyKeys(article: ArticleResult): string[] {
  const keys = articleProfile(article);
  for (const d of article.dates) {
    const m = FULL_DATE.exec(d.value);
    if (m) keys.add('d:' + m[1]);
  }
  // A figure with its unit ("10.000 Soldaten"): two reports of one event repeat their figures.
  for (const q of article.quantities) if (q.unit && q.value >= 10) keys.add('q:' + q.value + ':' + stem(fold(q.unit)));
  return [...keys].sort(cmp);
}

/** Cluster articles (sorted by id) into stories; returns the stories and each article's story id. */
export function clusterStories(articles: readonly ArticleResult[]): { stories: Story[]; storyOf: Map<string, string> } {
  const n = articles.length;
  const { keyLists, df, keyIds, profiles } = buildProfiles(articles);

  // Blocking: postings of the keys that may propose pairs.
  const postings = new Map<number, number[]>();
  const proposers = keyLists.map((ks) =>
    ks
      .filter((k) => df.get(k)! >= 2 && df.get(k)! <= KEY_CAP)
      .sort((a, b) => df.get(a)! - df.get(b)! || cmp(a, b))
      .slice(0, PROPOSE)
      .map((k) => keyIds.get(k)!),
  );
  proposers.forEach((ks, i) => {
    for (const k of ks) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(i);
    }
  });
  const sims: Map<number, number>[] = articles.map(() => new Map());
  for (let i = 0; i < n; i++) {
    for (const k of proposers[i]) {
      for (const j of postings.get(k) ?? []) {
        if (j === i || sims[i].has(j)) continue;
        const s = similarity(profiles[i], profiles[j]);
        sims[i].set(j, s);
        sims[j].set(i, s);
      }
    }
  }

  // Average-linkage clustering over the proposed pairs.
  const members: number[][] = articles.map((_, i) => [i]);
  const links: Map<number, number>[] = sims.map((m) => new Map([...m].filter(([, s]) => s > 0)));
  const alive = new Set(members.map((_, i) => i));
  const avgOf = (a: number, b: number) => (links[a].get(b) ?? 0) / (members[a].length * members[b].length);
  const heap = new LinkHeap();
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) heap.push(avgOf(a, b), a, b);
  for (;;) {
    const top = heap.pop();
    if (!top || top.avg < LINK_MIN) break;
    const { a, b } = top;
    // Stale entry: a cluster merged away, or the link changed since it was pushed.
    if (!alive.has(a) || !alive.has(b) || avgOf(a, b) !== top.avg) continue;
    // Merge b into a: sums of links add up.
    for (const [c, sum] of links[b]) {
      links[c].delete(b);
      if (c === a) continue;
      const v = (links[a].get(c) ?? 0) + sum;
      links[a].set(c, v);
      links[c].set(a, v);
    }
    links[a].delete(b);
    links[b].clear();
    members[a] = members[a].concat(members[b]).sort((x, y) => x - y);
    members[b] = [];
    alive.delete(b);
    for (const c of links[a].keys()) heap.push(avgOf(a, c), Math.min(a, c), Math.max(a, c));
  }

  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const a of [...alive].sort((x, y) => x - y)) {
    const ids = members[a].map((i) => articles[i].id);
    const story: Story = { id: 's' + hash32(ids.join('|')), label: storyLabel(members[a].map((i) => articles[i]), df), articles: ids };
    stories.push(story);
    for (const id of ids) storyOf.set(id, story.id);
  }
  stories.sort((x, y) => y.articles.length - x.articles.length || cmp(x.articles[0], y.articles[0]));
  return { stories, storyOf };
}

function buildProfiles(articles: readonly ArticleResult[]) {
  const n = articles.length;
  const keyLists = articles.map(storyKeys);
  const df = new Map<string, number>();
  for (const ks of keyLists) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const keyIds = new Map<string, number>([...df.keys()].sort(cmp).map((k, i) => [k, i]));
  const weightOf = (k: string) => Math.log(1 + n / df.get(k)!) * (k.startsWith('e:') ? ENTITY_WEIGHT : 1);
  const profiles: Profile[] = keyLists.map((ks, i) => {
    const pairs = ks.map((k) => [keyIds.get(k)!, weightOf(k)] as const).sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(pairs.map((p) => p[1]));
    let norm = 0;
    for (const w of weights) norm += w * w;
    return { keys: pairs.map((p) => p[0]), weights, norm: Math.sqrt(norm), day: dayOf(articles[i].published), year: referenceYear(articles[i]) };
  });
  return { keyLists, df, keyIds, profiles };
}

/** All pairwise story similarities (for inspection and tests; quadratic). */
export function storySimilarities(articles: readonly ArticleResult[]): number[][] {
  const { profiles } = buildProfiles(articles);
  return profiles.map((p) => profiles.map((q) => similarity(p, q)));
}

function similarity(p: Profile, q: Profile): number {
  if (!p.norm || !q.norm) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < p.keys.length && j < q.keys.length) {
    if (p.keys[i] === q.keys[j]) {
      dot += p.weights[i] * q.weights[j];
      i++;
      j++;
    } else if (p.keys[i] < q.keys[j]) i++;
    else j++;
  }
  let s = dot / (p.norm * q.norm);
  // Reports of one event appear within days of each other: publication days far apart, or (without
  // them) different years the articles report from, halve the similarity.
  if (p.day !== null && q.day !== null) {
    const gap = Math.abs(p.day - q.day);
    if (gap > MAX_DAYS) s *= gap > 6 * MAX_DAYS ? 0.1 : 0.5;
  } else if (p.year !== null && q.year !== null && p.year !== q.year) s /= 2;
  return s;
}

/** A story's label: the names most of its articles mention, rarest in the input first. */
function storyLabel(arts: readonly ArticleResult[], df: ReadonlyMap<string, number>): string {
  const count = new Map<string, { n: number; name: string; key: string }>();
  for (const a of arts) {
    const seen = new Set<string>();
    for (const e of a.entities) {
      const key = 'e:' + nameKey(e.name);
      if (seen.has(key)) continue;
      seen.add(key);
      const c = count.get(key);
      if (c) c.n++;
      else count.set(key, { n: 1, name: e.name, key });
    }
  }
  const need = arts.length > 1 ? 2 : 1;
  const top = [...count.values()]
    .filter((c) => c.n >= need)
    .sort((x, y) => y.n - x.n || (df.get(x.key) ?? 0) - (df.get(y.key) ?? 0) || cmp(x.name, y.name))
    .slice(0, 3)
    .map((c) => c.name);
  if (top.length) return top.join(' · ');
  return arts[0].title.slice(0, 60) || arts[0].id;
}

interface HeapEntry {
  avg: number;
  a: number;
  b: number;
}

/** Max-heap of cluster links: highest average first, then the lowest cluster indices (deterministic). */
class LinkHeap {
  private h: HeapEntry[] = [];
  private before(x: HeapEntry, y: HeapEntry): boolean {
    return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(avg: number, a: number, b: number): void {
    if (avg < LINK_MIN) return;
    const h = this.h;
    h.push({ avg, a, b });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): HeapEntry | undefined {
    const h = this.h;
    if (!h.length) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
