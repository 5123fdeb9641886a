/** The date layer as a whole: overlap resolution, order, offsets, back-references, fixtures. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/text/analyse.js';
import { loadLexicon } from '../../../src/lexicon/index.js';
import { dateLayer, resolveDates } from '../../../src/rules/date/index.js';
import type { DateMention } from '../../../src/types.js';
import type { RuleContext } from '../../../src/rules/types.js';
import { fixtureTexts } from '../../helpers/fixtures.js';

function dates(text: string): DateMention[] {
  const doc = analyse(text, { id: 't', path: 't.txt' });
  const ctx: RuleContext = { doc, lexicon: loadLexicon(), results: { dates: [], quantities: [], entities: [], statements: [] } };
  return dateLayer.resolve(dateLayer.rules.flatMap((r) => r.find(ctx)), ctx);
}

const m = (start: number, end: number, value: string, rule = 'date/x'): DateMention => ({
  text: 'x'.repeat(end - start),
  value,
  start,
  end,
  sentence: 0,
  rule,
});

describe('date layer resolve', () => {
  it('keeps the longest of overlapping spans and sorts by start', () => {
    const out = resolveDates([m(10, 14, '2024'), m(0, 5, '-W-5'), m(7, 14, '2024-06'), m(20, 30, 'T14')]);
    expect(out.map((d) => d.value)).toEqual(['-W-5', '2024-06', 'T14']);
  });

  it('breaks ties of equal length by start, then precision, then rule id', () => {
    const out = resolveDates([m(0, 4, '--06', 'date/b'), m(0, 4, '2024-06', 'date/a'), m(2, 6, '2024')]);
    expect(out).toHaveLength(1);
    expect(out[0].value).toBe('2024-06');
  });

  it('is independent of candidate order', () => {
    const c = [m(0, 4, '--06', 'date/b'), m(0, 4, '--07', 'date/a'), m(3, 9, '2024'), m(9, 12, 'T10')];
    expect(resolveDates(c)).toEqual(resolveDates([...c].reverse()));
  });

  it('joins a date and its time into one mention', () => {
    const out = dates('Stand: 18.12.2024 um 13:39 Uhr');
    expect(out.map((d) => [d.text, d.value])).toEqual([['18.12.2024 um 13:39 Uhr', '2024-12-18T13:39']]);
  });

  it('fills "desselben Jahres" from the previous mention with a year', () => {
    const out = dates('Die Koalition zerbrach im März 2021. Im September desselben Jahres wurde gewählt.');
    expect(out.map((d) => d.value)).toEqual(['2021-03', '2021-09']);
  });

  it('leaves "desselben Jahres" without a year when none came before', () => {
    expect(dates('Im September desselben Jahres wurde gewählt.').map((d) => d.value)).toEqual(['--09']);
  });

  it('finds several kinds in one text with spans that match the source', () => {
    const text =
      'Köln, 3. Januar 2025 – Nach dem Hochwasser vom 28. Dezember bis 1. Januar sank der Pegel am Donnerstag um 6 Uhr. ' +
      'Seit 2013 gab es kein höheres. Die Stadt rechnet bis Ende März mit 12,5 Millionen Euro Schaden; 10.000 Helfer waren im Einsatz. ' +
      'Gestern beriet der Rat, in der Saison 2024/25 soll gebaut werden.';
    const out = dates(text);
    for (const d of out) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(out.map((d) => [d.text, d.value, d.end_value ?? null])).toEqual([
      ['3. Januar 2025', '2025-01-03', null],
      ['vom 28. Dezember bis 1. Januar', '--12-28', '--01-01'],
      ['am Donnerstag um 6 Uhr', '2025-01-02T06', null],
      ['Seit 2013', '2013', null],
      ['bis Ende März', '--03', null],
      ['Gestern', '2025-01-02', null],
      ['Saison 2024/25', '2024', '2025'],
    ]);
  });

  it('assigns sentence indices from the document', () => {
    const out = dates('Am 3. März begann der Streik. Er endete am 5. März. Im April kam die Einigung.');
    expect(out.map((d) => d.sentence)).toEqual([0, 1, 2]);
  });

  it('reads the fixture articles with the documented conventions', () => {
    const byId = new Map(fixtureTexts().map((f) => [f.id, f.text]));
    const all = [...byId.entries()].flatMap(([id, text]) => dates(text).map((d) => ({ id, d, text })));
    for (const { d, text } of all) expect(text.slice(d.start, d.end)).toBe(d.text);
    const values = all.map(({ d }) => `${d.text}=${d.value}`);
    for (const expected of [
      '18.12.2024 um 13:39 Uhr=2024-12-18T13:39',
      'seit August 2023=2023-08',
      'im Juni 2024=2024-06',
      'Anfang November 2024=2024-11',
      'Ende Januar=--01',
      'Im September=--09',
      'am Freitag=-W-5',
    ]) {
      expect(values).toContain(expected);
    }
  });
});
