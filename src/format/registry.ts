import type { ExtractResult } from '../types.js';
import type { Formatter } from './types.js';
import { csv } from './extract/csv.js';
import { json } from './extract/json.js';
import { jsonl } from './extract/jsonl.js';
import { md } from './extract/md.js';
import { table } from './extract/table.js';

/** Formatters of `claims extract`, by `--format` name. */
export const extractFormatters: Record<string, Formatter<ExtractResult>> = { table, json, jsonl, csv, md };

export function pickFormatter<R>(registry: Record<string, Formatter<R>>, name: string): Formatter<R> {
  const f = registry[name];
  if (!f) throw new Error(`unknown format "${name}" (choose one of: ${Object.keys(registry).join(', ')})`);
  return f;
}
