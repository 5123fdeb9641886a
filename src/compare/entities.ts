/**
 * Entities and speakers merged across articles. Names are matched on a folded key (letters only,
 * so "Lee Jae-myung" = "Lee Jae Myung"); a key that is another key plus a genitive "s" joins it
 * ("Kim Jong-uns" → "Kim Jong-un", "Südkoreas" → "Südkorea"); a one-word person name joins the
 * only multi-word person whose last name it is ("Scholz" → "Olaf Scholz").
 */
import type { ArticleResult, CompareEntity, CompareSpeaker, EntityType, Statement } from '../types.js';
import { cmp, fold, nameKey, stem } from './text.js';

/**
 * What one folded name key collects, compactly (a merge of 100,000 articles holds ≈ 2 million
 * entity occurrences here): article numbers (indices into the sorted article ids, so ascending as
 * the articles come) in plain small-integer arrays rather than sets of id strings.
 */
interface KeyInfo {
  key: string;
  /** name → articles using it as an entity name (ascending, no repeats) */
  names: Map<string, number[]>;
  /** type → articles (ascending, no repeats) */
  types: Map<EntityType, number[]>;
  /** id of the entity per name (first seen in article order) */
  ids: Map<string, string>;
  variants: Set<string>;
  /** articles (ascending, no repeats) and their mention counts */
  arts: number[];
  counts: number[];
  hasMultiWordPer: boolean;
}

/** Appends article `i` to an ascending list unless it is already its last element. */
function addArticle(list: number[], i: number): void {
  if (list[list.length - 1] !== i) list.push(i);
}

/** The number of distinct articles in several ascending lists. */
function unionSize(lists: readonly number[][]): number {
  if (lists.length === 1) return lists[0].length;
  const seen = new Set<number>();
  for (const l of lists) for (const x of l) seen.add(x);
  return seen.size;
}

/**
 * Per-article counts merged from several keys (ascending article lists with counts), as two typed
 * arrays: the rows of a merge keep one (article, count) pair per entity and article, 8 bytes each.
 */
function mergeCounts(parts: readonly { arts: number[]; counts: number[] }[]): { arts: Int32Array; counts: Int32Array } {
  if (parts.length === 1) return { arts: Int32Array.from(parts[0].arts), counts: Int32Array.from(parts[0].counts) };
  const sum = new Map<number, number>();
  for (const p of parts) for (let j = 0; j < p.arts.length; j++) sum.set(p.arts[j], (sum.get(p.arts[j]) ?? 0) + p.counts[j]);
  const arts = Int32Array.from(sum.keys()).sort();
  const counts = new Int32Array(arts.length);
  for (let j = 0; j < arts.length; j++) counts[j] = sum.get(arts[j])!;
  return { arts, counts };
}

/**
 * `{ article id: count }` in article order, built when read (JSON output, formatters) from the
 * row's typed arrays: the merge does not hold a million-key object per table.
 */
export function countsRecord(ids: readonly string[], arts: Int32Array, counts: Int32Array): Record<string, number> {
  const o: Record<string, number> = {};
  for (let j = 0; j < arts.length; j++) setOwn(o, ids[arts[j]], counts[j]);
  return o;
}

/** A row object whose `counts` (an enumerable property, in field order) is made when read. */
function lazyCounts<T extends object>(fields: T, key: string, make: () => Record<string, number>, after?: object): T {
  Object.defineProperty(fields, key, { get: make, enumerable: true, configurable: true });
  if (after) Object.assign(fields, after);
  return fields;
}

export interface EntityIndex {
  rows: CompareEntity[];
  /** Row of a folded name key (`nameKey`), before genitive and surname merging of look-ups. */
  byKey(key: string): CompareEntity | undefined;
  /** Row of a name (folded key, genitive and surname merging applied), or undefined. */
  lookup(name: string): CompareEntity | undefined;
  /** Rows of locations, by the 6-letter stem of their name ("nordko" → Nordkorea). */
  locationStems: Map<string, CompareEntity>;
}

const TYPE_ORDER: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

class UnionFind {
  parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    // Deterministic root: the shorter key (the base form), then code-point order.
    const [root, child] = x.length < y.length || (x.length === y.length && x < y) ? [x, y] : [y, x];
    this.parent.set(child, root);
  }
}

/**
 * The merged entity table over articles in the order of `ids` (sorted by id, as the reduce reads
 * them; article i has id ids[i]).
 */
export function mergeEntities(articles: Iterable<ArticleResult>, ids: readonly string[]): EntityIndex {
  const infos = new Map<string, KeyInfo>();
  let ai = -1;
  for (const a of articles) {
    ai++;
    for (const e of a.entities) {
      const key = nameKey(e.name);
      if (!key) continue;
      let info = infos.get(key);
      if (!info) {
        info = { key, names: new Map(), types: new Map(), ids: new Map(), variants: new Set(), arts: [], counts: [], hasMultiWordPer: false };
        infos.set(key, info);
      }
      let byName = info.names.get(e.name);
      if (!byName) info.names.set(e.name, (byName = []));
      addArticle(byName, ai);
      let byType = info.types.get(e.type);
      if (!byType) info.types.set(e.type, (byType = []));
      addArticle(byType, ai);
      if (!info.ids.has(e.name)) info.ids.set(e.name, e.id);
      info.variants.add(e.name);
      for (const m of e.mentions) info.variants.add(m.text);
      const n = Math.max(1, e.mentions.length);
      if (info.arts[info.arts.length - 1] === ai) info.counts[info.counts.length - 1] += n;
      else {
        info.arts.push(ai);
        info.counts.push(n);
      }
      if (e.type === 'PER' && /\s/.test(e.name.trim())) info.hasMultiWordPer = true;
    }
  }
  const uf = new UnionFind();
  const keys = [...infos.keys()].sort(cmp);
  for (const k of keys) {
    if (k.endsWith('s') && k.length > 3 && infos.has(k.slice(0, -1))) uf.union(k, k.slice(0, -1));
  }
  // Surname → full name, when exactly one multi-word person carries it.
  const bySurname = new Map<string, Set<string>>();
  for (const k of keys) {
    const info = infos.get(k)!;
    if (!info.hasMultiWordPer) continue;
    for (const name of info.names.keys()) {
      const parts = name.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const last = nameKey(parts[parts.length - 1]);
      let set = bySurname.get(last);
      if (!set) bySurname.set(last, (set = new Set()));
      set.add(k);
    }
  }
  for (const k of keys) {
    const info = infos.get(k)!;
    const single = [...info.names.keys()].every((n) => !/\s/.test(n.trim()));
    if (!single || !info.types.has('PER')) continue;
    const full = bySurname.get(k) ?? bySurname.get(k.endsWith('s') ? k.slice(0, -1) : '');
    if (full && full.size === 1) {
      const [only] = full;
      if (only !== k) uf.union(only, k);
    }
  }

  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const r = uf.find(k);
    const list = groups.get(r) ?? [];
    list.push(k);
    groups.set(r, list);
  }
  const rows: CompareEntity[] = [];
  const stats = new Map<CompareEntity, [number, number]>();
  const rowOfKey = new Map<string, CompareEntity>();
  for (const [root, members] of [...groups.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    // A name belongs to one key (its folded form): its articles are that key's list.
    const nameArticles = new Map<string, number[]>();
    const typeArticles = new Map<EntityType, number[][]>();
    const entityIds = new Map<string, string>();
    const variants = new Set<string>();
    for (const k of members) {
      const info = infos.get(k)!;
      for (const [n, arts] of info.names) {
        nameArticles.set(n, arts);
        if (!entityIds.has(n)) entityIds.set(n, info.ids.get(n)!);
      }
      for (const [t, arts] of info.types) {
        const lists = typeArticles.get(t);
        if (lists) lists.push(arts);
        else typeArticles.set(t, [arts]);
      }
      for (const v of info.variants) variants.add(v);
    }
    const name = [...nameArticles.entries()].sort(
      (a, b) =>
        b[1].length - a[1].length ||
        Number(nameKey(b[0]) === root) - Number(nameKey(a[0]) === root) ||
        b[0].length - a[0].length ||
        cmp(a[0], b[0]),
    )[0][0];
    const type = [...typeArticles.entries()]
      .map(([t, lists]) => [t, unionSize(lists)] as const)
      .sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0][0];
    const { arts, counts } = mergeCounts(members.map((k) => infos.get(k)!));
    const row = lazyCounts({ id: entityIds.get(name)!, name, type, variants: [...variants].sort(cmp) } as CompareEntity, 'counts', () => countsRecord(ids, arts, counts));
    rows.push(row);
    stats.set(row, [arts.length, counts.reduce((s, c) => s + c, 0)]);
    for (const k of members) rowOfKey.set(k, row);
  }
  infos.clear();
  rows.sort((a, b) => {
    const [na, ta] = stats.get(a)!;
    const [nb, tb] = stats.get(b)!;
    return nb - na || tb - ta || cmp(a.name, b.name) || cmp(a.id, b.id);
  });
  const lookup = (name: string): CompareEntity | undefined => {
    const k = nameKey(name);
    if (!k) return undefined;
    return rowOfKey.get(k) ?? (k.endsWith('s') ? rowOfKey.get(k.slice(0, -1)) : undefined) ?? rowOfKey.get(uf.find(k));
  };
  const locationStems = new Map<string, CompareEntity>();
  for (const r of [...rows].sort((a, b) => cmp(a.name, b.name))) {
    if (r.type !== 'LOC' || /\s/.test(r.name.trim())) continue;
    const s = stem(fold(r.name).replace(/[^a-z]/g, ''));
    if (s.length >= 4 && !locationStems.has(s)) locationStems.set(s, r);
  }
  return { rows, byKey: (key) => rowOfKey.get(key), lookup, locationStems };
}

/** Names a statement credits: each of several speakers, or the one speaker. */
export function speakerNames(s: Statement): string[] {
  const names = s.speaker.names && s.speaker.names.length > 1 ? s.speaker.names : [s.speaker.name];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** The merged entity row of a statement's speaker name, if any. */
export function speakerRow(index: EntityIndex, article: ArticleResult, s: Statement, name: string): CompareEntity | undefined {
  if (name === s.speaker.name && s.speaker.entity) {
    // The speaker's entity of this article (the last with that id and a name key), by its key.
    let key = '';
    for (const e of article.entities) {
      if (e.id !== s.speaker.entity) continue;
      const k = nameKey(e.name);
      if (k) key = k;
    }
    const row = key ? index.byKey(key) : undefined;
    if (row) return row;
  }
  return index.lookup(name);
}

/** The merged speaker table over articles in the order of `ids` (as `mergeEntities`). */
export function mergeSpeakers(articles: Iterable<ArticleResult>, index: EntityIndex, ids: readonly string[]): CompareSpeaker[] {
  interface Acc {
    names: Map<string, number>;
    entity: string | null;
    rowName: string | null;
    /** articles (ascending, no repeats) and statements per article */
    arts: number[];
    counts: number[];
    cues: Set<string>;
  }
  const acc = new Map<string, Acc>();
  let ai = -1;
  for (const a of articles) {
    ai++;
    for (const s of a.statements) {
      for (const name of speakerNames(s)) {
        const row = speakerRow(index, a, s, name);
        const key = row ? 'e:' + row.id : 'n:' + nameKey(name);
        if (key === 'n:') continue;
        let x = acc.get(key);
        if (!x) {
          x = { names: new Map(), entity: row ? row.id : null, rowName: row ? row.name : null, arts: [], counts: [], cues: new Set() };
          acc.set(key, x);
        }
        x.names.set(name, (x.names.get(name) ?? 0) + 1);
        if (x.arts[x.arts.length - 1] === ai) x.counts[x.counts.length - 1]++;
        else {
          x.arts.push(ai);
          x.counts.push(1);
        }
        if (s.cue.text.trim()) x.cues.add(s.cue.text.trim());
      }
    }
  }
  const out: CompareSpeaker[] = [];
  const stats = new Map<CompareSpeaker, [number, number]>();
  for (const x of acc.values()) {
    const name = x.rowName ?? [...x.names.entries()].sort((p, q) => q[1] - p[1] || q[0].length - p[0].length || cmp(p[0], q[0]))[0][0];
    const arts = Int32Array.from(x.arts);
    const counts = Int32Array.from(x.counts);
    const speaker = lazyCounts({ name, entity: x.entity } as CompareSpeaker, 'articles', () => countsRecord(ids, arts, counts), { cues: [...x.cues].sort(cmp) });
    out.push(speaker);
    stats.set(speaker, [arts.length, counts.reduce((p, c) => p + c, 0)]);
  }
  acc.clear();
  out.sort((a, b) => {
    const [na, ta] = stats.get(a)!;
    const [nb, tb] = stats.get(b)!;
    return nb - na || tb - ta || cmp(a.name, b.name) || cmp(a.entity ?? '', b.entity ?? '');
  });
  return out;
}

/** An own key even for `__proto__` (an article named `__proto__.txt`): plain assignment would set the prototype. */
function setOwn(o: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
