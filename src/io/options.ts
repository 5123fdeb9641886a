/**
 * Input options shared by every command that reads articles (extract, compare, eval):
 * `addInputOptions(command)` registers them on a commander command, `parseInputOptions(raw)`
 * turns the raw option values into the options `loadInputs` takes, throwing an `Error` with a
 * clear message for a bad value (the CLI turns it into exit code 2).
 */
import { Option, type Command } from 'commander';
import { canonicalEncoding, encodingExists } from './decode.js';
import { INPUT_FORMATS, type InputFormat } from './types.js';
import { normalisePublished } from './metadata.js';

/** 10 MiB: far above any news article, small enough to refuse an accidental dump. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

/** Raw values as commander gives them (also accepted from a config file). */
export interface RawInputOptions {
  glob?: string | string[];
  encoding?: string;
  maxSize?: string | number;
  inputFormat?: string;
  textField?: string;
  idField?: string;
  titleField?: string;
  dateField?: string;
  outletField?: string;
  urlField?: string;
  authorField?: string;
  referenceDate?: string;
  strict?: boolean;
}

export interface InputOptions {
  /** Folder globs; undefined = the defaults for the input format. */
  glob?: string[];
  /** Canonical encoding name, or undefined for detection. */
  encoding?: string;
  maxSize: number;
  inputFormat?: InputFormat;
  textField?: string;
  idField?: string;
  titleField?: string;
  dateField?: string;
  outletField?: string;
  urlField?: string;
  authorField?: string;
  /** Reference date (ISO day) for relative dates in articles without a publication date. */
  referenceDate?: string;
  strict: boolean;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * A size in bytes from `500k`, `500KB`, `500KiB`, `20MB`, `1.5M`, `2g`, `1048576` or `100b`.
 * K, M, G, T are binary (1024-based) with or without `B`/`iB`; case does not matter.
 */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--max-size: ${value} is not a positive size`);
    return Math.floor(value);
  }
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*([kmgt]?)(i?b)?\s*$/i.exec(value);
  if (!m) throw new Error(`--max-size: cannot read "${value}" as a size (examples: 500k, 20MB, 1048576)`);
  const bytes = Math.floor(Number(m[1].replace(',', '.')) * UNITS[m[2].toLowerCase()]);
  if (!(bytes > 0)) throw new Error(`--max-size: "${value}" is not a positive size`);
  return bytes;
}

/** Splits `*.txt,*.md` into patterns; commas inside `{…}` belong to the pattern. */
export function splitGlobs(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function field(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`--${name}: needs a field name`);
  return value.trim();
}

function referenceDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = normalisePublished(String(value));
  if (!iso) throw new Error(`--reference-date: cannot read "${value}" as a date (for example 2024-03-02 or 2.3.2024)`);
  return iso.slice(0, 10);
}

/** Validates raw option values; throws an `Error` naming the option and the problem. */
export function parseInputOptions(raw: RawInputOptions): InputOptions {
  let glob: string[] | undefined;
  if (raw.glob !== undefined) {
    const list = (Array.isArray(raw.glob) ? raw.glob : [raw.glob]).flatMap((g) => splitGlobs(String(g)));
    if (list.length > 0) glob = list;
    else if (Array.isArray(raw.glob) && raw.glob.length > 0) throw new Error('--glob: needs a pattern such as "**/*.txt"');
    for (const g of list) {
      if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g)) {
        throw new Error(`--glob: "${g}" must be relative to the folder (for example **/*.txt)`);
      }
    }
  }
  let encoding: string | undefined;
  if (raw.encoding !== undefined) {
    const name = canonicalEncoding(String(raw.encoding));
    if (name === '' || !encodingExists(name)) {
      throw new Error(`--encoding: unknown encoding "${raw.encoding}" (for example utf-8, windows-1252, iso-8859-1, utf-16le)`);
    }
    encoding = name;
  }
  const maxSize = raw.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(raw.maxSize);
  let inputFormat: InputFormat | undefined;
  if (raw.inputFormat !== undefined) {
    const f = String(raw.inputFormat).trim().toLowerCase();
    if (!(INPUT_FORMATS as readonly string[]).includes(f)) {
      throw new Error(`--input-format: "${raw.inputFormat}" is not one of ${INPUT_FORMATS.join(', ')}`);
    }
    inputFormat = f as InputFormat;
  }
  return {
    glob,
    encoding,
    maxSize,
    inputFormat,
    textField: field('text-field', raw.textField),
    idField: field('id-field', raw.idField),
    titleField: field('title-field', raw.titleField),
    dateField: field('date-field', raw.dateField),
    outletField: field('outlet-field', raw.outletField),
    urlField: field('url-field', raw.urlField),
    authorField: field('author-field', raw.authorField),
    referenceDate: referenceDate(raw.referenceDate),
    strict: raw.strict === true,
  };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Registers --glob (repeatable, comma-separated), --encoding, --max-size, --input-format,
 * --text-field, --id-field, --title-field, --date-field, --outlet-field, --url-field,
 * --author-field, --reference-date and --strict on a command. Read them back with
 * `parseInputOptions(command.opts())`.
 */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--glob <pattern>', 'files to take from folders (repeatable, comma-separated; default **/*.txt,**/*.md,**/*.html,**/*.htm)').argParser(
        collect,
      ),
    )
    .addOption(new Option('--encoding <name>', 'decode files with this encoding instead of detecting it (utf-8, windows-1252, utf-16le, ...)'))
    .addOption(new Option('--max-size <size>', 'skip files larger than this (e.g. 500k, 20MB)').default('10MB'))
    .addOption(new Option('--input-format <format>', 'read every file as this format (default: by extension)').choices([...INPUT_FORMATS]))
    .addOption(new Option('--text-field <name>', 'JSON/JSONL field holding the article text (default: text)'))
    .addOption(new Option('--id-field <name>', 'JSON/JSONL field holding the article id (default: id; records without one: <file>#<line>; a repeated id gets #<line>, found in a stream by 64-bit hashes of the ids)'))
    .addOption(new Option('--title-field <name>', 'JSON/JSONL field holding the title (default: title)'))
    .addOption(new Option('--date-field <name>', 'JSON/JSONL field holding the publication time (default: published, date, datePublished, …)'))
    .addOption(new Option('--outlet-field <name>', 'JSON/JSONL field holding the outlet (default: outlet, source, site, publisher, …)'))
    .addOption(new Option('--url-field <name>', 'JSON/JSONL field holding the article URL (default: url, link, …)'))
    .addOption(new Option('--author-field <name>', 'JSON/JSONL field holding the author (default: author, byline, …)'))
    .addOption(new Option('--reference-date <date>', 'date that "gestern", "am Montag" … refer to in articles without a publication date (e.g. 2024-03-02)'))
    .addOption(new Option('--strict', 'exit 2 when any input file is bad (default: only when nothing could be read)'));
}
