/**
 * CSV helpers shared by the extract and compare formats: the separator and byte order mark the
 * options ask for, and date cells written as they are.
 */
import { csvCell } from './sanitize.js';
import type { FormatOptions } from './types.js';

/**
 * ISO 8601 values of the date layer (`2024-12-18`, `--03-03`, `-W-5T14`, `2024-W51`, `199X`, and
 * lists of them separated by spaces). They are made by the rules from digits, never copied from
 * an article, so they carry no formula: they are written without the formula guard's apostrophe,
 * which would break them for every program that reads the file.
 */
const ISO_VALUES = /^(?:[0-9X]{2,4}|-)?(?:-[0-9W]{1,3}){0,2}(?:-[1-7])?(?:T[0-9]{2}(?::[0-9]{2}){0,2}(?:Z|[+-][0-9]{2}:[0-9]{2})?)?(?: (?:[0-9X]{2,4}|-)?(?:-[0-9W]{1,3}){0,2}(?:-[1-7])?(?:T[0-9]{2}(?::[0-9]{2}){0,2}(?:Z|[+-][0-9]{2}:[0-9]{2})?)?)*$/;

/** A CSV cell holding date values: as written when they are ISO values, else like any cell. */
export function csvDateCell(value: string, separator: string): string {
  return value !== '' && ISO_VALUES.test(value) ? value : csvCell(value, separator);
}

export type CsvValue = string | number | boolean | null | undefined;

/** A CSV writer for the options: rows joined by CRLF (RFC 4180), optional BOM. */
export function csvWriter(o: Partial<FormatOptions>): { sep: string; row: (cells: CsvValue[], dateColumns?: ReadonlySet<number>) => string; document: (rows: string[]) => string } {
  const sep = o.csvDelimiter ?? ',';
  return {
    sep,
    row: (cells, dateColumns) => cells.map((c, i) => (dateColumns?.has(i) && typeof c === 'string' ? csvDateCell(c, sep) : csvCell(c, sep))).join(sep),
    document: (rows) => (o.bom ? '\ufeff' : '') + rows.join('\r\n') + '\r\n',
  };
}

/** `--csv-delimiter` values: one character, or a name (`tab`, `semicolon`, `comma`). */
export function parseCsvDelimiter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', semicolon: ';', comma: ',', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if ([...d].length !== 1 || /["\r\n]/.test(d)) throw new Error(`--csv-delimiter: "${value}" is not one character (for example ";" or tab)`);
  return d;
}
