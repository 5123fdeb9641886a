import type { ArticleResult } from '../../types.js';

/** One flat row per extracted item: the shared shape of the csv and md formats. */
export interface ItemRow {
  article: string;
  layer: 'quantity' | 'date' | 'entity' | 'statement';
  text: string;
  value: string;
  bound: string;
  unit: string;
  type: string;
  speaker: string;
  cue: string;
  kind: string;
  start: number | '';
  end: number | '';
  sentence: number | '';
  rule: string;
}

export const ROW_COLUMNS: (keyof ItemRow)[] = [
  'article', 'layer', 'text', 'value', 'bound', 'unit', 'type', 'speaker', 'cue', 'kind', 'start', 'end', 'sentence', 'rule',
];

const blank = { value: '', bound: '', unit: '', type: '', speaker: '', cue: '', kind: '', start: '', end: '', sentence: '' } as const;

export function articleRows(a: ArticleResult): ItemRow[] {
  const rows: ItemRow[] = [];
  for (const q of a.quantities) {
    const speaker = q.statement !== undefined ? (a.statements[q.statement]?.speaker.name ?? '') : '';
    rows.push({ ...blank, article: a.id, layer: 'quantity', text: q.text, value: String(q.value), bound: q.bound, unit: q.unit ?? '', speaker, start: q.start, end: q.end, sentence: q.sentence, rule: q.rule });
  }
  for (const d of a.dates) rows.push({ ...blank, article: a.id, layer: 'date', text: d.text, value: d.value, start: d.start, end: d.end, sentence: d.sentence, rule: d.rule });
  for (const e of a.entities) {
    const first = e.mentions[0];
    rows.push({ ...blank, article: a.id, layer: 'entity', text: e.name, value: String(e.mentions.length), type: e.type, start: first?.start ?? '', end: first?.end ?? '', rule: e.rule });
  }
  for (const s of a.statements) {
    rows.push({ ...blank, article: a.id, layer: 'statement', text: s.content.text, speaker: s.speaker.name, cue: s.cue.text, kind: s.kind, start: s.content.start, end: s.content.end, sentence: s.sentence, rule: s.rule });
  }
  return rows;
}
