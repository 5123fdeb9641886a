import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { runExtraction, type ExtractionOptions } from '../extraction.js';
import { addExtractionOptions } from '../shared-options.js';
import { emit, formatOptions } from '../output.js';
import { progressReporter } from '../progress.js';
import { inputExitCode } from '../../io/load.js';
import { oneLine, stripControls } from '../../format/sanitize.js';
import type { ArticleResult, InputError } from '../../types.js';

interface CompareFlags extends ExtractionOptions {
  format: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  minArticles: string;
  failOn?: string;
}

const FORMATS = ['table', 'json', 'csv', 'md', 'html'];
const FAIL_ON = ['conflict', 'none'];

/**
 * Whether a `.json`/`.jsonl` file is `claims extract` output (rather than articles as JSON
 * records): one document with `schemaVersion` and `articles`, a list of article results, or
 * JSON Lines whose first record is an article result (has `quantities`) or an error entry.
 */
export function isExtractionOutput(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  const looks = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.length > 0 && looks(v[0]);
    if (typeof v !== 'object' || v === null) return false;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.articles) && 'schemaVersion' in o) return true;
    if ('schemaVersion' in o && (looks(o.article) || looks(o.error))) return true;
    if (typeof o.id === 'string' && Array.isArray(o.quantities)) return true;
    return typeof o.path === 'string' && typeof o.message === 'string' && o.id === undefined && Object.keys(o).every((k) => ['path', 'message', 'kind', 'missing', 'record'].includes(k));
  };
  try {
    return looks(JSON.parse(body));
  } catch {
    const first = body.split(/\r?\n/).find((l) => l.trim() !== '');
    if (first === undefined) return false;
    try {
      return looks(JSON.parse(first));
    } catch {
      return false;
    }
  }
}

export function register(program: Command, io: CliIO): void {
  const cmd = program
    .command('compare')
    .description('compare articles: which figures agree, differ compatibly or conflict, who is quoted where, who confirms what others deny')
    .argument('<paths...>', 'article files or folders (extracted first), or `claims extract --format json|jsonl` output files (e.g. shards)')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')}`, 'table')
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--no-color', 'no colour in table output')
    .option('--min-articles <n>', 'hide quantity groups seen in fewer than N articles', '1')
    .option('--fail-on <what>', 'exit 1 when a conflict (figures or stances) exists: conflict|none', 'none');
  addExtractionOptions(cmd)
    .addHelpText(
      'after',
      '\nExamples:\n  claims compare ./articles\n  claims compare ./articles --format html -o report.html\n' +
        '  claims extract ./a --format jsonl -o a.jsonl && claims extract ./b --format jsonl -o b.jsonl && claims compare a.jsonl b.jsonl\n' +
        '  claims compare ./articles --min-articles 2 --fail-on conflict\n',
    )
    .action(async (paths: string[], flags: CompareFlags) => {
      const format = flags.json ? 'json' : flags.format;
      if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (choose one of: ${FORMATS.join(', ')})`);
      const minArticles = Number(flags.minArticles);
      if (!Number.isInteger(minArticles) || minArticles < 1) throw new CliError(`--min-articles: "${flags.minArticles}" is not a positive whole number`);
      const failOn = flags.failOn ?? 'none';
      if (!FAIL_ON.includes(failOn)) throw new CliError(`--fail-on: unknown value "${failOn}" (choose one of: ${FAIL_ON.join(', ')})`);

      const [{ compare, compareOptionsFromLexicon, mergeArticles }, { parseExtraction }, { compareFormatters }, { loadLexicon }] = await Promise.all([
        import('../../compare/index.js'),
        import('../../compare/input.js'),
        import('../../format/compare/index.js'),
        import('../../lexicon/index.js'),
      ]);

      // Extraction output files are read; everything else is extracted.
      const sources: ArticleResult[][] = [];
      const errors: InputError[] = [];
      const articlePaths: string[] = [];
      let missing = false;
      for (const p of paths) {
        // --input-format says the files are articles (e.g. JSON records): no detection then.
        if (p !== '-' && !flags.inputFormat && /\.jsonl?$/i.test(p)) {
          const abs = resolve(io.cwd, p);
          const st = await stat(abs).catch(() => null);
          if (st?.isFile()) {
            const text = await readFile(abs, 'utf8').catch(() => null);
            if (text !== null && (isExtractionOutput(text) || (text.trim() === '' && /\.jsonl$/i.test(p)))) {
              const parsed = parseExtraction(text.trim() === '' ? '' : text, p);
              sources.push(parsed.articles);
              errors.push(...parsed.errors.filter((e) => !(text.trim() === '' && e.message === 'empty extraction file')));
              continue;
            }
          }
        }
        articlePaths.push(p);
      }
      if (articlePaths.length) {
        const progress = progressReporter(io, flags);
        try {
          const run = await runExtraction(articlePaths, flags, io, { onProgress: progress.update });
          progress.done();
          sources.push(run.articles);
          errors.push(...run.errors.map((e) => ({ path: e.path, message: e.message })));
          missing = run.missing;
        } catch (e) {
          progress.done();
          throw e;
        }
      }
      const merged = mergeArticles(sources);
      const allErrors = [...errors, ...merged.errors].map((e) => ({ path: e.path, message: e.message }));
      const result = compare(merged.articles, { ...compareOptionsFromLexicon(loadLexicon()), minArticles, errors: allErrors });
      for (const e of result.errors) io.stderr(`claims: warning: ${oneLine(e.path)}: ${oneLine(e.message)}\n`);
      emit(io, compareFormatters[format](result, formatOptions(io, flags)), flags.output);

      let code: number = missing ? 2 : inputExitCode({ articles: merged.articles, errors: [] }, false);
      if (flags.strict && allErrors.length) code = 2;
      if (code === 0 && failOn === 'conflict' && (result.groups.some((g) => g.status === 'conflict') || result.stances.length > 0)) code = 1;
      io.exitCode = Math.max(io.exitCode, code);
    });
}
