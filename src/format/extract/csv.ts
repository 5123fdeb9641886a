import type { ExtractResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { csvRow } from '../sanitize.js';
import { articleRows, ROW_COLUMNS } from './rows.js';

/** One CSV row per extracted item (RFC 4180, CRLF, formula injection neutralised). */
export const csv: Formatter<ExtractResult> = (result) => {
  const lines = [csvRow(ROW_COLUMNS)];
  for (const a of result.articles) for (const r of articleRows(a)) lines.push(csvRow(ROW_COLUMNS.map((c) => r[c])));
  return lines.join('\r\n') + '\r\n';
};
