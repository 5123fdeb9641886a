import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { chooseFormat } from '../format-choice.js';
import { emit, formatOptions } from '../output.js';
import type { ExtractResult } from '../../types.js';
import { oneLine, stripControls } from '../../format/sanitize.js';

interface DiffFlags {
  format?: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  exitCode?: boolean;
}

const FORMATS = ['table', 'json', 'md'];

export function register(program: Command, io: CliIO): void {
  program
    .command('diff')
    .description('what appeared, disappeared or changed between two extraction outputs, article by article')
    .argument('<old>', 'earlier `claims extract --format json|jsonl` output (- for standard input)')
    .argument('<new>', 'later extraction output (- for standard input)')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')} (default: table, or by the extension of -o FILE)`)
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--exit-code', 'exit 1 when anything differs (as git diff --exit-code)')
    .option('--no-color', 'no colour in table output')
    .addHelpText(
      'after',
      [
        '',
        'Items are paired by text and offset, then by text and order of occurrence (offsets may shift',
        'after an edit); offsets alone are never a change. Table and md print nothing when both agree.',
        '',
        'Examples:',
        '  claims extract articles/ --json -o before.json   # … change rules …',
        '  claims extract articles/ --json -o after.json',
        '  claims diff before.json after.json --exit-code',
        '',
      ].join('\n'),
    )
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      const format = chooseFormat('diff', flags, FORMATS);
      if (oldPath === '-' && newPath === '-') throw new CliError('only one of the two inputs can be standard input');
      const [{ parseExtraction, ExtractionFormatError, duplicateIdWarnings }, { diffExtractions }, { diffFormatters }] = await Promise.all([
        import('../../eval/read-extraction.js'),
        import('../../eval/diff.js'),
        import('../../format/eval/diff.js'),
      ]);
      const load = async (path: string): Promise<ExtractResult> => {
        let text: string;
        try {
          text = path === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, path), 'utf8');
        } catch (e) {
          throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
        try {
          const parsed = parseExtraction(text, path === '-' ? '(stdin)' : path);
          for (const w of duplicateIdWarnings(parsed, path === '-' ? '(stdin)' : path)) io.stderr(`claims: warning: ${oneLine(w)}\n`);
          return parsed;
        } catch (e) {
          if (e instanceof ExtractionFormatError) throw new CliError(e.message);
          throw e;
        }
      };
      const report = diffExtractions(await load(oldPath), await load(newPath));
      const out = diffFormatters[format](report, formatOptions(io, flags));
      if (out || flags.output) emit(io, out, flags.output);
      if (flags.exitCode && !report.identical) {
        const { added, removed, changed } = report.counts;
        const articles = report.articlesAdded.length + report.articlesRemoved.length;
        const errors = report.errorsAdded.length + report.errorsRemoved.length;
        io.stderr(
          `claims: exit 1 (--exit-code): the extractions differ — ${added} added, ${removed} removed, ${changed} changed item${added + removed + changed === 1 ? '' : 's'}` +
            `${articles ? `, ${articles} article${articles === 1 ? '' : 's'} added or removed` : ''}${errors ? `, ${errors} input error${errors === 1 ? '' : 's'} added or removed` : ''}\n`,
        );
        io.exitCode = 1;
      }
    });
}
