import type { EvalReport } from '../../eval/types.js';
import type { Formatter } from '../types.js';
import { mdCell } from '../sanitize.js';
import { f3, LAYERS, layerRows } from './rows.js';

function mdTable(head: string[], rows: string[][], align: string[]): string {
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

/** GitHub-flavoured markdown (for CI job summaries and pull-request comments). */
export const md: Formatter<EvalReport> = (r) => {
  const out: string[] = [];
  out.push(`## claims eval: ${mdCell(r.corpus)} (${r.articles} articles)`, '');
  if (r.missingArticles.length) out.push(`No extraction for: ${r.missingArticles.map(mdCell).join(', ')}`, '');
  if (r.checks) {
    // Messages are ours (figure names and numbers): no escaping needed.
    for (const f of r.checks.failures) out.push(`- ❌ ${f.message}`);
    for (const i of r.checks.improvements) out.push(`- ⬆️ ${i}`);
    if (r.checks.passed) out.push('- ✅ all checked figures hold');
    out.push('');
  }
  out.push(
    mdTable(
      ['layer', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'accuracy'],
      layerRows(r).map((l) => [l.layer, f3(l.score.precision), f3(l.score.recall), f3(l.score.f1), String(l.score.tp), String(l.score.fp), String(l.score.fn), l.accuracy]),
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---'],
    ),
    '',
  );
  if (r.rules.length) {
    out.push('### Per rule', '');
    out.push(
      mdTable(
        ['rule', 'tp', 'fp', 'optional', 'precision'],
        r.rules.map((s) => [`\`${s.rule}\``, String(s.tp), String(s.fp), String(s.ignored), f3(s.precision)]),
        ['---', '---:', '---:', '---:', '---:'],
      ),
      '',
    );
  }
  if (r.groups?.statusDetail.length) {
    out.push('### Group status', '', ...r.groups.statusDetail.map((d) => `- ${mdCell(d)}`), '');
  }
  for (const layer of LAYERS) {
    if (r.misses[layer].length) out.push(`### Missed ${layer}`, '', ...r.misses[layer].map((m) => `- ${mdCell(m)}`), '');
  }
  for (const layer of LAYERS) {
    const fps = r.falsePositives[layer];
    if (fps.length) out.push(`### False positive ${layer}`, '', ...fps.map((f) => `- ${mdCell(f.article)}: ${mdCell(f.text.replace(/\s+/g, ' '))} (\`${f.rule}\`)`), '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
};
