/** Helpers shared by the compare formatters. */
import type { CompareResult, GroupStatus, Interval, QuantityGroup } from '../../types.js';
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
