import { Chalk } from 'chalk';
import type { DiffItem, DiffReport, FieldChange } from '../../eval/diff.js';
import type { Formatter } from '../types.js';
import { mdCell, stripControls } from '../sanitize.js';

const LAYER_NAME: Record<DiffItem['layer'], string> = { dates: 'date', quantities: 'quantity', entities: 'entity', statements: 'statement' };
const SIGN: Record<DiffItem['change'], string> = { added: '+', removed: '-', changed: '~' };

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'min' in v && 'max' in v) {
    const i = v as { min: number | null; max: number | null; minInclusive: boolean; maxInclusive: boolean };
    return `${i.minInclusive ? '[' : '('}${i.min ?? '-∞'}, ${i.max ?? '∞'}${i.maxInclusive ? ']' : ')'}`;
  }
  return JSON.stringify(v);
}

function oneLine(s: string, max = 90): string {
  const t = stripControls(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function changeText(c: FieldChange, max = 90): string {
  return `${c.field}: ${oneLine(show(c.old), max)} → ${oneLine(show(c.new), max)}`;
}

function counts(a: DiffReport['articlesAdded'][number]): string {
  return `${a.quantities} quantities, ${a.dates} dates, ${a.entities} entities, ${a.statements} statements`;
}

/** Unified-diff-like text: one block per article, `+` appeared, `-` disappeared, `~` changed. Empty when identical. */
export const table: Formatter<DiffReport> = (r, o) => {
  if (r.identical) return '';
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const colour = { added: c.green, removed: c.red, changed: c.yellow };
  const out: string[] = [];
  for (const a of r.articlesRemoved) out.push(c.red(`- article ${stripControls(a.id)} (${counts(a)})`));
  for (const a of r.articlesAdded) out.push(c.green(`+ article ${stripControls(a.id)} (${counts(a)})`));
  let current = '';
  for (const i of r.items) {
    if (i.article !== current) {
      current = i.article;
      out.push(c.bold(stripControls(i.article)));
    }
    const head = `  ${SIGN[i.change]} ${LAYER_NAME[i.layer].padEnd(9)} „${oneLine(i.text, 70)}“`;
    const tail = i.change === 'changed' ? i.changes.map((ch) => changeText(ch, 60)).join('; ') : oneLine(i.summary);
    out.push(colour[i.change](head) + '  ' + tail + c.dim(`  [${stripControls(i.rule)}]`));
  }
  for (const e of r.errorsRemoved) out.push(c.red(`- error ${stripControls(e.path)}: ${oneLine(e.message)}`));
  for (const e of r.errorsAdded) out.push(c.green(`+ error ${stripControls(e.path)}: ${oneLine(e.message)}`));
  out.push(c.dim(`${r.counts.added} appeared, ${r.counts.removed} disappeared, ${r.counts.changed} changed`));
  return out.join('\n') + '\n';
};

/** The whole diff report as JSON (printed also when identical: `"identical": true`). */
export const json: Formatter<DiffReport> = (r) => JSON.stringify(r, null, 2) + '\n';

/** Markdown: one table of every difference. Empty when identical. */
export const md: Formatter<DiffReport> = (r) => {
  if (r.identical) return '';
  const out: string[] = ['## claims diff', ''];
  for (const a of r.articlesRemoved) out.push(`- article removed: ${mdCell(a.id)} (${counts(a)})`);
  for (const a of r.articlesAdded) out.push(`- article added: ${mdCell(a.id)} (${counts(a)})`);
  if (r.articlesRemoved.length || r.articlesAdded.length) out.push('');
  if (r.items.length) {
    out.push('| article | change | layer | text | details | rule |', '| --- | --- | --- | --- | --- | --- |');
    for (const i of r.items) {
      const details = i.change === 'changed' ? i.changes.map((ch) => changeText(ch)).join('; ') : i.summary;
      out.push(`| ${mdCell(i.article)} | ${i.change} | ${LAYER_NAME[i.layer]} | ${mdCell(oneLine(i.text))} | ${mdCell(oneLine(details, 200))} | \`${mdCell(i.rule)}\` |`);
    }
    out.push('');
  }
  for (const e of r.errorsRemoved) out.push(`- error gone: ${mdCell(e.path)}: ${mdCell(e.message)}`);
  for (const e of r.errorsAdded) out.push(`- new error: ${mdCell(e.path)}: ${mdCell(e.message)}`);
  out.push(`${r.counts.added} appeared, ${r.counts.removed} disappeared, ${r.counts.changed} changed`);
  return out.join('\n') + '\n';
};

/** Formatters of `claims diff`, by `--format` name. */
export const diffFormatters: Record<string, Formatter<DiffReport>> = { table, json, md };
