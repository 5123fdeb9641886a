import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { collectList, runExtraction, type ExtractionOptions } from '../extraction.js';
import { emit, formatOptions } from '../output.js';

interface ExtractFlags extends ExtractionOptions {
  format: string;
  json?: boolean;
  output?: string;
  color?: boolean;
}

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'md'];

export function register(program: Command, io: CliIO): void {
  program
    .command('extract')
    .description('extract quantities, dates, entities and attributed statements from German articles')
    .argument('<paths...>', 'article files or folders (recursively), or - for standard input')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')}`, 'table')
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--glob <pattern>', 'file pattern inside folders (repeatable; default **/*.txt, **/*.md)', collectList, [])
    .option('--disable <ids>', 'switch rules off by id or glob, e.g. quantity/* (comma-separated, repeatable)', collectList, [])
    .option('--config <file>', 'configuration file (default: ./claims.config.json if present)')
    .option('--no-color', 'no colour in table output')
    .addHelpText('after', '\nExamples:\n  claims extract ./articles\n  claims extract ./articles --json | jq \'.articles[].quantities[] | select(.bound=="gt")\'\n')
    .action(async (paths: string[], flags: ExtractFlags) => {
      const format = flags.json ? 'json' : flags.format;
      if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (choose one of: ${FORMATS.join(', ')})`);
      const { extractFormatters } = await import('../../format/registry.js');
      const result = await runExtraction(paths, flags, io);
      for (const e of result.errors) io.stderr(`claims: warning: ${e.path}: ${e.message}\n`);
      emit(io, extractFormatters[format](result, formatOptions(io, flags)), flags.output);
      if (result.articles.length === 0) io.exitCode = 2;
    });
}
