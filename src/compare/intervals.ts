/** Interval logic for comparing figures: overlap, status of a set of claims, plain-English reasons. */
import type { Bound, GroupStatus, Interval } from '../types.js';
import { BOUND_WORDS, formatNumber } from './text.js';

/** True when the two intervals share at least one point (open ends respected). */
export function overlaps(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) =>
    x.max === null || y.min === null || x.max > y.min || (x.max === y.min && x.maxInclusive && y.minInclusive);
  return below(a, b) && below(b, a);
}

const LOWER: ReadonlySet<Bound> = new Set(['gte', 'gt']);
const UPPER: ReadonlySet<Bound> = new Set(['lte', 'lt']);

export interface Claim {
  article: string;
  value: number;
  bound: Bound;
  interval: Interval;
  /** Who gives the figure (speaker or attribution), when known. */
  source?: string | null;
  /** When it was reported (ISO 8601), when known. */
  time?: string | null;
}

/** "2016-02-09T14:10:00+01:00" → "2016-02-09 14:10"; a date stays a date. */
export function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? m[1] + (m[2] ? ' ' + m[2] : '') : iso;
}

/**
 * Status of a set of claims from several articles:
 * - `single`: one article only (unless it reports two figures that cannot both be right: conflict);
 * - `agree`: every claim names the same number, and no two point in opposite directions
 *   ("mindestens 13.000" and "mehr als 13.000" agree; so do "13.000" and "rund 13.000");
 * - `conflict`: two claims' intervals are disjoint (1.500 vs "mindestens 10.000");
 * - `compatible`: otherwise — the intervals all overlap but the numbers differ.
 */
export function statusOf(claims: readonly Claim[]): GroupStatus {
  const articles = new Set(claims.map((c) => c.article));
  if (articles.size < 2) return disjointPair(claims) ? 'conflict' : 'single';
  const sameValue = claims.every((c) => c.value === claims[0].value);
  if (sameValue) {
    const lower = claims.some((c) => LOWER.has(c.bound));
    const upper = claims.some((c) => UPPER.has(c.bound));
    if (!(lower && upper)) return 'agree';
  }
  return disjointPair(claims) ? 'conflict' : 'compatible';
}

/**
 * A disjoint pair, or null: the claim whose interval ends lowest against the one whose interval
 * starts highest (in one dimension, some two intervals are disjoint exactly when these two are).
 * A pair from two articles is preferred; a pair from one article (grouping keeps such a pair only
 * when the article reports a disagreement: "Die Feuerwehr zählt 15 Tote, die Polizei dagegen 12")
 * is the answer when no other exists.
 */
export function disjointPair(claims: readonly Claim[]): [Claim, Claim] | null {
  let low: Claim | null = null;
  let high: Claim | null = null;
  const upper = (c: Claim) => (c.interval.max === null ? Infinity : c.interval.max);
  const lower = (c: Claim) => (c.interval.min === null ? -Infinity : c.interval.min);
  for (const c of claims) {
    if (!low || upper(c) < upper(low) || (upper(c) === upper(low) && !c.interval.maxInclusive && low.interval.maxInclusive)) low = c;
    if (!high || lower(c) > lower(high) || (lower(c) === lower(high) && !c.interval.minInclusive && high.interval.minInclusive)) high = c;
  }
  if (!low || !high || low === high || overlaps(low.interval, high.interval)) return null;
  if (low.article === high.article) {
    // Rare: prefer a pair across articles.
    for (let i = 0; i < claims.length; i++)
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i];
        const b = claims[j];
        if (a.article !== b.article && !overlaps(a.interval, b.interval)) return a.value <= b.value ? [a, b] : [b, a];
      }
  }
  return [low, high];
}

/** "at least 10.000", "1.500", "about 2". */
export function figure(c: { value: number; bound: Bound }): string {
  const w = BOUND_WORDS[c.bound] ?? '';
  return (w ? w + ' ' : '') + formatNumber(c.value);
}

/** "000 and 002" / "000, 001 and 002". */
function andList(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1];
}

/**
 * Why a group has its status, in words a reader understands:
 * "002 says 1.500; 000 says at least 10.000 — 002 and 000 cannot both be right."
 */
export function reasonOf(status: GroupStatus, claims: readonly Claim[], label: (article: string) => string): string {
  // One part per article and source, with its distinct figures, in article order:
  // "002 (Polizei, 2024-03-02 14:10) says 8.000".
  const seen = new Set<string>();
  const parts: string[] = [];
  const byArticle = new Map<string, string[]>();
  const bySource = new Map<string, { who: string; figs: string[] }>();
  for (const c of claims) {
    const f = figure(c);
    const k = c.article + '\u0000' + f;
    const extra = [c.source, c.time ? shortTime(c.time) : null].filter((x): x is string => !!x);
    const who = label(c.article) + (extra.length ? ` (${extra.join(', ')})` : '');
    const sk = c.article + '\u0000' + (c.source ?? '');
    let s = bySource.get(sk);
    if (!s) bySource.set(sk, (s = { who, figs: [] }));
    if (!s.figs.includes(f)) s.figs.push(f);
    if (seen.has(k)) continue;
    seen.add(k);
    const list = byArticle.get(c.article) ?? [];
    list.push(f);
    byArticle.set(c.article, list);
  }
  for (const { who, figs } of bySource.values()) parts.push(`${who} says ${figs.join(' and ')}`);
  const said = parts.join('; ');
  switch (status) {
    case 'single':
      return `Only ${label(claims[0].article)} gives this figure: ${[...byArticle.values()][0].join(', ')}.`;
    case 'agree': {
      const names = andList([...byArticle.keys()].map(label));
      const differentWording = [...byArticle.values()].some((f) => f.some((x) => x !== figure({ value: claims[0].value, bound: 'eq' })));
      return differentWording
        ? `${names} give the same number, ${formatNumber(claims[0].value)} (${said}).`
        : `${names} all say ${formatNumber(claims[0].value)}.`;
    }
    case 'compatible':
      return `${said}. The figures differ, but they can all be true.`;
    case 'conflict': {
      const pair = disjointPair(claims);
      if (!pair) return said + '.';
      const [a, b] = pair;
      if (a.article === b.article) return `${said}. ${label(a.article)} reports both ${figure(a)} and ${figure(b)}: they cannot both be right.`;
      return `${said}. ${label(a.article)} (${figure(a)}) and ${label(b.article)} (${figure(b)}) cannot both be right.`;
    }
  }
}
