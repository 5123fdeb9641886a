import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import fg from 'fast-glob';
import { CliError, type CliIO } from './io.js';
import { loadConfig } from './config.js';
import { allRules, ruleIdMatcher } from '../rules/registry.js';
import { extractText, type ExtractOptions } from '../pipeline.js';
import { SCHEMA_VERSION, type ArticleResult, type ExtractResult, type InputError } from '../types.js';

/** Options every extracting command shares (extract, compare, eval). */
export interface ExtractionOptions {
  disable?: string[];
  config?: string;
  glob?: string[];
}

/** `--disable a,b --disable c` → ['a','b','c'] */
export function collectList(value: string, previous: string[] = []): string[] {
  return previous.concat(value.split(',').map((s) => s.trim()).filter(Boolean));
}

export interface RuleSelection {
  isEnabled: (id: string) => boolean;
  /** Patterns that match no rule id (probably a typo). */
  unmatched: string[];
}

export function selectRules(disable: string[]): RuleSelection {
  const disabled = ruleIdMatcher(disable);
  const unmatched = disable.filter((p) => !allRules.some((r) => ruleIdMatcher([p])(r.meta.id)));
  return { isEnabled: (id) => !disabled(id), unmatched };
}

/** Builds the pipeline options from CLI flags and claims.config.json; warns about unknown rule ids. */
export function pipelineOptions(opts: ExtractionOptions, io: CliIO): ExtractOptions {
  const config = loadConfig(io.cwd, opts.config);
  const selection = selectRules([...config.disable, ...(opts.disable ?? [])]);
  for (const p of selection.unmatched) io.stderr(`claims: warning: --disable ${p} matches no rule (see \`claims rules\`)\n`);
  return { isEnabled: selection.isEnabled };
}

const DEFAULT_GLOBS = ['**/*.txt', '**/*.md'];

/** Deterministic article order: by id, then path. */
export function compareArticles(a: { id: string; path: string }, b: { id: string; path: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Finds and loads the articles under `paths`, extracts each, and returns the result sorted by
 * article id. `onArticle` sees each article as soon as it is done (streaming formats).
 */
export async function runExtraction(
  paths: string[],
  opts: ExtractionOptions,
  io: CliIO,
  onArticle?: (a: ArticleResult) => void,
): Promise<ExtractResult> {
  const options = pipelineOptions(opts, io);
  const errors: InputError[] = [];
  const files: string[] = [];
  let stdin: string | null = null;
  for (const p of paths) {
    if (p === '-') {
      stdin = await io.readStdin();
      continue;
    }
    const abs = resolve(io.cwd, p);
    const found = await fg(opts.glob?.length ? opts.glob : DEFAULT_GLOBS, { cwd: abs, absolute: false, onlyFiles: true, dot: false }).catch(() => null);
    if (found && found.length) files.push(...found.sort().map((f) => `${p.replace(/\/$/, '')}/${f}`));
    else {
      const stat = await import('node:fs/promises').then((m) => m.stat(abs)).catch(() => null);
      if (!stat) throw new CliError(`${p}: no such file or directory`);
      if (stat.isFile()) files.push(p);
      else errors.push({ path: p, message: 'no matching files in folder' });
    }
  }
  const articles: ArticleResult[] = [];
  const unique = [...new Set(files)];
  if (stdin !== null) {
    const a = extractText(stdin, { id: 'stdin', path: '-' }, options);
    articles.push(a);
    onArticle?.(a);
  }
  for (const f of unique) {
    const text = await readFile(resolve(io.cwd, f), 'utf8');
    const a = extractText(text, { id: basename(f, extname(f)), path: f }, options);
    articles.push(a);
    onArticle?.(a);
  }
  articles.sort(compareArticles);
  return { schemaVersion: SCHEMA_VERSION, articles, errors };
}
