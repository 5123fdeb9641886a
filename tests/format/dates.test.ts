import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/format/dates.js';

describe('readableDate: ISO values of the date layer for html and md', () => {
  const cases: [string, string][] = [
    ['2024-12-18', '18. Dez. 2024'],
    ['2024-03-01', '1. März 2024'],
    ['2024-11', 'Nov. 2024'],
    ['2024', '2024'],
    ['--10-08', '8. Okt.'],
    ['--09', 'Sept.'],
    ['-W-5', 'Fr.'],
    ['-W-3T06', 'Mi., 06:00 Uhr'],
    ['2024-W51', 'KW 51/2024'],
    ['199X', '1990er'],
    ['18', '19. Jh.'],
    ['T09', '09:00 Uhr'],
    ['2024-12-18T14:30', '18. Dez. 2024, 14:30 Uhr'],
    ['2024-03-02T14:10:00+01:00', '2. März 2024, 14:10 Uhr'],
    ['2024-03-02T13:10:00Z', '2. März 2024, 13:10 Uhr'],
  ];
  it.each(cases)('%s → %s', (iso, text) => expect(readableDate(iso)).toBe(text));

  it('returns anything it does not know unchanged', () => {
    for (const v of ['2024-13', '--13-01', '-W-8', 'P3D', '', 'Frühjahr']) expect(readableDate(v)).toBe(v);
  });
});
