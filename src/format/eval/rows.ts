import type { EvalLayer, EvalReport, Prf } from '../../eval/types.js';

/** One summary row per scored layer, in pipeline order; accuracy as `<name> <share>`. */
export interface LayerRow {
  layer: string;
  score: Prf;
  accuracy: string;
}

export function layerRows(r: EvalReport): LayerRow[] {
  const rows: LayerRow[] = [];
  if (r.dates) rows.push({ layer: 'dates', score: r.dates, accuracy: `value ${r.dates.valueAccuracy.toFixed(3)}` });
  rows.push({ layer: 'quantities', score: r.quantities, accuracy: `bound ${r.quantities.boundAccuracy.toFixed(3)}` });
  rows.push({ layer: 'entities', score: r.entities, accuracy: `type ${r.entities.typeAccuracy.toFixed(3)}` });
  rows.push({ layer: 'statements', score: r.statements, accuracy: `kind ${r.statements.kindAccuracy.toFixed(3)}` });
  if (r.groups) rows.push({ layer: 'groups (pairs)', score: r.groups.pairs, accuracy: `status ${r.groups.statusAccuracy.toFixed(3)}` });
  return rows;
}

export const LAYERS: readonly EvalLayer[] = ['dates', 'quantities', 'entities', 'statements'];

export const f3 = (x: number): string => x.toFixed(3);
