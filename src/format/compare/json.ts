import type { CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';

/** The whole comparison as one JSON document (schemaVersion 1), two-space indented. */
export const json: Formatter<CompareResult> = (result) => JSON.stringify(result, null, 2) + '\n';
