import type { CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { csvRow } from '../sanitize.js';

const HEAD = [
  'group', 'status', 'label', 'reason', 'article', 'text', 'value', 'bound',
  'min', 'max', 'unit', 'speaker', 'sentence', 'start', 'end', 'dates',
];

/**
 * One row per member of every quantity group (the group's fields repeated), RFC 4180, with
 * spreadsheet formula injection neutralised. Entities, speakers and stances are in json/md/html.
 */
export const csv: Formatter<CompareResult> = (result) => {
  const lines = [csvRow(HEAD)];
  for (const g of result.groups) {
    for (const m of g.members) {
      lines.push(
        csvRow([
          g.id, g.status, g.label, g.reason, m.article, m.text, m.value, m.bound,
          m.interval.min, m.interval.max, m.unit, m.speaker, m.sentence, m.start, m.end, (m.dates ?? []).join(' '),
        ]),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
};
