import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, LONG_RUN_HEAP_GROWTH, type CliIO } from '../io.js';
import { chooseFormat, reportInputErrors } from '../format-choice.js';
import { runExtraction, type ExtractionOptions } from '../extraction.js';
import { addExtractionOptions } from '../shared-options.js';
import { emit, emitDrained, formatOptions } from '../output.js';
import { progressReporter } from '../progress.js';
import { inputExitCode } from '../../io/load.js';
import { stripControls } from '../../format/sanitize.js';
import { jsonChunks } from '../../format/compare/json.js';
import type { ArticleResult, InputError } from '../../types.js';
import type { CompareStream } from '../../compare/reduce.js';

interface CompareFlags extends ExtractionOptions {
  format?: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  csvDelimiter?: string;
  bom?: boolean;
  singles?: boolean;
  lang?: string;
  minArticles: string;
  failOn?: string;
  partial?: boolean;
  merge?: boolean;
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
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')} (default: table, or by the extension of -o FILE)`)
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--no-color', 'no colour in table output')
    .option('--csv-delimiter <char>', 'CSV field separator: "," (default), ";" (German spreadsheets), tab')
    .option('--bom', 'start CSV output with a byte order mark (Excel then reads umlauts right)')
    .option('--min-articles <n>', 'hide quantity groups seen in fewer than N articles', '1')
    .option('--singles', 'table and md: also list figures only one article gives (hidden by default; html collapses them)')
    .option('--lang <code>', 'language of the html report: en (default) or de')
    .option('--fail-on <what>', 'exit 1 when a conflict (figures or stances) exists: conflict|none', 'none')
    .option('--partial', 'map step: write the records compare needs of these inputs (one shard) as a partial file, for --merge')
    .option('--merge', 'reduce step: the inputs are --partial files (any number, any order); the same bytes as one compare over all their articles');
  addExtractionOptions(cmd)
    .addHelpText(
      'after',
      '\nExamples:\n  claims compare ./articles\n  claims compare ./articles --format html -o report.html\n' +
        '  claims extract ./a --format jsonl -o a.jsonl && claims extract ./b --format jsonl -o b.jsonl && claims compare a.jsonl b.jsonl\n' +
        '  claims compare ./articles --min-articles 2 --fail-on conflict\n' +
        '  claims compare --partial shard-1.jsonl -o shard-1.partial && … && claims compare --merge *.partial --format html -o report.html\n',
    )
    .action(async (paths: string[], flags: CompareFlags) => {
      const format = chooseFormat('compare', flags, FORMATS);
      const formatting = formatOptions(io, flags); // checks --csv-delimiter before any work
      if (flags.singles) formatting.singles = true;
      if (flags.lang !== undefined) {
        if (flags.lang !== 'en' && flags.lang !== 'de') throw new CliError(`--lang: "${flags.lang}" is not one of en, de`);
        formatting.lang = flags.lang;
      }
      const minArticles = Number(flags.minArticles);
      if (!Number.isInteger(minArticles) || minArticles < 1) throw new CliError(`--min-articles: "${flags.minArticles}" is not a positive whole number`);
      const failOn = flags.failOn ?? 'none';
      if (!FAIL_ON.includes(failOn)) throw new CliError(`--fail-on: unknown value "${failOn}" (choose one of: ${FAIL_ON.join(', ')})`);

      if (flags.partial && flags.merge) throw new CliError('--partial and --merge exclude each other (--partial writes what --merge reads)');
      const [{ compareStream, compareOptionsFromLexicon, mergeArticles }, { collectStream }, { parseExtraction }, { compareFormatters }, { loadLexicon }] = await Promise.all([
        import('../../compare/index.js'),
        import('../../compare/reduce.js'),
        import('../../compare/input.js'),
        import('../../format/compare/index.js'),
        import('../../lexicon/index.js'),
      ]);

      let stream: CompareStream;
      let articleCount: number;
      let missing = false;
      let close = () => {};
      let errors: (InputError & { missing?: boolean; kind?: string })[] = [];
      let allErrors: InputError[] = [];
      if (flags.merge) {
        const [{ readPartials, PartialFileError }] = await Promise.all([import('../../compare/merge.js')]);
        let partials: ReturnType<typeof readPartials>;
        // The merge reads every skeleton several times over (much garbage) and holds little.
        io.limitHeapGrowth?.(LONG_RUN_HEAP_GROWTH);
        try {
          partials = readPartials(paths, (p) => resolve(io.cwd, p));
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          if (e instanceof PartialFileError) throw new CliError(err.message);
          if (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES') throw new CliError(`--merge: cannot read ${err.path ?? 'a partial file'} (${err.code})`);
          throw e;
        }
        close = partials.close;
        stream = partials.stream({ ...compareOptionsFromLexicon(loadLexicon()), minArticles });
        articleCount = stream.articles.length;
        allErrors = stream.errors;
      } else {
        // Extraction output files are read; everything else is extracted.
        const sources: ArticleResult[][] = [];
        const articlePaths: string[] = [];
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
            errors.push(...run.errors.map((e) => ({ path: e.path, message: e.message, missing: e.missing, kind: e.kind })));
            missing = run.missing;
          } catch (e) {
            progress.done();
            throw e;
          }
        }
        if (flags.partial) {
          // The map step: this shard's articles and errors as they are; ids are resolved at --merge.
          const { partialLines } = await import('../../compare/partial.js');
          const articles = sources.flat();
          reportInputErrors(io, errors.map((e) => ({ ...e, message: e.message.startsWith(`${e.path}:`) ? e.message : `${e.path}: ${e.message}` })));
          emit(io, partialLines(articles, errors), flags.output);
          let code: number = missing ? 2 : 0;
          if (flags.strict && errors.length) code = 2;
          io.exitCode = Math.max(io.exitCode, code);
          return;
        }
        const merged = mergeArticles(sources);
        allErrors = [...errors, ...merged.errors].map((e) => ({ path: e.path, message: e.message }));
        stream = compareStream(merged.articles, { ...compareOptionsFromLexicon(loadLexicon()), minArticles, errors: allErrors });
        articleCount = merged.articles.length;
      }
      // Input errors carry their path in the message; merge errors (duplicate ids) get it added.
      const flagged = new Map(errors.map((e) => [e.message, e]));
      reportInputErrors(
        io,
        stream.errors.map((e) => ({ ...flagged.get(e.message), message: e.message.startsWith(`${e.path}:`) ? e.message : `${e.path}: ${e.message}` })),
      );
      if (articleCount === 0 && !missing) io.stderr('claims: error: no article could be read\n');
      // Conflicts are counted as the groups go by (they are produced story by story).
      const conflicts = { count: 0, first: [] as string[] };
      const groups = stream.groups;
      stream.groups = (function* () {
        for (const g of groups) {
          if (g.status === 'conflict' && conflicts.count++ < 3) conflicts.first.push(g.label);
          yield g;
        }
      })();
      try {
        // JSON is written field by field and group by group (same bytes): a large comparison does not fit one string.
        if (format === 'json') await emitDrained(io, jsonChunks(stream), flags.output);
        else emit(io, compareFormatters[format](collectStream(stream), formatting), flags.output);
      } finally {
        close();
      }

      let code: number = missing ? 2 : inputExitCode({ articles: stream.articles, errors: [] }, false);
      if (flags.strict && allErrors.length) code = 2;
      if (code === 0 && failOn === 'conflict') {
        if (conflicts.count || stream.stances.length) {
          code = 1;
          const parts = [];
          if (conflicts.count) parts.push(`${conflicts.count} conflicting figure group${conflicts.count === 1 ? '' : 's'} (${conflicts.first.map((l) => stripControls(l)).join('; ')}${conflicts.count > 3 ? '; …' : ''})`);
          if (stream.stances.length) parts.push(`${stream.stances.length} stance conflict${stream.stances.length === 1 ? '' : 's'} (${stream.stances.slice(0, 3).map((s) => stripControls(s.subject)).join('; ')}${stream.stances.length > 3 ? '; …' : ''})`);
          io.stderr(`claims: exit 1 (--fail-on conflict): ${parts.join(' and ')}\n`);
        }
      }
      io.exitCode = Math.max(io.exitCode, code);
    });
}
