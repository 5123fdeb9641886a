/**
 * Which output format a command writes, and how input problems are reported on stderr.
 */
import { extname } from 'node:path';
import { CliError, type CliIO } from './io.js';
import { oneLine, stripControls } from '../format/sanitize.js';

/** Output file extensions and the format they stand for. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
};

/**
 * The format: `--json`, else `--format`, else the extension of `-o FILE` (`-o report.html` writes
 * HTML), else `fallback`. An extension that names a format the command cannot write is an error
 * rather than a text table in a .html file; an unknown extension gets the fallback.
 */
export function chooseFormat(command: string, flags: { format?: string; json?: boolean; output?: string }, formats: readonly string[], fallback = 'table'): string {
  let format = flags.json ? 'json' : flags.format;
  if (format === undefined && flags.output && flags.output !== '-') {
    const ext = extname(flags.output).toLowerCase();
    const inferred = FORMAT_BY_EXTENSION[ext];
    if (inferred && !formats.includes(inferred)) {
      throw new CliError(`claims ${command} cannot write ${inferred} (the extension of ${flags.output}); give --format (one of: ${formats.join(', ')})`);
    }
    format = inferred ?? fallback;
  }
  format ??= fallback;
  if (!formats.includes(format)) throw new CliError(`unknown format "${format}" (choose one of: ${formats.join(', ')})`);
  return format;
}

/**
 * Input problems on stderr, one line each: a path that does not exist is an `error` (the command
 * exits 2), a file read once though given twice a `notice`, every other bad input a `warning`.
 */
export function reportInputErrors(io: CliIO, errors: readonly { message: string; path?: string; missing?: boolean; kind?: string }[]): void {
  for (const e of errors) {
    const level = e.missing ? 'error' : e.kind === 'duplicate' ? 'notice' : 'warning';
    io.stderr(`claims: ${level}: ${oneLine(e.message)}\n`);
  }
}
