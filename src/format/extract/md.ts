import type { ArticleResult, ExtractResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { mdCell } from '../sanitize.js';

function table(head: string[], rows: (string | number)[][]): string {
  if (!rows.length) return '_none_\n';
  const line = (cells: (string | number)[]) => '| ' + cells.map((c) => mdCell(String(c))).join(' | ') + ' |';
  return [line(head), '| ' + head.map(() => '---').join(' | ') + ' |', ...rows.map(line)].join('\n') + '\n';
}

function speakerOf(a: ArticleResult, i: number | undefined): string {
  return i === undefined ? '' : (a.statements[i]?.speaker.name ?? '');
}

/** A Markdown report: one section per article with its quantities, statements, entities and dates. */
export const md: Formatter<ExtractResult> = (result) => {
  const out: string[] = ['# claims extract', ''];
  for (const a of result.articles) {
    out.push(`## ${mdCell(a.id)}${a.title ? ' — ' + mdCell(a.title) : ''}`, '');
    out.push('### Quantities', '', table(['text', 'value', 'bound', 'unit', 'speaker', 'rule'], a.quantities.map((q) => [q.text, q.value, q.bound, q.unit ?? '', speakerOf(a, q.statement), q.rule])));
    out.push('### Statements', '', table(['speaker', 'cue', 'kind', 'content', 'rule'], a.statements.map((s) => [s.speaker.name, s.cue.text, s.kind, s.content.text, s.rule])));
    out.push('### Entities', '', table(['name', 'type', 'mentions', 'rule'], a.entities.map((e) => [e.name, e.type, e.mentions.length, e.rule])));
    out.push('### Dates', '', table(['text', 'value', 'rule'], a.dates.map((d) => [d.text, d.value, d.rule])));
  }
  if (result.errors.length) out.push('## Errors', '', table(['path', 'message'], result.errors.map((e) => [e.path, e.message])));
  return out.join('\n');
};
