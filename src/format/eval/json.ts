import type { EvalReport } from '../../eval/types.js';
import type { Formatter } from '../types.js';

/** The whole eval report as one JSON document, two-space indented. */
export const json: Formatter<EvalReport> = (report) => JSON.stringify(report, null, 2) + '\n';
