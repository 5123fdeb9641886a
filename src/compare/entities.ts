/**
 * Entities and speakers merged across articles. Names are matched on a folded key (letters only,
 * so "Lee Jae-myung" = "Lee Jae Myung"); a key that is another key plus a genitive "s" joins it
 * ("Kim Jong-uns" → "Kim Jong-un", "Südkoreas" → "Südkorea"); a one-word person name joins the
 * only multi-word person whose last name it is ("Scholz" → "Olaf Scholz").
 */
import type { ArticleResult, CompareEntity, CompareSpeaker, EntityType, Statement } from '../types.js';
import { cmp, fold, nameKey, stem } from './text.js';

interface KeyInfo {
  key: string;
  /** name → set of articles using it as an entity name */
  names: Map<string, Set<string>>;
  types: Map<EntityType, Set<string>>;
  /** id of the entity per name (first seen in article order) */
  ids: Map<string, string>;
  variants: Set<string>;
  counts: Map<string, number>;
  hasMultiWordPer: boolean;
}

export interface EntityIndex {
  rows: CompareEntity[];
  /** Row of an entity id of an article (the entities statements name as their speaker). */
  byArticleEntity: Map<string, CompareEntity>;
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

export function mergeEntities(articles: Iterable<ArticleResult>): EntityIndex {
  const infos = new Map<string, KeyInfo>();
  const entityKey = new Map<string, string>(); // article \0 entity id → key
  for (const a of articles) {
    // Only speakers' entity ids are looked up by article (`speakerRow`): a table of every entity of
    // 100,000 articles would be the largest thing a merge holds.
    const speakerIds = new Set<string>();
    for (const s of a.statements) if (s.speaker.entity) speakerIds.add(s.speaker.entity);
    for (const e of a.entities) {
      const key = nameKey(e.name);
      if (!key) continue;
      let info = infos.get(key);
      if (!info) {
        info = { key, names: new Map(), types: new Map(), ids: new Map(), variants: new Set(), counts: new Map(), hasMultiWordPer: false };
        infos.set(key, info);
      }
      if (!info.names.has(e.name)) info.names.set(e.name, new Set());
      info.names.get(e.name)!.add(a.id);
      if (!info.types.has(e.type)) info.types.set(e.type, new Set());
      info.types.get(e.type)!.add(a.id);
      if (!info.ids.has(e.name)) info.ids.set(e.name, e.id);
      info.variants.add(e.name);
      for (const m of e.mentions) info.variants.add(m.text);
      info.counts.set(a.id, (info.counts.get(a.id) ?? 0) + Math.max(1, e.mentions.length));
      if (e.type === 'PER' && /\s/.test(e.name.trim())) info.hasMultiWordPer = true;
      if (speakerIds.has(e.id)) entityKey.set(a.id + '\u0000' + e.id, key);
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
  const rowOfKey = new Map<string, CompareEntity>();
  for (const [root, members] of [...groups.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const nameArticles = new Map<string, Set<string>>();
    const typeArticles = new Map<EntityType, Set<string>>();
    const ids = new Map<string, string>();
    const variants = new Set<string>();
    const counts = new Map<string, number>();
    for (const k of members) {
      const info = infos.get(k)!;
      for (const [n, arts] of info.names) {
        const s = nameArticles.get(n) ?? new Set<string>();
        for (const x of arts) s.add(x);
        nameArticles.set(n, s);
        if (!ids.has(n)) ids.set(n, info.ids.get(n)!);
      }
      for (const [t, arts] of info.types) {
        const s = typeArticles.get(t) ?? new Set<string>();
        for (const x of arts) s.add(x);
        typeArticles.set(t, s);
      }
      for (const v of info.variants) variants.add(v);
      for (const [a, c] of info.counts) counts.set(a, (counts.get(a) ?? 0) + c);
    }
    const name = [...nameArticles.entries()].sort(
      (a, b) =>
        b[1].size - a[1].size ||
        Number(nameKey(b[0]) === root) - Number(nameKey(a[0]) === root) ||
        b[0].length - a[0].length ||
        cmp(a[0], b[0]),
    )[0][0];
    const type = [...typeArticles.entries()].sort(
      (a, b) => b[1].size - a[1].size || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]),
    )[0][0];
    const sortedCounts: Record<string, number> = {};
    for (const a of [...counts.keys()].sort(cmp)) setOwn(sortedCounts, a, counts.get(a)!);
    const row: CompareEntity = { id: ids.get(name)!, name, type, variants: [...variants].sort(cmp), counts: sortedCounts };
    rows.push(row);
    for (const k of members) rowOfKey.set(k, row);
  }
  const stats = new Map<CompareEntity, [number, number]>();
  for (const r of rows) stats.set(r, [Object.keys(r.counts).length, Object.values(r.counts).reduce((s, c) => s + c, 0)]);
  rows.sort((a, b) => {
    const [na, ta] = stats.get(a)!;
    const [nb, tb] = stats.get(b)!;
    return nb - na || tb - ta || cmp(a.name, b.name) || cmp(a.id, b.id);
  });
  const byArticleEntity = new Map<string, CompareEntity>();
  for (const [k, key] of entityKey) byArticleEntity.set(k, rowOfKey.get(key)!);
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
  return { rows, byArticleEntity, lookup, locationStems };
}

/** Names a statement credits: each of several speakers, or the one speaker. */
export function speakerNames(s: Statement): string[] {
  const names = s.speaker.names && s.speaker.names.length > 1 ? s.speaker.names : [s.speaker.name];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** The merged entity row of a statement's speaker name, if any. */
export function speakerRow(index: EntityIndex, article: ArticleResult, s: Statement, name: string): CompareEntity | undefined {
  if (name === s.speaker.name && s.speaker.entity) {
    const row = index.byArticleEntity.get(article.id + '\u0000' + s.speaker.entity);
    if (row) return row;
  }
  return index.lookup(name);
}

export function mergeSpeakers(articles: Iterable<ArticleResult>, index: EntityIndex): CompareSpeaker[] {
  interface Acc {
    names: Map<string, number>;
    entity: string | null;
    rowName: string | null;
    articles: Map<string, number>;
    cues: Set<string>;
  }
  const acc = new Map<string, Acc>();
  for (const a of articles) {
    for (const s of a.statements) {
      for (const name of speakerNames(s)) {
        const row = speakerRow(index, a, s, name);
        const key = row ? 'e:' + row.id : 'n:' + nameKey(name);
        if (key === 'n:') continue;
        let x = acc.get(key);
        if (!x) {
          x = { names: new Map(), entity: row ? row.id : null, rowName: row ? row.name : null, articles: new Map(), cues: new Set() };
          acc.set(key, x);
        }
        x.names.set(name, (x.names.get(name) ?? 0) + 1);
        x.articles.set(a.id, (x.articles.get(a.id) ?? 0) + 1);
        if (s.cue.text.trim()) x.cues.add(s.cue.text.trim());
      }
    }
  }
  const out: CompareSpeaker[] = [];
  for (const x of acc.values()) {
    const name = x.rowName ?? [...x.names.entries()].sort((p, q) => q[1] - p[1] || q[0].length - p[0].length || cmp(p[0], q[0]))[0][0];
    const arts: Record<string, number> = {};
    for (const k of [...x.articles.keys()].sort(cmp)) setOwn(arts, k, x.articles.get(k)!);
    out.push({ name, entity: x.entity, articles: arts, cues: [...x.cues].sort(cmp) });
  }
  const total = (s: CompareSpeaker) => Object.values(s.articles).reduce((p, c) => p + c, 0);
  out.sort(
    (a, b) =>
      Object.keys(b.articles).length - Object.keys(a.articles).length || total(b) - total(a) || cmp(a.name, b.name) || cmp(a.entity ?? '', b.entity ?? ''),
  );
  return out;
}

/** An own key even for `__proto__` (an article named `__proto__.txt`): plain assignment would set the prototype. */
function setOwn(o: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
