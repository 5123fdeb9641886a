/** CSV for spreadsheets: separator, byte order mark, date values never prefixed, formulas still neutralised. */
import { describe, expect, it } from 'vitest';
import { csvDateCell, csvWriter, parseCsvDelimiter } from '../../src/format/csv.js';
import { runCli } from '../helpers/run-cli.js';

describe('csvDateCell', () => {
  const asIs = ['2024-12-18', '--03-03', '--12', '-W-5', '-W-5T14', '2024-W51', '199X', '18', '2024-12-18T13:39', '2024-03-02T14:10:00+01:00', '2024-03-02T13:10:00Z', '--10-08 2024-12-18'];
  it.each(asIs)('%s is written as it is', (v) => expect(csvDateCell(v, ',')).toBe(v));
  const guarded: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['-1+2', "'-1+2"],
    ['--03-03;=HYPERLINK("x")', `"'--03-03;=HYPERLINK(""x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
  ];
  it.each(guarded)('%s is not a date: guarded as %s', (v, out) => expect(csvDateCell(v, ',')).toBe(out));
});

describe('parseCsvDelimiter', () => {
  it.each([[',', ','], [';', ';'], ['tab', '\t'], ['\t', '\t'], ['semicolon', ';'], ['|', '|']])('%j → %j', (v, d) => expect(parseCsvDelimiter(v)).toBe(d));
  it.each(['', ';;', '"', '\n'])('%j is refused', (v) => expect(() => parseCsvDelimiter(v)).toThrow(/--csv-delimiter/));
});

describe('csvWriter', () => {
  it('separator, quoting by the separator, BOM, CRLF', () => {
    const w = csvWriter({ csvDelimiter: ';', bom: true });
    expect(w.document([w.row(['a;b', '1,5', 2]), w.row(['x', '--03-03'], new Set([1]))])).toBe('\ufeff"a;b";1,5;2\r\nx;--03-03\r\n');
  });
});

describe('claims extract/compare --format csv', () => {
  it('extract: German spreadsheet CSV with BOM and semicolons; partial dates unprefixed', async () => {
    const r = await runCli(['extract', '-', '--format', 'csv', '--csv-delimiter', ';', '--bom'], { stdin: 'Am 3. März streikten 2.000 Beschäftigte, sagte ein Sprecher.' });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffarticle;layer;text;value;')).toBe(true);
    expect(r.stdout).toContain(';date;Am 3. März;--03-03;');
    expect(r.stdout).not.toContain("'--03-03");
  });

  it('compare: rows carry story, source and time; a bad delimiter is a usage error before any work', async () => {
    const r = await runCli(['compare', 'fixtures/articles', '--format', 'csv']);
    expect(r.stdout.split('\r\n')[0]).toBe('group,status,label,reason,article,text,value,bound,min,max,unit,speaker,sentence,start,end,dates,story,source,time');
    const bad = await runCli(['compare', 'fixtures/articles', '--format', 'csv', '--csv-delimiter', ';;']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('claims: error: --csv-delimiter: ";;" is not one character (for example ";" or tab)\n');
  });
});
