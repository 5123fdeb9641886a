import type { CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { csvWriter } from '../csv.js';

const HEAD = [
  'group', 'status', 'label', 'reason', 'article', 'text', 'value', 'bound',
  'min', 'max', 'unit', 'speaker', 'sentence', 'start', 'end', 'dates', 'story', 'source', 'time',
];
const DATE_COLUMNS = new Set([HEAD.indexOf('dates'), HEAD.indexOf('time')]);

/**
 * One row per member of every quantity group (the group's fields repeated), RFC 4180, with
 * spreadsheet formula injection neutralised (date values excepted: they are ISO values the rules
 * made); separator and BOM from the options. Entities, speakers and stances are in json/md/html.
 */
export const csv: Formatter<CompareResult> = (result, o) => {
  const w = csvWriter(o);
  const lines = [w.row(HEAD)];
  for (const g of result.groups) {
    for (const m of g.members) {
      lines.push(
        w.row(
          [
            g.id, g.status, g.label, g.reason, m.article, m.text, m.value, m.bound,
            m.interval.min, m.interval.max, m.unit, m.speaker, m.sentence, m.start, m.end, (m.dates ?? []).join(' '),
            g.story, m.source ?? '', m.time ?? '',
          ],
          DATE_COLUMNS,
        ),
      );
    }
  }
  return w.document(lines);
};
