import { SCHEMA_URL, type CompareResult } from '../../types.js';
import type { Formatter } from '../types.js';

/** The whole comparison as one JSON document (schemaVersion 1, `$schema` first), two-space indented. */
export const json: Formatter<CompareResult> = (result) => JSON.stringify({ $schema: SCHEMA_URL, ...result }, null, 2) + '\n';
