import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { ArticleResult, ExtractResult } from '../../types.js';
import type { FormatOptions, Formatter } from '../types.js';
import { stripControls } from '../sanitize.js';

const BOUND_SIGN: Record<string, string> = { eq: '=', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' };

function clip(s: string, n: number): string {
  const t = stripControls(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, Math.max(1, n - 1)) + '…' : t;
}

function grid(head: string[], widths: number[], rows: string[][], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) t.push(r);
  return t.toString();
}

/** Distributes `width` over columns in the given proportions (each at least 6 wide). */
function widthsFor(width: number, parts: number[]): number[] {
  const inner = Math.max(40, width) - (parts.length + 1);
  const sum = parts.reduce((a, b) => a + b, 0);
  const w = parts.map((p) => Math.max(6, Math.floor((inner * p) / sum)));
  return w;
}

function articleSection(a: ArticleResult, o: FormatOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const out: string[] = [];
  out.push(c.bold.underline(`${stripControls(a.id)}`) + (a.title ? c.dim('  ' + clip(a.title, o.width - a.id.length - 4)) : ''));
  out.push(
    c.dim(
      `${a.quantities.length} quantities · ${a.statements.length} statements · ${a.entities.length} entities · ${a.dates.length} dates`,
    ),
  );
  if (a.quantities.length) {
    const w = widthsFor(o.width, [34, 14, 14, 22]);
    out.push(
      grid(['quantity', 'value', 'unit', 'claimed by'], w, a.quantities.map((q) => [
        clip(q.text, 200),
        `${BOUND_SIGN[q.bound] ?? ''} ${q.value.toLocaleString('de-DE')}`,
        clip(q.unit ?? '', 40),
        q.statement !== undefined ? clip(a.statements[q.statement]?.speaker.name ?? '', 60) : '',
      ]), o.color),
    );
  }
  if (a.statements.length) {
    const w = widthsFor(o.width, [20, 12, 10, 56]);
    out.push(
      grid(['speaker', 'cue', 'kind', 'content'], w, a.statements.map((s) => [
        clip(s.speaker.name, 60),
        clip(s.cue.text, 30),
        s.kind === 'according_to' ? 'according' : s.kind,
        clip(s.content.text, 160),
      ]), o.color),
    );
  }
  if (a.entities.length) {
    const byType = new Map<string, string[]>();
    for (const e of a.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), `${stripControls(e.name)} (${e.mentions.length})`]);
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const names = byType.get(type);
      if (names) out.push(`${c.bold(type.padEnd(4))} ${names.join(', ')}`);
    }
  }
  if (a.dates.length) out.push(`${c.bold('DATE')} ${a.dates.map((d) => `${stripControls(d.text)} → ${d.value}`).join(' · ')}`);
  return out.join('\n');
}

/** Human-readable tables, one section per article; colour only when options.color. */
export const table: Formatter<ExtractResult> = (result, o) => {
  const sections = result.articles.map((a) => articleSection(a, o));
  const c = new Chalk({ level: o.color ? 1 : 0 });
  for (const e of result.errors) sections.push(c.red(`error: ${stripControls(e.message)}`));
  if (!result.articles.length && !result.errors.length) sections.push('no articles');
  return sections.join('\n\n') + '\n';
};
