import { readableDate } from '../dates.js';
import type { CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { mdCell } from '../sanitize.js';
import { countsText, figureText, intervalText, labeller, statusSummary } from './common.js';

function table(head: string[], rows: (string | number)[][]): string {
  if (!rows.length) return '_none_\n';
  const line = (cells: (string | number)[]) => '| ' + cells.map((c) => mdCell(String(c))).join(' | ') + ' |';
  return [line(head), '| ' + head.map(() => '---').join(' | ') + ' |', ...rows.map(line)].join('\n') + '\n';
}

/** A Markdown report: quantity groups (status, reason, members), entities, speakers, stances. */
export const md: Formatter<CompareResult> = (result) => {
  const label = labeller(result);
  const out: string[] = ['# claims compare', ''];
  out.push(`${result.articles.length} articles: ${result.articles.map((a) => mdCell(a)).join(', ')}`, '');
  out.push('## Quantity groups', '', mdCell(statusSummary(result)), '');
  for (const g of result.groups) {
    out.push(`### ${g.status}: ${mdCell(g.label)}`, '', mdCell(g.reason), '');
    out.push(
      table(
        ['article', 'claim', 'figure', 'interval', 'speaker', 'dates'],
        g.members.map((m) => [label(m.article), m.text, figureText(m), intervalText(m.interval), m.speaker ?? '', (m.dates ?? []).map(readableDate).join(', ')]),
      ),
    );
  }
  out.push('## Entities', '', table(['entity', 'type', 'articles', 'variants'], result.entities.map((e) => [e.name, e.type, countsText(e.counts, label), e.variants.join(', ')])));
  out.push('## Speakers', '', table(['speaker', 'articles', 'cues'], result.speakers.map((s) => [s.name, countsText(s.articles, label), s.cues.join(', ')])));
  out.push('## Stance conflicts', '');
  if (!result.stances.length) out.push('_none_', '');
  for (const s of result.stances) {
    out.push(`### ${mdCell(s.subject)}${s.topic ? ': ' + mdCell(s.topic) : ''}`, '');
    out.push(table(['article', 'polarity', 'speaker', 'cue', 'content'], s.claims.map((c) => [label(c.article), c.polarity, c.speaker, c.cue, c.content])));
  }
  if (result.errors.length) out.push('## Errors', '', table(['path', 'message'], result.errors.map((e) => [e.path, e.message])));
  return out.join('\n');
};
