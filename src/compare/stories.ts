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
/**
 * Links (positive similarities) each article keeps: its strongest, ties to the lower article index.
 * A link counts when either end keeps it, so every article keeps its `LINKS` nearest and the link
 * graph has at most `LINKS` × articles links, however many articles share its words (an archive of
 * 100,000 generated articles proposes ≈ 190 per article). Reports of one event are each other's
 * strongest links; what is dropped are the weak ones to other stories, which only lower averages.
 */
export const LINKS = 32;
/** Two clusters join when their average similarity is at least this. */
export const LINK_MIN = 0.08;
/** Publication days further apart than this halve the similarity. */
export const MAX_DAYS = 10;

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** An article's profile: its key ranks (ascending) and the norm of its weight vector. */
interface Profile {
  keys: Int32Array;
  norm: number;
  day: number | null;
  year: number | null;
}

/** Profiles and the weight of each key rank (one array for all articles, not one per article). */
interface Profiles {
  list: Profile[];
  weight: Float64Array;
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

/** What story clustering needs of one article, computed from it alone (a `--partial` record carries it). */
export interface StoryProfile {
  /** `storyKeys`: sorted, unique. */
  keys: string[];
  /** Publication day (days since 1970), or null. */
  day: number | null;
  /** `referenceYear`: the year it reports from, or null. */
  year: number | null;
}

export function storyProfile(article: ArticleResult): StoryProfile {
  return { keys: storyKeys(article), day: dayOf(article.published), year: referenceYear(article) };
}

/**
 * Profile keys of many articles as numbers: each key gets a provisional number when first seen;
 * `rank()` then numbers the keys that kept articles hold in sorted order (so ties broken by key
 * number are ties broken by key text) and counts their document frequencies. Shared by the
 * one-process `compare` and `compare --merge`, which reads the keys shard by shard.
 */
export class KeyTable {
  private ids = new Map<string, number>();
  private texts: string[] = [];
  /** Provisional key numbers of a profile's keys. */
  add(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      let id = this.ids.get(keys[i]);
      if (id === undefined) {
        id = this.texts.length;
        this.ids.set(keys[i], id);
        this.texts.push(keys[i]);
      }
      out[i] = id;
    }
    return out;
  }
  /** Rank the keys of the given articles' provisional key lists (the articles kept, sorted by id). */
  rank(lists: readonly Int32Array[], days: readonly (number | null)[], years: readonly (number | null)[]): RankedProfiles {
    const used = new Uint8Array(this.texts.length);
    for (const l of lists) for (const k of l) used[k] = 1;
    const order: number[] = [];
    for (let k = 0; k < used.length; k++) if (used[k]) order.push(k);
    order.sort((a, b) => cmp(this.texts[a], this.texts[b]));
    const rankOf = new Int32Array(this.texts.length).fill(-1);
    order.forEach((k, r) => (rankOf[k] = r));
    const df = new Int32Array(order.length);
    const entity = new Uint8Array(order.length);
    order.forEach((k, r) => (entity[r] = this.texts[k].startsWith('e:') ? 1 : 0));
    const keys = lists.map((l) => {
      const out = new Int32Array(l.length);
      for (let i = 0; i < l.length; i++) df[(out[i] = rankOf[l[i]])]++;
      return out.sort();
    });
    const textOf = this.texts;
    const ids = this.ids;
    return {
      keys,
      days,
      years,
      df,
      entity,
      dfOf: (key) => {
        const id = ids.get(key);
        return id === undefined || rankOf[id] < 0 ? 0 : df[rankOf[id]];
      },
      text: (r) => textOf[order[r]],
    };
  }
}

/** Profiles with keys numbered in sorted key order, and the document frequency of each key. */
export interface RankedProfiles {
  /** Per article: its key ranks, ascending. */
  keys: Int32Array[];
  days: readonly (number | null)[];
  years: readonly (number | null)[];
  /** Per key rank: in how many articles. */
  df: Int32Array;
  /** Per key rank: 1 for an entity key (`e:`). */
  entity: Uint8Array;
  /** Document frequency of a key by its text (0 when no article holds it). */
  dfOf(key: string): number;
  text(rank: number): string;
}

/** Ranked profiles of articles (sorted by id) held in memory. */
export function rankedProfiles(articles: readonly ArticleResult[]): RankedProfiles {
  const table = new KeyTable();
  const ps = articles.map(storyProfile);
  return table.rank(
    ps.map((p) => table.add(p.keys)),
    ps.map((p) => p.day),
    ps.map((p) => p.year),
  );
}

/** Cluster articles (sorted by id) into stories; returns the stories and each article's story id. */
export function clusterStories(articles: readonly ArticleResult[]): { stories: Story[]; storyOf: Map<string, string> } {
  const ranked = rankedProfiles(articles);
  const stories = clusterRanked(ranked).map((members) => makeStory(members.map((i) => articles[i]), ranked.dfOf));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id);
  return { stories, storyOf };
}

/** A story of articles (sorted by id): its id (a hash of the ids) and label. */
export function makeStory(arts: readonly ArticleResult[], dfOf: (key: string) => number): Story {
  const ids = arts.map((a) => a.id);
  return { id: 's' + hash32(ids.join('|')), label: storyLabel(arts, dfOf), articles: ids };
}

/**
 * Cluster ranked profiles (articles sorted by id) into stories: the article indices of each story,
 * ascending, the stories in output order (most articles first, then by first article).
 */
export function clusterRanked(ranked: RankedProfiles): number[][] {
  const n = ranked.keys.length;
  const { list: profiles, weight } = profilesOf(ranked);
  const df = ranked.df;

  // Blocking: postings of the keys that may propose pairs (rarest first, ties by key text = rank).
  const postings = new Map<number, number[]>();
  const proposers = ranked.keys.map((ks) =>
    Int32Array.from(
      [...ks]
        .filter((k) => df[k] >= 2 && df[k] <= KEY_CAP)
        .sort((a, b) => df[a] - df[b] || a - b)
        .slice(0, PROPOSE),
    ),
  );
  proposers.forEach((ks, i) => {
    for (const k of ks) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(i);
    }
  });
  // Similarities of the proposed pairs, kept where positive; of them, each article keeps its
  // `LINKS` strongest (the links of average linkage are those kept by either end). A pair is
  // proposed when both articles propose a common key, so the pairs of i are found from i's keys.
  const top = new TopLinks(n, LINKS);
  const mark = new Int32Array(n).fill(-1);
  const mine: number[] = [];
  for (let i = 0; i < n; i++) {
    mine.length = 0;
    for (const k of proposers[i]) {
      for (const j of postings.get(k) ?? []) {
        if (j <= i || mark[j] === i) continue;
        mark[j] = i;
        mine.push(j);
      }
    }
    for (const j of mine) {
      const s = similarity(profiles[i], profiles[j], weight);
      if (s > 0) {
        top.offer(i, j, s);
        top.offer(j, i, s);
      }
    }
  }
  postings.clear();
  const links = new Links(n, top);

  // Average-linkage clustering over the proposed pairs.
  const members: number[][] = ranked.keys.map((_, i) => [i]);
  const alive = new Set(members.map((_, i) => i));
  const avgOf = (a: number, b: number) => (links.get(a, b) ?? 0) / (members[a].length * members[b].length);
  const heap = new LinkHeap();
  // Every article is its own cluster: its links are the similarities themselves.
  links.eachFirst((a, b, s) => heap.push(s, a, b));
  for (;;) {
    const top = heap.pop();
    if (!top || top.avg < LINK_MIN) break;
    const { a, b } = top;
    // Stale entry: a cluster merged away, or the link changed since it was pushed.
    if (!alive.has(a) || !alive.has(b) || avgOf(a, b) !== top.avg) continue;
    // Merge b into a: sums of links add up.
    for (const [c, sum] of links.entries(b)) {
      links.delete(c, b);
      if (c === a) continue;
      const v = (links.get(a, c) ?? 0) + sum;
      links.set(a, c, v);
      links.set(c, a, v);
    }
    links.delete(a, b);
    links.clear(b);
    members[a] = members[a].concat(members[b]).sort((x, y) => x - y);
    members[b] = [];
    alive.delete(b);
    for (const [c] of links.entries(a)) heap.push(avgOf(a, c), Math.min(a, c), Math.max(a, c));
  }
  // Articles are sorted by id, so the first member's index orders stories as its id would.
  return [...alive]
    .sort((x, y) => x - y)
    .map((a) => members[a])
    .sort((x, y) => y.length - x.length || x[0] - y[0]);
}

function profilesOf(ranked: RankedProfiles): Profiles {
  const n = ranked.keys.length;
  const weight = Float64Array.from(ranked.df, (df, k) => Math.log(1 + n / df) * (ranked.entity[k] ? ENTITY_WEIGHT : 1));
  const list = ranked.keys.map((keys, i) => {
    let norm = 0;
    for (const k of keys) norm += weight[k] * weight[k];
    return { keys, norm: Math.sqrt(norm), day: ranked.days[i], year: ranked.years[i] };
  });
  return { list, weight };
}

/** All pairwise story similarities (for inspection and tests; quadratic). */
export function storySimilarities(articles: readonly ArticleResult[]): number[][] {
  const { list, weight } = profilesOf(rankedProfiles(articles));
  return list.map((p) => list.map((q) => similarity(p, q, weight)));
}

function similarity(p: Profile, q: Profile, weight: Float64Array): number {
  if (!p.norm || !q.norm) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < p.keys.length && j < q.keys.length) {
    if (p.keys[i] === q.keys[j]) {
      dot += weight[p.keys[i]] * weight[q.keys[j]];
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
function storyLabel(arts: readonly ArticleResult[], dfOf: (key: string) => number): string {
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
    .sort((x, y) => y.n - x.n || dfOf(x.key) - dfOf(y.key) || cmp(x.name, y.name))
    .slice(0, 3)
    .map((c) => c.name);
  if (top.length) return top.join(' · ');
  return arts[0].title.slice(0, 60) || arts[0].id;
}

/**
 * Per article, its `k` strongest links so far (highest similarity first, then the lower neighbour
 * index: deterministic, independent of the order links are offered), in fixed typed arrays: each
 * article's slots are a min-heap whose root is its weakest kept link.
 */
class TopLinks {
  readonly nbr: Int32Array;
  readonly val: Float64Array;
  readonly count: Int32Array;
  constructor(
    readonly n: number,
    readonly k: number,
  ) {
    this.nbr = new Int32Array(n * k);
    this.val = new Float64Array(n * k);
    this.count = new Int32Array(n);
  }
  /** Slot x is weaker than slot y (lower similarity, or equal and the higher neighbour). */
  private weaker(x: number, y: number): boolean {
    return this.val[x] < this.val[y] || (this.val[x] === this.val[y] && this.nbr[x] > this.nbr[y]);
  }
  private swap(x: number, y: number): void {
    const v = this.val[x];
    this.val[x] = this.val[y];
    this.val[y] = v;
    const j = this.nbr[x];
    this.nbr[x] = this.nbr[y];
    this.nbr[y] = j;
  }
  offer(i: number, j: number, s: number): void {
    const base = i * this.k;
    const c = this.count[i];
    if (c < this.k) {
      // Room left: add at the end and sift up.
      let x = base + c;
      this.nbr[x] = j;
      this.val[x] = s;
      this.count[i] = c + 1;
      while (x > base) {
        const p = base + ((x - base - 1) >> 1);
        if (!this.weaker(x, p)) break;
        this.swap(x, p);
        x = p;
      }
      return;
    }
    // Full: replace the weakest kept link when the new one is stronger, and sift down.
    if (s < this.val[base] || (s === this.val[base] && j > this.nbr[base])) return;
    this.nbr[base] = j;
    this.val[base] = s;
    let x = 0;
    for (;;) {
      const l = 2 * x + 1;
      const r = l + 1;
      let m = x;
      if (l < c && this.weaker(base + l, base + m)) m = l;
      if (r < c && this.weaker(base + r, base + m)) m = r;
      if (m === x) break;
      this.swap(base + x, base + m);
      x = m;
    }
  }
  /** Sort each article's kept links by neighbour (for lookups); the heaps are done with. */
  sortRows(): void {
    const idx: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const base = i * this.k;
      const c = this.count[i];
      idx.length = 0;
      for (let x = 0; x < c; x++) idx.push(x);
      idx.sort((x, y) => this.nbr[base + x] - this.nbr[base + y]);
      const nb = idx.map((x) => this.nbr[base + x]);
      const vs = idx.map((x) => this.val[base + x]);
      for (let x = 0; x < c; x++) {
        this.nbr[base + x] = nb[x];
        this.val[base + x] = vs[x];
      }
    }
  }
  /** Whether i keeps its link to j (after `sortRows`). */
  keeps(i: number, j: number): boolean {
    let lo = i * this.k;
    let hi = lo + this.count[i] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.nbr[mid];
      if (v === j) return true;
      if (v < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The link sums of average linkage: per cluster, its links to other clusters. At the start every
 * article's links sit in compact sorted arrays (12 bytes a link, not a Map entry and a boxed number
 * each: a merge of 100,000 articles holds millions of links); what merging changes goes into a small
 * Map per cluster on top (a value, or -1 for a deleted link). Same values as one Map per cluster.
 */
class Links {
  private off: Int32Array;
  private nbr: Int32Array;
  private val: Float64Array;
  private over: (Map<number, number> | null)[];
  private cleared: Uint8Array;
  constructor(n: number, top: TopLinks) {
    top.sortRows();
    const k = top.k;
    // Row of x: the links x keeps, and those kept by another article y only (x not among x's own).
    const deg = new Int32Array(n);
    for (let x = 0; x < n; x++) {
      deg[x] += top.count[x];
      for (let t = x * k; t < x * k + top.count[x]; t++) if (!top.keeps(top.nbr[t], x)) deg[top.nbr[t]]++;
    }
    this.off = new Int32Array(n + 1);
    for (let x = 0; x < n; x++) this.off[x + 1] = this.off[x] + deg[x];
    this.nbr = new Int32Array(this.off[n]);
    this.val = new Float64Array(this.off[n]);
    const fill = this.off.slice(0, n);
    for (let x = 0; x < n; x++) {
      for (let t = x * k; t < x * k + top.count[x]; t++) {
        const y = top.nbr[t];
        this.nbr[fill[x]] = y;
        this.val[fill[x]++] = top.val[t];
        if (!top.keeps(y, x)) {
          this.nbr[fill[y]] = x;
          this.val[fill[y]++] = top.val[t];
        }
      }
    }
    // Sort each row by neighbour.
    const idx: number[] = [];
    for (let x = 0; x < n; x++) {
      const a = this.off[x];
      const b = this.off[x + 1];
      idx.length = 0;
      for (let t = a; t < b; t++) idx.push(t);
      idx.sort((p, q) => this.nbr[p] - this.nbr[q]);
      const nb = idx.map((t) => this.nbr[t]);
      const vs = idx.map((t) => this.val[t]);
      for (let t = a; t < b; t++) {
        this.nbr[t] = nb[t - a];
        this.val[t] = vs[t - a];
      }
    }
    this.over = new Array(n).fill(null);
    this.cleared = new Uint8Array(n);
  }
  /** Each link a < b before any change, with its value. */
  eachFirst(f: (a: number, b: number, v: number) => void): void {
    for (let a = 0; a + 1 < this.off.length; a++) for (let k = this.off[a]; k < this.off[a + 1]; k++) if (a < this.nbr[k]) f(a, this.nbr[k], this.val[k]);
  }
  /** Index of y in x's sorted row, or -1. */
  private find(x: number, y: number): number {
    let lo = this.off[x];
    let hi = this.off[x + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.nbr[mid];
      if (v === y) return mid;
      if (v < y) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  get(x: number, y: number): number | undefined {
    if (this.cleared[x]) return undefined;
    const o = this.over[x]?.get(y);
    if (o !== undefined) return o < 0 ? undefined : o;
    const k = this.find(x, y);
    return k < 0 ? undefined : this.val[k];
  }
  set(x: number, y: number, v: number): void {
    let o = this.over[x];
    if (!o) this.over[x] = o = new Map();
    o.set(y, v);
  }
  delete(x: number, y: number): void {
    if (this.find(x, y) >= 0) this.set(x, y, -1);
    else this.over[x]?.delete(y);
  }
  clear(x: number): void {
    this.cleared[x] = 1;
    this.over[x] = null;
  }
  /** The links of x as [cluster, sum] (a snapshot: safe to change other clusters' links meanwhile). */
  entries(x: number): [number, number][] {
    const out: [number, number][] = [];
    if (this.cleared[x]) return out;
    const o = this.over[x];
    for (let k = this.off[x]; k < this.off[x + 1]; k++) {
      const y = this.nbr[k];
      const v = o?.get(y);
      if (v === undefined) out.push([y, this.val[k]]);
      else if (v >= 0) out.push([y, v]);
    }
    if (o) for (const [y, v] of o) if (v >= 0 && this.find(x, y) < 0) out.push([y, v]);
    return out;
  }
}

interface HeapEntry {
  avg: number;
  a: number;
  b: number;
}

/**
 * Max-heap of cluster links: highest average first, then the lowest cluster indices (deterministic).
 * Entries live in typed arrays (a merge of 100,000 articles pushes millions).
 */
class LinkHeap {
  private avg = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private size = 0;
  private before(x: number, y: number): boolean {
    const ax = this.avg[x];
    const ay = this.avg[y];
    return ax > ay || (ax === ay && (this.a[x] < this.a[y] || (this.a[x] === this.a[y] && this.b[x] < this.b[y])));
  }
  private swap(x: number, y: number): void {
    const v = this.avg[x];
    this.avg[x] = this.avg[y];
    this.avg[y] = v;
    const a = this.a[x];
    this.a[x] = this.a[y];
    this.a[y] = a;
    const b = this.b[x];
    this.b[x] = this.b[y];
    this.b[y] = b;
  }
  push(avg: number, a: number, b: number): void {
    if (avg < LINK_MIN) return;
    if (this.size === this.avg.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T): T => {
        const y = new (x.constructor as { new (n: number): T })(x.length * 2);
        y.set(x);
        return y;
      };
      this.avg = grow(this.avg);
      this.a = grow(this.a);
      this.b = grow(this.b);
    }
    let i = this.size++;
    this.avg[i] = avg;
    this.a[i] = a;
    this.b[i] = b;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): HeapEntry | undefined {
    if (!this.size) return undefined;
    const top = { avg: this.avg[0], a: this.a[0], b: this.b[0] };
    const last = --this.size;
    if (last > 0) {
      this.avg[0] = this.avg[last];
      this.a[0] = this.a[last];
      this.b[0] = this.b[last];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.before(l, m)) m = l;
        if (r < last && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
