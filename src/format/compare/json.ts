import { SCHEMA_URL, type CompareResult } from '../../types.js';
import type { CompareStream } from '../../compare/reduce.js';
import type { Formatter } from '../types.js';

/** The whole comparison as one JSON document (schemaVersion 1, `$schema` first), two-space indented. */
export const json: Formatter<CompareResult> = (result) => JSON.stringify({ $schema: SCHEMA_URL, ...result }, null, 2) + '\n';

/**
 * The same bytes as `json`, as a sequence of chunks (one per top-level field, one per array
 * element): a comparison of 100,000 articles is larger than the longest string JavaScript holds.
 */
export function* jsonChunks(result: CompareResult | CompareStream): Generator<string> {
  const obj: Record<string, unknown> = { $schema: SCHEMA_URL, ...result };
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  const indent = (text: string, pad: string) => text.replace(/\n/g, '\n' + pad);
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const tail = i < keys.length - 1 ? ',\n' : '\n';
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Symbol.iterator in v) {
      // Groups produced story by story (`compare --merge`): written as they come, one element behind.
      let prev: unknown;
      let any = false;
      for (const el of v as Iterable<unknown>) {
        if (!any) yield `  ${JSON.stringify(k)}: [\n`;
        else yield '    ' + indent(JSON.stringify(prev === undefined ? null : prev, null, 2), '    ') + ',\n';
        prev = el;
        any = true;
      }
      if (any) yield '    ' + indent(JSON.stringify(prev === undefined ? null : prev, null, 2), '    ') + '\n  ]' + tail;
      else yield `  ${JSON.stringify(k)}: []` + tail;
    } else if (Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(k)}: [\n`;
      for (let j = 0; j < v.length; j++) {
        const el = JSON.stringify(v[j] === undefined ? null : v[j], null, 2);
        yield '    ' + indent(el, '    ') + (j < v.length - 1 ? ',\n' : '\n');
      }
      yield '  ]' + tail;
    } else {
      yield `  ${JSON.stringify(k)}: ` + indent(JSON.stringify(v, null, 2), '  ') + tail;
    }
  }
  yield '}\n';
}
