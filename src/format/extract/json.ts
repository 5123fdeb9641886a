import { SCHEMA_URL, type ExtractResult } from '../../types.js';
import type { Formatter } from '../types.js';

/** The whole result as one JSON document (schemaVersion 1, `$schema` first), two-space indented. */
export const json: Formatter<ExtractResult> = (result) => JSON.stringify({ $schema: SCHEMA_URL, ...result }, null, 2) + '\n';
