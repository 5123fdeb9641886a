import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addInputOptions, DEFAULT_MAX_SIZE, parseInputOptions, parseSize, splitGlobs } from '../../src/io/options.js';

describe('parseSize', () => {
  it.each([
    ['1048576', 1048576],
    ['500k', 500 * 1024],
    ['500KB', 500 * 1024],
    ['500 KiB', 500 * 1024],
    ['20MB', 20 * 1024 ** 2],
    ['1.5M', 1.5 * 1024 ** 2],
    ['1,5m', 1.5 * 1024 ** 2],
    ['2g', 2 * 1024 ** 3],
    ['100b', 100],
  ])('%s → %d', (input, bytes) => {
    expect(parseSize(input)).toBe(bytes);
  });

  it.each(['', 'zehn', '10 Megabyte', '-5k', '0', '5x'])('rejects %j', (input) => {
    expect(() => parseSize(input)).toThrow(/^--max-size: /);
  });
});

describe('splitGlobs', () => {
  it('splits on commas outside braces', () => {
    expect(splitGlobs('*.txt, **/*.{html,htm} ,,*.md')).toEqual(['*.txt', '**/*.{html,htm}', '*.md']);
  });
});

describe('parseInputOptions', () => {
  it('defaults', () => {
    expect(parseInputOptions({})).toEqual({
      glob: undefined,
      encoding: undefined,
      maxSize: DEFAULT_MAX_SIZE,
      inputFormat: undefined,
      textField: undefined,
      idField: undefined,
      titleField: undefined,
      strict: false,
    });
  });

  it('normalises values', () => {
    expect(
      parseInputOptions({ glob: ['*.txt,*.md', '**/*.{html,htm}'], encoding: 'CP1252', maxSize: '20MB', inputFormat: 'JSONL', textField: ' body ', idField: 'url', strict: true }),
    ).toMatchObject({ glob: ['*.txt', '*.md', '**/*.{html,htm}'], encoding: 'windows-1252', maxSize: 20 * 1024 ** 2, inputFormat: 'jsonl', textField: 'body', idField: 'url', strict: true });
  });

  it.each([
    [{ encoding: 'klingonisch' }, '--encoding: unknown encoding "klingonisch" (for example utf-8, windows-1252, iso-8859-1, utf-16le)'],
    [{ maxSize: 'viel' }, '--max-size: cannot read "viel" as a size (examples: 500k, 20MB, 1048576)'],
    [{ inputFormat: 'pdf' }, '--input-format: "pdf" is not one of text, markdown, html, jsonl, json'],
    [{ textField: '' }, '--text-field: needs a field name'],
    [{ glob: ['/etc/*.txt'] }, '--glob: "/etc/*.txt" must be relative to the folder (for example **/*.txt)'],
    [{ glob: [','] }, '--glob: needs a pattern such as "**/*.txt"'],
  ])('rejects %j', (raw, message) => {
    expect(() => parseInputOptions(raw)).toThrow(message);
  });
});

describe('addInputOptions', () => {
  it('registers the options on a commander command', () => {
    const cmd = addInputOptions(new Command('extract').argument('<paths...>').exitOverride());
    cmd.parse(['--glob', '*.txt', '--glob', '*.md', '--max-size', '500k', '--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'url', '--strict', 'a', 'b'], { from: 'user' });
    expect(cmd.args).toEqual(['a', 'b']);
    expect(parseInputOptions(cmd.opts())).toMatchObject({ glob: ['*.txt', '*.md'], maxSize: 500 * 1024, inputFormat: 'jsonl', textField: 'body', idField: 'url', strict: true });
  });

  it('default --max-size is 10 MB', () => {
    const cmd = addInputOptions(new Command('x').exitOverride());
    cmd.parse([], { from: 'user' });
    expect(parseInputOptions(cmd.opts()).maxSize).toBe(DEFAULT_MAX_SIZE);
  });
});
