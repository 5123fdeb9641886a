import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, type CliIO } from '../io.js';
import { chooseFormat, reportInputErrors } from '../format-choice.js';
import { collectList, runExtraction, type ExtractionOptions } from '../extraction.js';
import { addExtractionOptions } from '../shared-options.js';
import { emit, formatOptions } from '../output.js';
import { loadArticle } from '../../io/load.js';
import { parseInputOptions } from '../../io/options.js';
import { oneLine, stripControls } from '../../format/sanitize.js';
import type { CompareResult, ExtractResult } from '../../types.js';
import type { Baseline } from '../../eval/types.js';

interface EvalFlags extends ExtractionOptions {
  gold: string;
  format?: string;
  json?: boolean;
  output?: string;
  color?: boolean;
  min: string[];
  baseline?: string;
  writeBaseline?: string;
  extraction?: string;
  comparison?: string;
  articles?: string;
  quiet?: boolean;
  /** --no-compare */
  compare?: boolean;
}

const FORMATS = ['table', 'json', 'md'];

async function readText(io: CliIO, path: string): Promise<string | null> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    return null;
  }
}

async function readJson(io: CliIO, path: string, what: string): Promise<unknown> {
  const text = await readText(io, path);
  if (text === null) throw new CliError(`${path}: cannot read the ${what}`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: the ${what} is not valid JSON (${(e as Error).message})`);
  }
}

/**
 * The text of every extracted article (gold spans are pinned in it). With --articles DIR:
 * `<id>.txt` or `<id>.md` there, read as UTF-8. Otherwise the article's own file, loaded and
 * decoded exactly as extraction loads it (encoding, HTML, JSON records), so offsets agree.
 */
async function articleTexts(io: CliIO, result: ExtractResult, flags: EvalFlags): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let input: ReturnType<typeof parseInputOptions>;
  try {
    input = parseInputOptions(flags);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const loaded = new Map<string, Awaited<ReturnType<typeof loadArticle>>>();
  for (const a of result.articles) {
    let text: string | null = null;
    if (flags.articles) {
      for (const c of [join(flags.articles, `${a.id}.txt`), join(flags.articles, `${a.id}.md`)]) if (text === null) text = await readText(io, c);
    } else if (a.path && a.path !== '-') {
      if (!loaded.has(a.path)) {
        loaded.set(
          a.path,
          await loadArticle(a.path, {
            cwd: io.cwd,
            maxSize: input.maxSize,
            encoding: input.encoding,
            inputFormat: input.inputFormat,
            textField: input.textField,
            idField: input.idField,
            titleField: input.titleField,
          }),
        );
      }
      const records = loaded.get(a.path)!.articles;
      const same = records.find((r) => r.id === a.id) ?? (records.length === 1 ? records[0] : undefined);
      text = same?.text ?? null;
    }
    if (text === null) io.stderr(`claims: warning: cannot read the text of ${stripControls(a.id)}; its gold quantities and dates cannot be placed\n`);
    else texts.set(a.id, text);
  }
  return texts;
}

export function register(program: Command, io: CliIO): void {
  const cmd = program
    .command('eval')
    .description('score extraction (and comparison groups) against gold annotations; fail when figures drop')
    .argument('[paths...]', 'article files or folders (recursively); or use --extraction FILE')
    .requiredOption('--gold <file|folder>', 'gold annotations: a JSON file, or a folder of them (docs/gold-format.md)')
    .option('-f, --format <name>', `output format: ${FORMATS.join('|')} (default: table, or by the extension of -o FILE)`)
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write the report to FILE (atomically) instead of standard output')
    .option('--min <figures>', 'minimums, e.g. quantities.f1=0.9,statements.f1=0.8 (repeatable); exit 1 below', collectList, [])
    .option('--baseline <file>', 'figures that must not drop (written by --write-baseline); exit 1 when one does')
    .option('--write-baseline <file>', 'write this run’s figures as a baseline file')
    .option('--extraction <file>', 'score this stored `claims extract --format json|jsonl` output instead of extracting')
    .option('--comparison <file>', 'with --extraction: score the groups of this stored `claims compare --format json` output (default: run compare)')
    .option('--articles <dir>', 'with --extraction: folder holding <id>.txt (default: each article’s path)')
    .option('--no-compare', 'do not run compare (groups are not scored)')
    .option('--no-color', 'no colour in table output');
  addExtractionOptions(cmd)
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 every checked figure holds, 1 a figure fell below --min or the baseline, 2 usage or input error.',
        '',
        'Examples:',
        '  claims eval --gold fixtures/gold fixtures/articles',
        '  claims eval --gold fixtures/gold fixtures/articles --write-baseline fixtures/baseline.json',
        '  claims eval --gold fixtures/gold fixtures/articles --baseline fixtures/baseline.json',
        '  claims eval --gold gold/ articles/ --min quantities.f1=0.9,statements.f1=0.8 --format md',
        '',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: EvalFlags) => {
      const format = chooseFormat('eval', flags, FORMATS);
      const [{ loadGold, GoldFormatError }, { parseExtraction, ExtractionFormatError }, { parseMinimums, parseBaseline, makeBaseline }, { evaluate }, { evalFormatters }] =
        await Promise.all([
          import('../../eval/gold.js'),
          import('../../eval/read-extraction.js'),
          import('../../eval/thresholds.js'),
          import('../../eval/run.js'),
          import('../../format/eval/index.js'),
        ]);

      let minimums: Record<string, number>;
      try {
        minimums = parseMinimums(flags.min);
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      let baseline: Baseline | null = null;
      if (flags.baseline) {
        const json = await readJson(io, flags.baseline, 'baseline');
        try {
          baseline = parseBaseline(json, flags.baseline);
        } catch (e) {
          throw new CliError((e as Error).message);
        }
      }

      let gold;
      try {
        gold = await loadGold(resolve(io.cwd, flags.gold));
      } catch (e) {
        if (e instanceof GoldFormatError) throw new CliError(e.message);
        throw new CliError(`${flags.gold}: cannot read the gold annotations (${(e as Error).message})`);
      }

      let extraction: ExtractResult;
      let comparison: Pick<CompareResult, 'groups'> | null = null;
      if (flags.extraction) {
        if (paths.length) throw new CliError('give either article paths or --extraction, not both');
        if (flags.disable?.length) io.stderr('claims: warning: --disable has no effect on a stored extraction\n');
        const text = await readText(io, flags.extraction);
        if (text === null) throw new CliError(`${flags.extraction}: cannot read the extraction output`);
        try {
          extraction = parseExtraction(text, flags.extraction);
          const { duplicateIdWarnings } = await import('../../eval/read-extraction.js');
          for (const w of duplicateIdWarnings(extraction, flags.extraction)) io.stderr(`claims: warning: ${oneLine(w)}\n`);
        } catch (e) {
          if (e instanceof ExtractionFormatError) throw new CliError(e.message);
          throw e;
        }
        if (flags.comparison) {
          const json = (await readJson(io, flags.comparison, 'comparison')) as Partial<CompareResult> | null;
          if (!json || !Array.isArray(json.groups)) throw new CliError(`${flags.comparison}: not a comparison output (no "groups" list)`);
          comparison = { groups: json.groups };
        }
      } else {
        if (!paths.length) throw new CliError('give article paths to extract, or --extraction FILE');
        if (flags.comparison || flags.articles) throw new CliError('--comparison and --articles go with --extraction');
        const run = await runExtraction(paths, flags, io);
        reportInputErrors(io, run.errors);
        if (run.missing) throw new CliError('a given path does not exist');
        extraction = run;
      }

      if (!comparison && flags.compare !== false && gold.groups.some((g) => !g.optional)) {
        const [{ compare, compareOptionsFromLexicon }, { loadLexicon }] = await Promise.all([import('../../compare/index.js'), import('../../lexicon/index.js')]);
        comparison = compare(extraction.articles, compareOptionsFromLexicon(loadLexicon()));
      }
      const texts = await articleTexts(io, extraction, flags);
      const report = evaluate({ gold, extraction, texts, comparison, minimums, baseline });
      for (const id of report.missingArticles) io.stderr(`claims: warning: no extraction for gold article ${id}\n`);

      emit(io, evalFormatters[format](report, formatOptions(io, flags)), flags.output);
      if (flags.writeBaseline) {
        emit(io, JSON.stringify(makeBaseline(report), null, 2) + '\n', flags.writeBaseline);
        io.stderr(`claims: baseline written to ${flags.writeBaseline}\n`);
      }
      if (report.checks && !report.checks.passed) {
        for (const f of report.checks.failures) io.stderr(`claims: exit 1: ${f.message}\n`);
        io.exitCode = 1;
      }
    });
}
