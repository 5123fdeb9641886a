import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { ArticleResult, ExtractResult } from '../../types.js';
import type { FormatOptions, Formatter } from '../types.js';
import { stripControls } from '../sanitize.js';
import { wrap } from '../wrap.js';

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

/** Distributes `width` over columns in the given proportions (each at least 6 wide), never wider than `width`. */
function widthsFor(width: number, parts: number[]): number[] {
  const inner = Math.max(40, width) - (parts.length + 1);
  const sum = parts.reduce((a, b) => a + b, 0);
  const w = parts.map((p) => Math.max(6, Math.floor((inner * p) / sum)));
  for (let total = w.reduce((a, b) => a + b, 0); total > inner; total--) {
    const i = w.indexOf(Math.max(...w));
    if (w[i] <= 4) break;
    w[i]--;
  }
  return w;
}

function articleSection(a: ArticleResult, o: FormatOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const out: string[] = [];
  const id = clip(a.id, Math.max(10, o.width - 12));
  out.push(c.bold.underline(id) + (a.title && o.width - id.length - 4 >= 8 ? c.dim('  ' + clip(a.title, o.width - id.length - 2)) : ''));
  const meta = [a.outlet, a.published, a.url].filter((x): x is string => !!x);
  if (meta.length) out.push(c.dim(wrap(meta.join(' · '), o.width, '  ')));
  out.push(
    c.dim(
      wrap(`${a.quantities.length} quantities · ${a.statements.length} statements · ${a.entities.length} entities · ${a.dates.length} dates`, o.width, '  '),
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
      if (names) out.push(c.bold(type.padEnd(4)) + wrap(names.join(', '), o.width, '     ').slice(4));
    }
  }
  if (a.dates.length) out.push(c.bold('DATE') + wrap(a.dates.map((d) => `${d.text} → ${d.value}`).join(' · '), o.width, '     ').slice(4));
  return out.join('\n');
}

/** Human-readable tables, one section per article; colour only when options.color. */
export const table: Formatter<ExtractResult> = (result, o) => {
  const sections = result.articles.map((a) => articleSection(a, o));
  const c = new Chalk({ level: o.color ? 1 : 0 });
  for (const e of result.errors) sections.push(c.red(wrap(`error: ${e.message}`, o.width, '  ')));
  if (!result.articles.length && !result.errors.length) sections.push('no articles');
  return sections.join('\n\n') + '\n';
};
