import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { EvalReport } from '../../eval/types.js';
import type { Formatter } from '../types.js';
import { stripControls } from '../sanitize.js';
import { wrap } from '../wrap.js';
import { f3, LAYERS, layerRows } from './rows.js';

function grid(head: string[], rows: string[][], color: boolean, align: Array<'left' | 'right'>): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    colAligns: align,
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) t.push(r);
  return t.toString();
}

/** Terminal report: layer summary, per-rule table, group statuses, checks, misses, false positives. */
export const table: Formatter<EvalReport> = (r, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const out: string[] = [];
  out.push(c.bold(`corpus ${stripControls(r.corpus)}`) + c.dim(` · ${r.articles} articles`));
  if (r.missingArticles.length) out.push(c.yellow(wrap(`no extraction for: ${r.missingArticles.join(', ')}`, o.width, '  ')));
  const rows = layerRows(r).map((l) => [l.layer, f3(l.score.precision), f3(l.score.recall), f3(l.score.f1), String(l.score.tp), String(l.score.fp), String(l.score.fn), l.accuracy]);
  out.push(grid(['layer', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'accuracy'], rows, o.color, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left']));
  if (r.rules.length) {
    const ruleRows = r.rules.map((s) => [stripControls(s.rule), String(s.tp), String(s.fp), String(s.ignored), f3(s.precision)]);
    out.push(grid(['rule', 'tp', 'fp', 'optional', 'precision'], ruleRows, o.color, ['left', 'right', 'right', 'right', 'right']));
  }
  if (r.groups?.statusDetail.length) {
    out.push(c.bold('group status'));
    for (const d of r.groups.statusDetail) out.push(wrap(d, o.width, '    ', '  '));
  }
  for (const layer of LAYERS) {
    const misses = r.misses[layer];
    if (misses.length) {
      out.push(c.bold(`missed ${layer} (${misses.length})`));
      for (const m of misses) out.push(wrap(m, o.width, '    ', '  '));
    }
  }
  for (const layer of LAYERS) {
    const fps = r.falsePositives[layer];
    if (fps.length) {
      out.push(c.bold(`false positive ${layer} (${fps.length})`));
      for (const f of fps) out.push(wrap(`${f.article}: ${f.text} [${f.rule}]`, o.width, '    ', '  '));
    }
  }
  if (r.checks) {
    for (const f of r.checks.failures) out.push(c.red(wrap(`✗ ${f.message}`, o.width, '  ')));
    for (const i of r.checks.improvements) out.push(c.green(wrap(`↑ ${i}`, o.width, '  ')));
    if (r.checks.passed) out.push(c.green('✓ all checked figures hold'));
  }
  return out.join('\n') + '\n';
};
