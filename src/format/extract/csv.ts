import type { ExtractResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { csvWriter } from '../csv.js';
import { articleRows, ROW_COLUMNS } from './rows.js';

/**
 * One CSV row per extracted item (RFC 4180, CRLF, formula injection neutralised; separator and BOM
 * from the options). Date values are written as they are (never prefixed by the formula guard).
 */
export const csv: Formatter<ExtractResult> = (result, o) => {
  const w = csvWriter(o);
  const value = ROW_COLUMNS.indexOf('value');
  const lines = [w.row(ROW_COLUMNS)];
  for (const a of result.articles) {
    for (const r of articleRows(a)) lines.push(w.row(ROW_COLUMNS.map((c) => r[c]), r.layer === 'date' ? new Set([value]) : undefined));
  }
  return w.document(lines);
};
