/**
 * Extraction output read back in (`compare`, `diff`, `eval` on saved output) is validated against
 * the JSON Schema of the output contract (schema/claims.schema.json, with ajv), so a crafted or
 * damaged file gives a message naming the file and the path of the first problem
 * (`a.json: articles[0]: /quantities/3/interval: must have required property 'interval'`) instead of
 * a TypeError deep inside the comparison.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Validator = ((x: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params?: Record<string, unknown> }> | null };
let article: Validator | null = null;

function validator(): Validator {
  if (!article) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = require('ajv/dist/2020.js');
    const schema = JSON.parse(readFileSync(new URL('../../schema/claims.schema.json', import.meta.url), 'utf8'));
    // Shape and types are checked; emptiness is not (`minItems`): an entity without mentions
    // is odd but harmless to read back, while a missing interval or a null name breaks compare.
    const strip = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(strip);
      else if (x && typeof x === 'object') {
        delete (x as Record<string, unknown>).minItems;
        Object.values(x).forEach(strip);
      }
    };
    strip(schema);
    const ajv = new (Ajv2020.default ?? Ajv2020)({ allErrors: false, strict: false });
    ajv.addSchema(schema);
    article = ajv.getSchema(`${schema.$id}#/$defs/article`) as Validator;
  }
  return article;
}

/** The first problem of an article object (`/quantities/0: must have required property 'interval'`), or null. */
export function articleProblem(x: unknown): string | null {
  const v = validator();
  if (v(x)) return null;
  const e = v.errors?.[0];
  if (!e) return 'does not match the output schema';
  const extra = e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : '';
  return `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${extra}`;
}

/** The only schemaVersion this build reads. */
export const SUPPORTED_SCHEMA_VERSION = 1;

/** A problem with a record's `schemaVersion` (absent is accepted: bare articles), or null. */
export function schemaVersionProblem(v: unknown): string | null {
  if (v === undefined || v === SUPPORTED_SCHEMA_VERSION) return null;
  return `schemaVersion ${JSON.stringify(v)} is not supported (this build reads schemaVersion ${SUPPORTED_SCHEMA_VERSION})`;
}
