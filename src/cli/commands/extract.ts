import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { chooseFormat, reportInputErrors } from '../format-choice.js';
import { runExtraction, type ExtractionOptions } from '../extraction.js';
import { addExtractionOptions } from '../shared-options.js';
import { openSink, formatOptions } from '../output.js';
import { progressReporter } from '../progress.js';
import { inputExitCode } from '../../io/load.js';

interface ExtractFlags extends ExtractionOptions {
  format?: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  csvDelimiter?: string;
  bom?: boolean;
}

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'md'];

export function register(program: Command, io: CliIO): void {
  const cmd = program
    .command('extract')
    .description('extract quantities, dates, entities and attributed statements from German articles')
    .argument('<paths...>', 'article files or folders (recursively), or - for standard input')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')} (default: table, or by the extension of -o FILE)`)
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--no-color', 'no colour in table output')
    .option('--csv-delimiter <char>', 'CSV field separator: "," (default), ";" (German spreadsheets), tab')
    .option('--bom', 'start CSV output with a byte order mark (Excel then reads umlauts right)');
  addExtractionOptions(cmd)
    .addHelpText('after', '\nExamples:\n  claims extract ./articles\n  claims extract ./articles --json | jq \'.articles[].quantities[] | select(.bound=="gt")\'\n  claims extract ./archive --format jsonl --jobs 8 -o archive.jsonl\n')
    .action(async (paths: string[], flags: ExtractFlags) => {
      const format = chooseFormat('extract', flags, FORMATS);
      const formatting = formatOptions(io, flags); // checks --csv-delimiter before any work
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
            ? { format, onFormatted: streaming ? (text: string) => sink.write(text) : (text: string) => void pieces.push(text), drained: streaming ? sink.drained : undefined }
            : { keep: true }),
          onProgress: progress.update,
        });
        progress.done();
        reportInputErrors(io, result.errors);
        if (result.count === 0 && !result.errors.some((e) => e.missing)) io.stderr('claims: error: no article could be read\n');
        if (streaming) for (const e of result.errors) sink.write(jsonlError(e));
        else if (format === 'json') for (const chunk of jsonDocumentChunks(result.schemaVersion, pieces, result.errors)) sink.write(chunk);
        else {
          const { schemaVersion, articles, errors } = result;
          const { extractFormatters } = await import('../../format/registry.js');
          sink.write(extractFormatters[format]({ schemaVersion, articles, errors }, formatting));
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
