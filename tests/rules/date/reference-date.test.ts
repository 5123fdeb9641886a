/**
 * The reference date of relative dates: the publication date from metadata first, then a
 * dateline in the text, then `--reference-date`. Weekdays resolve against it.
 */
import { describe, expect, it } from 'vitest';
import { analyse, type ArticleMeta } from '../../../src/text/analyse.js';
import { runLayers } from '../../../src/pipeline.js';
import { resolveWeekday } from '../../../src/rules/date/weekday.js';

function dates(text: string, meta: Partial<ArticleMeta> = {}): [string, string][] {
  const doc = analyse(text, { id: 't', path: 't.txt', ...meta });
  const { ctx } = runLayers(doc, {}, 'quantity');
  return ctx.results.dates.map((d) => [d.text, d.value]);
}

// Saturday, 2 March 2024.
const SAT = { published: '2024-03-02T14:10:00+01:00' };

describe('reference date', () => {
  const cases: [string, Partial<ArticleMeta>, [string, string][]][] = [
    ['Gestern tagte der Krisenstab.', SAT, [['Gestern', '2024-03-01']]],
    ['Vor drei Tagen begann der Streik.', SAT, [['Vor drei Tagen', '2024-02-28']]],
    ['Heute Abend spricht der Minister.', SAT, [['Heute Abend', '2024-03-02']]],
    ['Gestern tagte der Krisenstab.', { referenceDate: '2024-06-04' }, [['Gestern', '2024-06-03']]],
    // metadata beats the dateline, the dateline beats --reference-date
    ['Berlin, 10.01.2024 – Gestern tagte der Rat.', { published: '2024-03-02' }, [['10.01.2024', '2024-01-10'], ['Gestern', '2024-03-01']]],
    ['Berlin, 10.01.2024 – Gestern tagte der Rat.', { referenceDate: '2024-03-02' }, [['10.01.2024', '2024-01-10'], ['Gestern', '2024-01-09']]],
    // weekdays: the last such day, the day itself included …
    ['Die Polizei teilte am Samstag mit, sieben Menschen seien gestorben.', SAT, [['am Samstag', '2024-03-02']]],
    ['Am Montag brach der Damm.', SAT, [['Am Montag', '2024-02-26']]],
    ['Vergangenen Samstag brach der Damm.', SAT, [['Vergangenen Samstag', '2024-02-24']]],
    // … the next one in a future or planning clause, after "bis", "ab", "kommenden"
    ['Am Montag soll der Krisenstab erneut tagen.', SAT, [['Am Montag', '2024-03-04']]],
    ['Die Warnung gilt bis Dienstag.', SAT, [['bis Dienstag', '2024-03-05']]],
    ['Kommenden Samstag wird gewählt.', SAT, [['Kommenden Samstag', '2024-03-09']]],
    ['Der Streik endet am Mittwoch um 6 Uhr.', SAT, [['am Mittwoch um 6 Uhr', '2024-02-28T06']]],
    ['Das Amt teilte am Freitag mit, bevor es voraussichtlich entscheiden wird, gebe es keine Zahlen.', SAT, [['am Freitag', '2024-03-01']]],
  ];
  it.each(cases)('%s (%j)', (text, meta, expected) => {
    expect(dates(text, meta)).toEqual(expected);
  });

  it('without any reference date, relative dates stay unresolved or week patterns', () => {
    expect(dates('Gestern tagte der Rat. Am Montag brach der Damm.')).toEqual([['Am Montag', '-W-1']]);
  });
});

describe('resolveWeekday', () => {
  const wed = { year: 2024, month: 12, day: 18 };
  const cases: [number, 'past' | 'future' | 'before' | 'after', string][] = [
    [1, 'past', '2024-12-16'],
    [3, 'past', '2024-12-18'],
    [3, 'before', '2024-12-11'],
    [5, 'past', '2024-12-13'],
    [5, 'future', '2024-12-20'],
    [3, 'future', '2024-12-18'],
    [3, 'after', '2024-12-25'],
    [7, 'after', '2024-12-22'],
  ];
  it.each(cases)('weekday %i, %s → %s', (weekday, direction, value) => {
    expect(resolveWeekday(wed, weekday, direction)).toBe(value);
  });
});
