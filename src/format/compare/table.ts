import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { CompareResult, GroupStatus } from '../../types.js';
import type { FormatOptions, Formatter } from '../types.js';
import { stripControls } from '../sanitize.js';
import { wrap } from '../wrap.js';

export { wrap } from '../wrap.js';
import { articlesOf, countsText, figureText, labeller, STATUS_TEXT, statusSummary, storyViews } from './common.js';
import { readableDate } from '../dates.js';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function clean(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim();
}

function clip(s: string, n: number): string {
  const t = clean(s);
  return t.length > n ? t.slice(0, Math.max(1, n - 1)) + '…' : t;
}

/** Column widths for a terminal `width` wide, in the given proportions (borders included). */
function widthsFor(width: number, parts: number[]): number[] {
  const inner = Math.max(20, width) - (parts.length + 1);
  const sum = parts.reduce((a, b) => a + b, 0);
  const w = parts.map((p) => Math.max(6, Math.floor((inner * p) / sum)));
  // Never wider than the terminal: take back from the widest column.
  for (let total = w.reduce((a, b) => a + b, 0); total > inner; total--) {
    const i = w.indexOf(Math.max(...w));
    if (w[i] <= 4) break;
    w[i]--;
  }
  return w;
}

function grid(head: string[], widths: number[], rows: string[][], c: ChalkInstance): string {
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) t.push(r);
  return t.toString();
}

function paint(c: ChalkInstance, status: GroupStatus): (s: string) => string {
  switch (status) {
    case 'conflict':
      return (s) => c.red.bold(s);
    case 'compatible':
      return (s) => c.yellow.bold(s);
    case 'agree':
      return (s) => c.green.bold(s);
    default:
      return (s) => c.dim(s);
  }
}

/**
 * Terminal report by story: each story's articles, then its groups of several figures (conflicts
 * first, coloured by status) with who gives which figure; single figures only with `--singles`
 * (a count otherwise); then stance conflicts, entities and speakers across articles.
 */
export const table: Formatter<CompareResult> = (result, o: FormatOptions) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(20, Math.min(o.width, 200));
  const label = labeller(result);
  const out: string[] = [];
  const views = storyViews(result);
  const singles = result.groups.filter((g) => g.status === 'single').length;
  out.push(c.bold(clip(`claims compare · ${plural(result.articles.length, 'article')} · ${plural(views.length, 'story', 'stories')}`, width)));
  out.push(c.dim(wrap(statusSummary(result), width)));
  let quiet = 0;
  for (const v of views) {
    const groups = o.singles ? v.groups : v.shared;
    if (!groups.length) {
      quiet++;
      continue;
    }
    out.push('', c.bold.underline(clip(`STORY ${v.story.label || v.story.id || 'without a story'}`, width)));
    const names = v.articles.map((a) => [label(a.id), a.outlet, a.published ? readableDate(a.published) : undefined].filter(Boolean).join(', '));
    out.push(c.dim(wrap(`${plural(v.articles.length, 'article')}: ${names.join(' · ')}`, width, '  ')));
    for (const g of groups) {
      const head = `${STATUS_TEXT[g.status]}  `;
      const tail = `  (${plural(g.members.length, 'claim')}, ${plural(articlesOf(g).length, 'article')})`;
      out.push('');
      out.push(paint(c, g.status)(head) + c.bold(clip(g.label, Math.max(4, width - head.length - tail.length))) + c.dim(tail.length < width - head.length - 4 ? tail : ''));
      out.push(wrap(g.reason, width, '  '));
      if (g.updated) out.push(c.dim(wrap(`later reports ${g.updated === 'rising' ? 'raise' : 'lower'} the count: an update rather than a contradiction`, width, '  ')));
      const w = widthsFor(width, [10, 40, 16, 28]);
      out.push(
        grid(
          ['article', 'claim', 'figure', 'source'],
          w,
          g.members.map((m) => [clip(label(m.article), 40), clip(m.text, 200), figureText(m), clip(m.source ?? m.speaker ?? '', 80)]),
          c,
        ),
      );
    }
    if (!o.singles && v.singles.length) out.push(c.dim(wrap(`${plural(v.singles.length, 'single figure')} of one article not shown (--singles shows them)`, width, '  ')));
  }
  if (quiet) out.push('', c.dim(wrap(`${plural(quiet, 'more story', 'more stories')} without a figure reported by two articles${!o.singles && singles ? ' (--singles shows their figures)' : ''}`, width)));
  if (result.stances.length) {
    out.push('', c.bold('Stance conflicts'));
    for (const s of result.stances) {
      out.push(c.red.bold('CONFLICT  ') + c.bold(clip(s.subject, Math.max(4, width - 10))) + (s.topic && width - 18 - clean(s.subject).length >= 10 ? c.dim(' about ' + clip(s.topic, width - 18 - clean(s.subject).length)) : ''));
      for (const cl of s.claims) {
        out.push(wrap(`${label(cl.article)} ${cl.polarity === 'deny' ? 'denies' : 'confirms'} (${cl.speaker}, "${cl.cue}"): ${cl.content}`, width, '  '));
      }
    }
  }
  if (result.entities.length) {
    out.push('', c.bold('Entities across articles'));
    const w = widthsFor(width, [30, 6, 30, 30]);
    out.push(grid(['entity', 'type', 'mentions per article', 'variants'], w, result.entities.map((e) => [clip(e.name, 80), clip(String(e.type), 12), countsText(e.counts, label), clip(e.variants.join(', '), 120)]), c));
  }
  if (result.speakers.length) {
    out.push('', c.bold('Speakers across articles'));
    const w = widthsFor(width, [30, 30, 40]);
    out.push(grid(['speaker', 'statements per article', 'cues'], w, result.speakers.map((s) => [clip(s.name, 80), countsText(s.articles, label), clip(s.cues.join(', '), 160)]), c));
  }
  for (const e of result.errors) out.push(c.red(wrap(`error: ${e.path}: ${e.message}`, width)));
  if (!result.articles.length && !result.errors.length) out.push('no articles');
  return out.join('\n') + '\n';
};
