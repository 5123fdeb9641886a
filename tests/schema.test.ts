import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, extractFixtures, fixtureTexts } from './helpers/fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'claims.schema.json'), 'utf8'));
const ajv = new (Ajv2020 as any)({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('JSON contract', () => {
  const result = extractFixtures();

  it('real extraction output of the fixtures validates against schema/claims.schema.json', () => {
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every span is the source text at its offsets', () => {
    const texts = new Map(fixtureTexts().map((f) => [f.id, f.text]));
    for (const a of result.articles) {
      const src = texts.get(a.id)!;
      const spans = [
        ...a.quantities,
        ...a.dates,
        ...a.entities.flatMap((e) => e.mentions),
        ...a.statements.flatMap((s) => [s.cue, s.content, s.speaker]),
      ];
      for (const s of spans) expect(src.slice(s.start, s.end), `${a.id} ${s.start}-${s.end}`).toBe(s.text);
    }
  });

  it('intervals are well-formed and hold the value', () => {
    for (const a of result.articles)
      for (const q of a.quantities) {
        const { min, max } = q.interval;
        if (min !== null && max !== null) expect(min, q.text).toBeLessThanOrEqual(max);
        if (min !== null) expect(q.value, q.text).toBeGreaterThanOrEqual(min);
        if (max !== null) expect(q.value, q.text).toBeLessThanOrEqual(max);
      }
  });

  it('rejects output that breaks the contract', () => {
    expect(validate({ schemaVersion: 1, articles: [{ id: 'x' }], errors: [] })).toBe(false);
    expect(validate({ schemaVersion: 2, articles: [], errors: [] })).toBe(false);
  });
});

describe('JSON contract of compare', () => {
  it('real compare output of the fixtures validates against schema/claims.schema.json', async () => {
    const { runCli } = await import('./helpers/run-cli.js');
    const r = await runCli(['compare', 'fixtures/articles', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.groups.length).toBeGreaterThan(0);
    const ok = validate(out);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
