import type { EvalReport } from '../../eval/types.js';
import type { Formatter } from '../types.js';
import { json } from './json.js';
import { md } from './md.js';
import { table } from './table.js';

/** Formatters of `claims eval`, by `--format` name. */
export const evalFormatters: Record<string, Formatter<EvalReport>> = { table, json, md };
