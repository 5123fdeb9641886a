import type { ExtractResult } from '../../types.js';
import type { Formatter } from '../types.js';

/** The whole result as one JSON document (schemaVersion 1), two-space indented. */
export const json: Formatter<ExtractResult> = (result) => JSON.stringify(result, null, 2) + '\n';
