import type { CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';
import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { md } from './md.js';
import { table } from './table.js';

/** Formatters of `claims compare`, by `--format` name. */
export const compareFormatters: Record<string, Formatter<CompareResult>> = { table, json, csv, md, html };
