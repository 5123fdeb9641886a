import { readableDate } from '../dates.js';
import type { CompareResult, QuantityGroup } from '../../types.js';
import type { Formatter } from '../types.js';
import { mdCell } from '../sanitize.js';
import { countsText, figureText, inSentence, intervalText, labeller, sourcesText, statusSummary, storyViews } from './common.js';

function table(head: string[], rows: (string | number)[][]): string {
  if (!rows.length) return '_none_\n';
  const line = (cells: (string | number)[]) => '| ' + cells.map((c) => mdCell(String(c))).join(' | ') + ' |';
  return [line(head), '| ' + head.map(() => '---').join(' | ') + ' |', ...rows.map(line)].join('\n') + '\n';
}

/** The claim in its sentence, the figure in bold (every piece escaped). */
function claimCell(m: { text: string; context?: string }): string {
  const parts = inSentence(m);
  if (!parts) return mdCell(m.text);
  const [before, figure, after] = parts.map((p) => mdCell(p.replace(/\s+/g, ' ')));
  return `${before}**${figure}**${after}`;
}

function groupMd(g: QuantityGroup, label: (id: string) => string): string[] {
  const out = [`#### ${g.status}: ${mdCell(g.label)}`, '', mdCell(g.reason), ''];
  const sources = sourcesText(g);
  if (sources) out.push(`Sources: ${mdCell(sources)}`, '');
  if (g.updated) out.push(`_Later reports ${g.updated === 'rising' ? 'raise' : 'lower'} the count: an update rather than a contradiction._`, '');
  const head = ['article', 'claim in its sentence', 'figure', 'interval', 'source', 'when'];
  const rows = g.members.map((m) => [mdCell(label(m.article)), claimCell(m), mdCell(figureText(m)), mdCell(intervalText(m.interval)), mdCell(m.source ?? m.speaker ?? ''), mdCell([m.time, ...(m.dates ?? [])].filter((x): x is string => !!x).map(readableDate).join(', '))]);
  const line = (cells: string[]) => '| ' + cells.join(' | ') + ' |';
  out.push([line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n'), '');
  return out;
}

/**
 * A Markdown report by story: each story's articles (title, outlet, date, link) and its groups of
 * several figures with the claims in their sentences; single figures only with `--singles`; then
 * stance conflicts, entities, speakers.
 */
export const md: Formatter<CompareResult> = (result, o) => {
  const label = labeller(result);
  const views = storyViews(result);
  const out: string[] = ['# claims compare', ''];
  out.push(`${result.articles.length} articles in ${views.length} ${views.length === 1 ? 'story' : 'stories'}. ${mdCell(statusSummary(result))}.`, '');
  let quiet = 0;
  for (const v of views) {
    const groups = o.singles ? v.groups : v.shared;
    if (!groups.length) {
      quiet++;
      continue;
    }
    out.push(`## Story: ${mdCell(v.story.label || v.story.id || 'without a story')}`, '');
    out.push(
      table(
        ['article', 'title', 'outlet', 'published', 'url'],
        v.articles.map((a) => [label(a.id), a.title, a.outlet ?? '', a.published ? readableDate(a.published) : '', a.url ?? '']),
      ),
    );
    for (const g of groups) out.push(...groupMd(g, label));
    if (!o.singles && v.singles.length) out.push(`_${v.singles.length} single figure${v.singles.length === 1 ? '' : 's'} of one article not shown (\`--singles\` shows them)._`, '');
  }
  if (quiet) out.push(`_${quiet} more ${quiet === 1 ? 'story' : 'stories'} without a figure reported by two articles._`, '');
  out.push('## Stance conflicts', '');
  if (!result.stances.length) out.push('_none_', '');
  for (const s of result.stances) {
    out.push(`### ${mdCell(s.subject)}${s.topic ? ': ' + mdCell(s.topic) : ''}`, '');
    out.push(table(['article', 'polarity', 'speaker', 'cue', 'content'], s.claims.map((c) => [label(c.article), c.polarity, c.speaker, c.cue, c.content])));
  }
  out.push('## Entities', '', table(['entity', 'type', 'articles', 'variants'], result.entities.map((e) => [e.name, e.type, countsText(e.counts, label), e.variants.join(', ')])));
  out.push('## Speakers', '', table(['speaker', 'articles', 'cues'], result.speakers.map((s) => [s.name, countsText(s.articles, label), s.cues.join(', ')])));
  if (result.errors.length) out.push('## Errors', '', table(['path', 'message'], result.errors.map((e) => [e.path, e.message])));
  return out.join('\n');
};
