/** Helpers shared by the compare formatters. */
import type { ArticleInfo, CompareResult, GroupStatus, Interval, QuantityGroup, Story } from '../../types.js';
import { articleLabels } from '../../compare/index.js';
import { formatNumber } from '../../compare/text.js';

export const BOUND_SIGN: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ' };

export const STATUS_TEXT: Record<GroupStatus, string> = {
  conflict: 'CONFLICT',
  compatible: 'COMPATIBLE',
  agree: 'AGREE',
  single: 'SINGLE',
};

/** "≥ 10.000", "1,28 Millionen". */
export function figureText(m: { value: number; bound: string }): string {
  return (BOUND_SIGN[m.bound] ?? '') + formatNumber(m.value);
}

/** "[10.000, ∞)", "(13.000, ∞)", "[1.500, 1.500]". */
export function intervalText(i: Interval): string {
  const lo = i.min === null ? '−∞' : formatNumber(i.min);
  const hi = i.max === null ? '∞' : formatNumber(i.max);
  return `${i.min !== null && i.minInclusive ? '[' : '('}${lo}, ${hi}${i.max !== null && i.maxInclusive ? ']' : ')'}`;
}

export function labeller(result: CompareResult): (id: string) => string {
  return articleLabels(result.articles);
}

export function articlesOf(g: QuantityGroup): string[] {
  return [...new Set(g.members.map((m) => m.article))];
}

/** "000:3 001:1" */
export function countsText(counts: Record<string, number>, label: (id: string) => string): string {
  return Object.entries(counts)
    .map(([a, n]) => `${label(a)}:${n}`)
    .join(' ');
}

export function statusSummary(result: CompareResult): string {
  const n: Record<string, number> = { conflict: 0, compatible: 0, agree: 0, single: 0 };
  for (const g of result.groups) n[g.status]++;
  return `${result.groups.length} groups: ${n.conflict} conflict, ${n.compatible} compatible, ${n.agree} agree, ${n.single} single`;
}

const STATUS_RANK: Record<GroupStatus, number> = { conflict: 0, compatible: 1, agree: 2, single: 3 };

/** One story as the reports show it: its articles (with metadata) and its groups, conflicts first. */
export interface StoryView {
  story: Story;
  articles: ArticleInfo[];
  groups: QuantityGroup[];
  /** Groups of more than one figure (every status but `single`). */
  shared: QuantityGroup[];
  singles: QuantityGroup[];
  conflicts: number;
}

/** Article metadata by id (a result without `articleInfo`, e.g. an older JSON file, gives ids only). */
export function infoById(result: CompareResult): Map<string, ArticleInfo> {
  const m = new Map<string, ArticleInfo>();
  for (const a of result.articleInfo ?? []) m.set(a.id, a);
  for (const id of result.articles) if (!m.has(id)) m.set(id, { id, path: id, title: '' });
  return m;
}

/**
 * The result by story, in the order the reports show them: stories with conflicts first (most
 * first), then by number of shared groups, then as compare ordered them. Groups whose story is
 * not listed (older JSON) form one story of their own.
 */
export function storyViews(result: CompareResult): StoryView[] {
  const info = infoById(result);
  const stories: Story[] = [...(result.stories ?? [])];
  const known = new Set(stories.map((s) => s.id));
  const orphans = result.groups.filter((g) => !known.has(g.story));
  if (orphans.length || stories.length === 0) {
    const inStories = new Set(stories.flatMap((s) => s.articles));
    stories.push({ id: '', label: '', articles: result.articles.filter((a) => !inStories.has(a)) });
  }
  const byStory = new Map<string, QuantityGroup[]>(stories.map((s) => [s.id, []]));
  for (const g of result.groups) byStory.get(known.has(g.story) ? g.story : '')!.push(g);
  const views = stories.map((story, i) => {
    const groups = byStory.get(story.id)!.map((g, k) => ({ g, k })).sort((a, b) => STATUS_RANK[a.g.status] - STATUS_RANK[b.g.status] || a.k - b.k).map((x) => x.g);
    const shared = groups.filter((g) => g.status !== 'single');
    return {
      view: {
        story,
        articles: story.articles.map((id) => info.get(id) ?? { id, path: id, title: '' }),
        groups,
        shared,
        singles: groups.filter((g) => g.status === 'single'),
        conflicts: shared.filter((g) => g.status === 'conflict').length,
      },
      i,
    };
  });
  views.sort((a, b) => b.view.conflicts - a.view.conflicts || b.view.shared.length - a.view.shared.length || a.i - b.i);
  return views.map((v) => v.view);
}

/** "Polizei: 8.000; Veranstalter: 20.000, mehr als 20.000" — who gives which figure. */
export function sourcesText(g: QuantityGroup): string {
  return (g.sources ?? []).map((s) => `${s.source}: ${s.figures.join(', ')}`).join('; ');
}

/** Where the figure stands in its sentence: [before, figure, after], or null when not found. */
export function inSentence(m: { text: string; context?: string }): [string, string, string] | null {
  if (!m.context) return null;
  const at = m.context.indexOf(m.text);
  if (at < 0) return null;
  return [m.context.slice(0, at), m.text, m.context.slice(at + m.text.length)];
}

/** "taz, 2. März 2024" / the title / the id: how an article is named in a report. */
export function articleName(a: ArticleInfo, label: (id: string) => string): string {
  return a.outlet ?? label(a.id);
}
