/**
 * Types of the input layer. `InputError` extends the output contract's `{path, message}` with a
 * machine-readable `kind`; formatters may print just `path` and `message`.
 */
import type { InputError as ContractInputError } from '../types.js';
import type { ArticleMetadata } from './metadata.js';

export type { ArticleMetadata } from './metadata.js';

export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'json';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html', 'jsonl', 'json'];

export type InputErrorKind =
  /** A path given on the command line does not exist (the command exits 2). */
  | 'missing'
  | 'broken-symlink'
  /** Permission denied, I/O error, a directory where a file was expected. */
  | 'unreadable'
  /** FIFO, socket, device: never read (a FIFO would block). */
  | 'not-a-file'
  /** A folder with no files matching the globs. */
  | 'no-match'
  /** The same file given twice (also via another relative path or a symlink); read once. */
  | 'duplicate'
  | 'empty'
  | 'whitespace'
  | 'binary'
  | 'too-large'
  /** Undecodable with the requested --encoding. */
  | 'encoding'
  /** HTML without extractable text. */
  | 'no-text'
  | 'invalid-json'
  /** Markdown front matter that is not valid YAML (the article is still read). */
  | 'bad-front-matter'
  /** A JSON record without the text field (or with a non-string / empty one). */
  | 'missing-field'
  /** A resource limit: nesting depth, word length, document size, output size (issue 16). */
  | 'limit';

export interface InputError extends ContractInputError {
  /** Which kind of problem; see `InputErrorKind`. */
  kind: InputErrorKind;
  /** True only for a given path that does not exist (the caller exits 2). */
  missing?: boolean;
  /** 1-based line (JSONL) or record number (JSON array) when the error concerns one record. */
  record?: number;
}

export interface LoadedArticle {
  /** File name without extension; for JSON records the --id-field value or `<file>#<n>`. */
  id: string;
  /** The file path as found (`-` for stdin). */
  path: string;
  title: string;
  /** Decoded text: every output offset refers to it. */
  text: string;
  /** Encoding the file was decoded with (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
  format: InputFormat;
  /** 1-based line (JSONL) or record number (JSON) of the record the article came from. */
  record?: number;
  /** Publication time, outlet, URL, author (HTML meta tags, JSON fields, front matter). */
  meta?: ArticleMetadata;
}

export interface LoadOptions {
  /** Force a decoder (any iconv-lite name: utf-8, windows-1252, latin1, utf-16le, ...). */
  encoding?: string;
  /** Files larger than this many bytes are refused. */
  maxSize: number;
  /** Force the format; otherwise by extension (.html/.htm html, .jsonl/.ndjson jsonl, .json json, else text). */
  inputFormat?: InputFormat;
  /** JSON field with the article text (default `text`; dotted paths such as `body.text` work). */
  textField?: string;
  /** JSON field with the article id (default `id`; records without one get `<file>#<n>`). */
  idField?: string;
  /** JSON field with the title (default `title`; else the text's first non-empty line). */
  titleField?: string;
  /** JSON fields with the publication time, outlet, URL and author (defaults: `DEFAULT_FIELDS` in metadata.ts). */
  dateField?: string;
  outletField?: string;
  urlField?: string;
  authorField?: string;
  /** Base for relative paths (default: the process's working directory). */
  cwd?: string;
  /**
   * The path was found by `findInputs` (it existed then): when it is gone by the time it is
   * read (deleted mid-run) that is a bad file, not a missing path that fails the run.
   */
  found?: boolean;
}

export interface LoadResult {
  articles: LoadedArticle[];
  errors: InputError[];
}
