import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { runExtraction, type ExtractionOptions } from '../extraction.js';
import { addExtractionOptions } from '../shared-options.js';
import { openSink, formatOptions } from '../output.js';
import { progressReporter } from '../progress.js';
import { inputExitCode } from '../../io/load.js';
import { oneLine, stripControls } from '../../format/sanitize.js';

interface ExtractFlags extends ExtractionOptions {
  format: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  quiet?: boolean;
}

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'md'];

export function register(program: Command, io: CliIO): void {
  const cmd = program
    .command('extract')
    .description('extract quantities, dates, entities and attributed statements from German articles')
    .argument('<paths...>', 'article files or folders (recursively), or - for standard input')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')}`, 'table')
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--no-color', 'no colour in table output');
  addExtractionOptions(cmd)
    .addHelpText('after', '\nExamples:\n  claims extract ./articles\n  claims extract ./articles --json | jq \'.articles[].quantities[] | select(.bound=="gt")\'\n  claims extract ./archive --format jsonl --jobs 8 -o archive.jsonl\n')
    .action(async (paths: string[], flags: ExtractFlags) => {
      const format = flags.json ? 'json' : flags.format;
      if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (choose one of: ${FORMATS.join(', ')})`);
      const { extractFormatters } = await import('../../format/registry.js');
      const { jsonlError } = await import('../../format/extract/jsonl.js');
      const { jsonDocumentChunks, isArticleFormat } = await import('../../run/format-article.js');
      const sink = openSink(io, flags.output);
      const progress = progressReporter(io, flags);
      try {
        // jsonl and json: articles are formatted where they are extracted (in the workers);
        // jsonl lines are written as soon as they are due, json pieces joined at the end.
        const streaming = format === 'jsonl';
        const pieces: string[] = [];
        const result = await runExtraction(paths, flags, io, {
          ...(isArticleFormat(format)
            ? { format, onFormatted: streaming ? (text: string) => sink.write(text) : (text: string) => void pieces.push(text) }
            : { keep: true }),
          onProgress: progress.update,
        });
        progress.done();
        for (const e of result.errors) io.stderr(`claims: warning: ${oneLine(e.message)}\n`);
        if (streaming) for (const e of result.errors) sink.write(jsonlError(e));
        else if (format === 'json') for (const chunk of jsonDocumentChunks(result.schemaVersion, pieces, result.errors)) sink.write(chunk);
        else {
          const { schemaVersion, articles, errors } = result;
          sink.write(extractFormatters[format]({ schemaVersion, articles, errors }, formatOptions(io, flags)));
        }
        sink.close();
        io.exitCode = Math.max(io.exitCode, inputExitCode({ articles: { length: result.count } as unknown[], errors: result.errors }, !!flags.strict));
      } catch (e) {
        progress.done();
        sink.abort();
        throw e;
      }
    });
}
