/**
 * Finding and loading input files. Every problem becomes an `InputError` (one line naming the
 * file and the reason) and never stops the other files; see docs/bad-input.md.
 */
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { stripControls } from '../format/sanitize.js';
import { sha256Hex } from './crypto.js';
import { decodeBytes } from './decode.js';
import { extractHtml, HtmlLimitError } from './html.js';
import { loadMarkdownParsers, NOT_ARTICLES, readMarkdown } from './markdown.js';
import { getField, metadataFromRecord } from './metadata.js';
import type { InputError, InputErrorKind, InputFormat, LoadedArticle, LoadOptions, LoadResult } from './types.js';

export type { InputError, InputErrorKind, InputFormat, LoadedArticle, LoadOptions, LoadResult } from './types.js';

/** Globs used for folders when no --glob is given. */
export const DEFAULT_GLOBS: readonly string[] = ['**/*.txt', '**/*.md', '**/*.html', '**/*.htm'];

/** Default folder globs for a forced --input-format. */
export function defaultGlobs(inputFormat?: InputFormat): string[] {
  switch (inputFormat) {
    case 'text':
      return ['**/*.txt', '**/*.md'];
    case 'markdown':
      return ['**/*.md', '**/*.markdown'];
    case 'html':
      return ['**/*.html', '**/*.htm'];
    case 'jsonl':
      return ['**/*.jsonl', '**/*.ndjson'];
    case 'json':
      return ['**/*.json'];
    default:
      return [...DEFAULT_GLOBS];
  }
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of `errors`: by path, then record (line) number, then message. */
export function compareInputErrors(a: InputError, b: InputError): number {
  return byPathThenMessage(a, b);
}

function byPathThenMessage(a: InputError, b: InputError): number {
  return compareStrings(a.path, b.path) || (a.record ?? 0) - (b.record ?? 0) || compareStrings(a.message, b.message);
}

function inputError(p: string, kind: InputErrorKind, reason: string, extra: Partial<InputError> = {}): InputError {
  return { path: p, message: `${p}: ${reason}`, kind, ...extra };
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** A short reason for a file-system error (`permission denied`, `is a directory`, ...). */
export function describeFsError(err: unknown): { kind: InputErrorKind; reason: string } {
  switch (errnoCode(err)) {
    case 'ENOENT':
      return { kind: 'missing', reason: 'does not exist' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'unreadable', reason: 'cannot be read: permission denied' };
    case 'EISDIR':
      return { kind: 'unreadable', reason: 'cannot be read: is a directory' };
    case 'ELOOP':
      return { kind: 'broken-symlink', reason: 'symbolic link loop' };
    case 'ENAMETOOLONG':
      return { kind: 'unreadable', reason: 'cannot be read: name too long' };
    case 'ENOTDIR':
      return { kind: 'missing', reason: 'does not exist (a path component is not a folder)' };
    default: {
      const code = errnoCode(err);
      const msg = err instanceof Error ? err.message : String(err);
      return { kind: 'unreadable', reason: `cannot be read: ${code ?? msg}` };
    }
  }
}

function fileKindReason(st: Stats): string {
  if (st.isFIFO()) return 'not a regular file (named pipe), skipped';
  if (st.isSocket()) return 'not a regular file (socket), skipped';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'not a regular file (device), skipped';
  return 'not a regular file, skipped';
}

export interface FindOptions {
  /** Folder globs (replace the defaults). Patterns without `/` match file names at any depth. */
  glob?: string[];
  cwd: string;
  /** Picks the default globs when `glob` is not given. */
  inputFormat?: InputFormat;
}

export interface FindResult {
  /** Display paths (as given, or folder + relative match), sorted, each file once; `-` = stdin. */
  files: string[];
  errors: InputError[];
}

interface Candidate {
  display: string;
  abs: string;
  /** Identity of the file: device and inode (hard links, symlinks and other paths agree). */
  key: string;
  /** The path's last component is a symbolic link to the file. */
  alias: boolean;
}

async function fileKey(abs: string, st: Stats): Promise<string> {
  if (st.ino !== 0) return `${st.dev}:${st.ino}`;
  return fs.realpath(abs).catch(() => abs);
}

/** `fn` over `items`, at most `limit` at a time, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Expands paths into files. Files are taken whatever their extension; folders are searched
 * recursively with the globs (hidden files and folders skipped). `-` stands for stdin.
 * The same file reached twice (same path, another relative path, a symlink, a hard link) is
 * kept once — under a path that is not a symlink to it when there is one, else under the
 * smallest display path — and the others are reported as `duplicate`.
 */
export async function findInputs(paths: string[], opts: FindOptions): Promise<FindResult> {
  const errors: InputError[] = [];
  const candidates: Candidate[] = [];
  let stdin = false;
  const globs = opts.glob && opts.glob.length > 0 ? opts.glob : defaultGlobs(opts.inputFormat);

  for (const given of paths) {
    if (given === '-') {
      if (stdin) errors.push(inputError('-', 'duplicate', 'standard input given more than once, read once'));
      stdin = true;
      continue;
    }
    const display = given === '' ? given : path.normalize(given);
    if (display === '') {
      errors.push(inputError("''", 'missing', 'empty path', { missing: true }));
      continue;
    }
    const abs = path.resolve(opts.cwd, given);
    let lst: Stats;
    try {
      lst = await fs.lstat(abs);
    } catch (err) {
      const d = describeFsError(err);
      errors.push(inputError(display, d.kind, d.reason, d.kind === 'missing' ? { missing: true } : {}));
      continue;
    }
    let st: Stats;
    try {
      st = await fs.stat(abs);
    } catch (err) {
      const code = errnoCode(err);
      if (lst.isSymbolicLink() && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')) {
        const target = await fs.readlink(abs).catch(() => '?');
        errors.push(inputError(display, 'broken-symlink', `broken symbolic link (points to ${target}, which does not exist)`));
      } else {
        const d = describeFsError(err);
        errors.push(inputError(display, d.kind, d.reason));
      }
      continue;
    }
    if (st.isDirectory()) {
      const found = await expandFolder(display, abs, globs, errors);
      if (found.length === 0) {
        errors.push(inputError(display, 'no-match', `folder has no files matching ${globs.join(', ')}`));
      }
      candidates.push(...found);
    } else if (st.isFile()) {
      candidates.push({ display, abs, key: await fileKey(abs, st), alias: lst.isSymbolicLink() });
    } else {
      errors.push(inputError(display, 'not-a-file', fileKindReason(st)));
    }
  }

  // Same file, whatever the path: group by real path (and by device + inode for hard links).
  const identity = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = identity.get(c.key);
    if (group) group.push(c);
    else identity.set(c.key, [c]);
  }
  const files: string[] = stdin ? ['-'] : [];
  for (const group of identity.values()) {
    // Keep the file under its own name rather than a symlink to it; then the smallest path.
    group.sort((a, b) => Number(a.alias) - Number(b.alias) || compareStrings(a.display, b.display));
    const kept = group[0];
    files.push(kept.display);
    for (const dup of group.slice(1)) {
      errors.push(
        inputError(
          dup.display,
          'duplicate',
          dup.display === kept.display ? 'given more than once, read once' : `same file as ${kept.display}, read once`,
        ),
      );
    }
  }
  files.sort(compareStrings);
  errors.sort(byPathThenMessage);
  return { files, errors };
}

/** Bytes → text for a file name; `null` when the name is not valid UTF-8. */
function nameText(name: Buffer): string | null {
  return isUtf8(name) ? name.toString('utf8') : null;
}

/**
 * Every entry under `abs` (relative paths with `/`, hidden entries skipped) that matches the
 * globs — an iterative walk that follows symbolic links to folders but never into a folder it is
 * already inside (by device + inode), so link loops end. Names that are not valid UTF-8 cannot
 * be named in the output: they are reported, not silently lost.
 */
async function walkFolder(display: string, abs: string, globs: string[], errors: InputError[]): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  // Patterns without `/` match the file name at any depth; the others the whole relative path.
  const bare = globs.filter((g) => !g.includes('/'));
  const pathed = globs.filter((g) => g.includes('/'));
  const onName = bare.length ? picomatch(bare, { dot: false, basename: true }) : () => false;
  const onPath = pathed.length ? picomatch(pathed, { dot: false }) : () => false;
  const isMatch = (rel: string): boolean => onName(rel) || onPath(rel);
  const matches: string[] = [];
  const rootSt = await fs.stat(abs).catch(() => null);
  const stack: Array<{ rel: string; abs: string; ancestors: ReadonlySet<string> }> = [
    { rel: '', abs, ancestors: new Set(rootSt ? [`${rootSt.dev}:${rootSt.ino}`] : []) },
  ];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = await fs.readdir(dir.abs, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue; // an unreadable folder below the given one is skipped (as fast-glob's suppressErrors did)
    }
    const subdirs: typeof stack = [];
    for (const ent of entries) {
      if (ent.name[0] === 0x2e) continue; // hidden: `.name`
      const name = nameText(ent.name);
      const rel = dir.rel ? `${dir.rel}/${name ?? ent.name.toString('latin1')}` : (name ?? ent.name.toString('latin1'));
      if (name === null) {
        if (isMatch(rel)) {
          const shown = stripControls(path.join(display, dir.rel, ent.name.toString('latin1')));
          errors.push(inputError(shown, 'unreadable', 'file name is not valid UTF-8, skipped (rename it to read it)'));
        }
        continue;
      }
      if (isMatch(rel)) matches.push(rel);
      const entAbs = path.join(dir.abs, name);
      if (!ent.isDirectory() && !ent.isSymbolicLink()) continue;
      const st = await fs.stat(entAbs).catch(() => null);
      if (!st?.isDirectory()) continue;
      const key = `${st.dev}:${st.ino}`;
      if (dir.ancestors.has(key)) {
        errors.push(inputError(path.join(display, rel), 'duplicate', 'symbolic link back to a folder above it, not followed (a loop)'));
        continue;
      }
      subdirs.push({ rel, abs: entAbs, ancestors: new Set([...dir.ancestors, key]) });
    }
    // Depth-first, in name order (the matches are sorted afterwards anyway).
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return matches;
}

async function expandFolder(display: string, abs: string, globs: string[], errors: InputError[]): Promise<Candidate[]> {
  const walked = await walkFolder(display, abs, globs, errors);
  // A folder's README, CHANGELOG, LICENSE … are the folder's documentation, not news (named, they are read).
  const matches = walked.filter((rel) => !NOT_ARTICLES.test(path.basename(rel)));
  matches.sort(compareStrings);
  const checked = await mapLimit(matches, 64, async (rel): Promise<Candidate | InputError | null> => {
    const fileAbs = path.join(abs, rel);
    const fileDisplay = path.join(display, rel);
    let st: Stats;
    try {
      st = await fs.stat(fileAbs);
    } catch (err) {
      const code = errnoCode(err);
      const lst = await fs.lstat(fileAbs).catch(() => null);
      if (lst?.isSymbolicLink() && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')) {
        const target = await fs.readlink(fileAbs).catch(() => '?');
        return inputError(fileDisplay, 'broken-symlink', `broken symbolic link (points to ${target}, which does not exist)`);
      }
      const d = describeFsError(err);
      return inputError(fileDisplay, d.kind === 'missing' ? 'unreadable' : d.kind, d.reason);
    }
    if (st.isDirectory()) return null; // a folder named like a file (`old.txt/`): nothing to read
    if (!st.isFile()) return inputError(fileDisplay, 'not-a-file', fileKindReason(st));
    const lst = await fs.lstat(fileAbs).catch(() => null);
    return { display: fileDisplay, abs: fileAbs, key: await fileKey(fileAbs, st), alias: lst?.isSymbolicLink() ?? false };
  });
  const out: Candidate[] = [];
  for (const c of checked) {
    if (c === null) continue;
    if ('kind' in c) errors.push(c);
    else out.push(c);
  }
  return out;
}

/** Input format of a file: forced, else by extension. */
export function formatOf(file: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

/** File name without its extension (`a/b/Hochwasser.txt` → `Hochwasser`); `stdin` for `-`. */
export function articleId(file: string): string {
  if (file === '-') return 'stdin';
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/**
 * First non-empty line, trimmed; markdown heading marks (`# `) and a bold/emphasis wrapper are
 * removed from it.
 */
export function titleOf(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (t.length === 0) continue;
    const heading = t.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
    const unwrapped = /^(\*\*|__)(.+)\1$/.exec(heading)?.[2] ?? heading;
    return unwrapped.trim() || t;
  }
  return '';
}

/** Sizes in binary units, labelled as such (the limit is counted in MiB: 10 MiB = 10,485,760 bytes). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1).replace(/\.0$/, '')} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

const READ_CHUNK = 1024 * 1024;

/**
 * Reads a file to its end, but never more than `max` bytes: the limit is enforced while reading
 * (a file that grows after `stat`, a special file system that reports size 0). `null` when over.
 */
async function readCapped(handle: FileHandle, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const want = Math.min(READ_CHUNK, max - size + 1);
    const buf = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buf, 0, want, null);
    if (bytesRead === 0) break;
    size += bytesRead;
    if (size > max) return null;
    chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/**
 * Loads one file: text, markdown, HTML, JSONL or JSON. One file can give several articles (JSON
 * records) and several errors (bad records) without losing the good ones.
 */
export async function loadArticle(file: string, opts: LoadOptions): Promise<LoadResult> {
  const format = formatOf(file, opts.inputFormat);
  if (format === 'jsonl') return loadJsonl(file, opts);
  const opened = await openInput(file, opts);
  if ('kind' in opened) return { articles: [], errors: [opened] };
  const { handle } = opened;
  let bytes: Buffer | null;
  try {
    bytes = await readCapped(handle, opts.maxSize);
  } catch (err) {
    const d = describeFsError(err);
    return fail(file, d.kind, d.reason);
  } finally {
    await handle.close().catch(() => undefined);
  }
  if (bytes === null) {
    // The file grew between stat and read.
    return fail(file, 'too-large', `too large (over the --max-size limit of ${formatSize(opts.maxSize)})`);
  }
  if (format === 'markdown') await loadMarkdownParsers();
  return fromBytes(file, bytes, format, opts);
}

/** Decoded bytes of a file or of standard input → articles. */
function fromBytes(file: string, bytes: Uint8Array, format: InputFormat, opts: LoadOptions): LoadResult {
  if (bytes.length === 0) return fail(file, 'empty', file === '-' ? 'standard input is empty' : 'empty file');
  const decoded = decodeBytes(bytes, { encoding: opts.encoding, html: format === 'html' });
  if (!decoded.ok) return fail(file, decoded.reason, decoded.message);
  return fromText(file, decoded.value.text, decoded.value.encoding, format, opts);
}

function withMeta(a: LoadedArticle, meta: LoadedArticle['meta']): LoadedArticle {
  return meta && Object.keys(meta).length ? { ...a, meta } : a;
}

/**
 * Standard input read as bytes (at most `--max-size`, enforced while reading: `tooLarge` then):
 * decoded like a file — `--encoding`, a byte order mark, UTF-16, else UTF-8 / Windows-1252.
 */
export function readStdinBytes(input: { bytes: Uint8Array; tooLarge: boolean }, opts: Partial<LoadOptions> = {}): LoadResult {
  const maxSize = opts.maxSize ?? Number.POSITIVE_INFINITY;
  if (input.tooLarge) return fail('-', 'too-large', `standard input too large (over the --max-size limit of ${formatSize(maxSize)})`);
  const format = opts.inputFormat ?? 'text';
  return fromBytes('-', input.bytes, format, { maxSize, ...opts });
}

/**
 * Opens an input file with the checks every input shares: a broken link, a directory, not a
 * regular file, (with `maxSize`) too large, unreadable, gone since it was found. The open handle,
 * or the error that refuses the file. Used by `loadArticle` and by the JSONL stream reader
 * (which passes no `maxSize`: its limit is per record).
 */
export async function openInput(file: string, opts: { cwd?: string; found?: boolean; maxSize?: number }): Promise<{ handle: FileHandle } | InputError> {
  const abs = opts.cwd ? path.resolve(opts.cwd, file) : file;
  try {
    const lst = await fs.lstat(abs);
    if (lst.isSymbolicLink()) {
      try {
        await fs.stat(abs);
      } catch {
        const target = await fs.readlink(abs).catch(() => '?');
        return inputError(file, 'broken-symlink', `broken symbolic link (points to ${target}, which does not exist)`);
      }
    }
    const st = await fs.stat(abs);
    if (st.isDirectory()) return inputError(file, 'unreadable', 'cannot be read: is a directory');
    if (!st.isFile()) return inputError(file, 'not-a-file', fileKindReason(st));
    if (opts.maxSize !== undefined && st.size > opts.maxSize) {
      return inputError(file, 'too-large', `too large (${formatSize(st.size)}, over the --max-size limit of ${formatSize(opts.maxSize)})`);
    }
    return { handle: await fs.open(abs, 'r') };
  } catch (err) {
    const d = describeFsError(err);
    // A file found by the search that is gone now (deleted mid-run) is a bad input like any
    // other, not a path given that does not exist (which alone makes the run fail).
    if (d.kind === 'missing' && opts.found) return inputError(file, 'unreadable', 'disappeared before it could be read');
    return inputError(file, d.kind, d.reason, d.kind === 'missing' ? { missing: true } : {});
  }
}

function fail(file: string, kind: InputErrorKind, reason: string, extra: Partial<InputError> = {}): LoadResult {
  return { articles: [], errors: [inputError(file, kind, reason, extra)] };
}

/**
 * Standard input as one article (id `stdin`, path `-`), or as JSON/JSONL records with
 * `inputFormat`. The text is already decoded (the CLI reads stdin as UTF-8); a leading BOM is dropped.
 */
export function readStdinArticle(text: string, opts: Partial<LoadOptions> = {}): LoadResult {
  const maxSize = opts.maxSize ?? Number.POSITIVE_INFINITY;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxSize) {
    return fail('-', 'too-large', `standard input too large (${formatSize(size)}, over the --max-size limit of ${formatSize(maxSize)})`);
  }
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.length === 0) return fail('-', 'empty', 'standard input is empty');
  if (body.includes('\u0000')) return fail('-', 'binary', 'binary input (contains NUL bytes)');
  return fromText('-', body, 'utf-8', opts.inputFormat ?? 'text', { maxSize, ...opts });
}

function fromText(file: string, text: string, encoding: string, format: InputFormat, opts: LoadOptions): LoadResult {
  if (text.trim().length === 0) return fail(file, 'whitespace', 'contains only whitespace');
  switch (format) {
    case 'html': {
      let html;
      try {
        html = extractHtml(text);
      } catch (err) {
        if (err instanceof HtmlLimitError) return fail(file, 'limit', err.message);
        throw err;
      }
      if (html.text.trim().length === 0) return fail(file, 'no-text', 'HTML page without text');
      return { articles: [withMeta({ id: articleId(file), path: file, title: html.title, text: html.text, encoding, format }, html.meta)], errors: [] };
    }
    case 'markdown': {
      const md = readMarkdown(text);
      if (md.text.trim().length === 0) return fail(file, 'no-text', 'Markdown file without text (only front matter or markup)');
      const article = withMeta({ id: articleId(file), path: file, title: md.title, text: md.text, encoding, format }, md.meta);
      return { articles: [article], errors: md.warning ? [inputError(file, 'bad-front-matter', md.warning)] : [] };
    }
    case 'jsonl':
      return fromRecords(file, jsonlRecords(file, text), encoding, format, opts);
    case 'json':
      return fromRecords(file, jsonRecords(file, text), encoding, format, opts);
    default:
      return { articles: [{ id: articleId(file), path: file, title: titleOf(text), text, encoding, format }], errors: [] };
  }
}

interface RecordsOutcome {
  records: Array<{ n: number; value: unknown }>;
  errors: InputError[];
}

function jsonMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/** One JSONL line (1-based `n`; a leading BOM is dropped) parsed, or the error that skips it; null for a blank line. */
export function parseJsonlLine(file: string, n: number, line: string): { value: unknown } | { error: InputError } | null {
  const src = n === 1 && line.startsWith('\ufeff') ? line.slice(1) : line;
  if (src.trim() === '') return null;
  try {
    return { value: JSON.parse(src) };
  } catch (err) {
    return { error: { path: file, message: `${file}:${n}: invalid JSON (${jsonMessage(err)}), line skipped`, kind: 'invalid-json', record: n } };
  }
}

function jsonlRecords(file: string, text: string): RecordsOutcome {
  const records: RecordsOutcome['records'] = [];
  const errors: InputError[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const r = parseJsonlLine(file, i + 1, line);
    if (r && 'value' in r) records.push({ n: i + 1, value: r.value });
    else if (r) errors.push(r.error);
  });
  return { records, errors };
}

function jsonRecords(file: string, text: string): RecordsOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { records: [], errors: [inputError(file, 'invalid-json', `invalid JSON (${jsonMessage(err)})`)] };
  }
  if (Array.isArray(value)) return { records: value.map((v, i) => ({ n: i + 1, value: v })), errors: [] };
  if (value !== null && typeof value === 'object') return { records: [{ n: 1, value }], errors: [] };
  return { records: [], errors: [inputError(file, 'invalid-json', 'expected a JSON array of objects or one object')] };
}

/** An id from a JSON value: controls removed, whitespace collapsed; '' when unusable. */
export function sanitizeId(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return stripControls(String(value)).replace(/\s+/g, ' ').trim();
}

/**
 * The id of a record read from standard input without `--id-field`: `stdin#` and 16 hex digits
 * of the SHA-256 of the record (as `JSON.stringify` writes it). Derived from the content, not the
 * position, so the same record gets the same id in whichever partition of a stream it arrives,
 * and different records get different ids when partitions are merged (issue 15).
 */
export function contentId(value: unknown): string {
  return `stdin#${sha256Hex(JSON.stringify(value)).slice(0, 16)}`;
}

/**
 * A JSON record (`n`: 1-based line or record number) → an article, or the error that skips it.
 * Its id is the `--id-field` value, else `<file>#<n>` (`stdin#<content hash>` on standard input);
 * ids are made unique within the file afterwards (`uniqueRecordId`).
 */
export function recordArticle(file: string, n: number, value: unknown, encoding: string, format: InputFormat, opts: LoadOptions): LoadedArticle | InputError {
  const textField = opts.textField ?? 'text';
  const titleField = opts.titleField ?? 'title';
  const unit = format === 'jsonl' ? 'line' : 'record';
  const where = `${file}:${format === 'jsonl' ? n : `#${n}`}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: file, message: `${where}: ${unit} is not a JSON object, skipped`, kind: 'invalid-json', record: n };
  }
  const obj = value as Record<string, unknown>;
  const text = getField(obj, textField);
  if (typeof text !== 'string') {
    const keys = Object.keys(obj).sort(compareStrings).slice(0, 8).join(', ');
    const reason = text === undefined ? `no field "${textField}"` : `field "${textField}" is not a string`;
    return { path: file, message: `${where}: ${reason} (fields: ${keys || 'none'}; use --text-field), ${unit} skipped`, kind: 'missing-field', record: n };
  }
  if (text.trim() === '') {
    return { path: file, message: `${where}: field "${textField}" is empty, ${unit} skipped`, kind: 'missing-field', record: n };
  }
  // the record's own id: the --id-field named, else a field "id" where the record has one
  let id = sanitizeId(getField(obj, opts.idField ?? 'id'));
  if (id === '') id = file === '-' ? contentId(value) : `${articleId(file)}#${n}`;
  const t = getField(obj, titleField);
  const title = typeof t === 'string' && t.trim() !== '' ? t.replace(/\s+/g, ' ').trim() : titleOf(text);
  return withMeta({ id, path: file, title, text, encoding, format, record: n }, metadataFromRecord(obj, opts));
}

/**
 * A record id made unique within its file: a repeated id gets `#<n>` (its record number), then `-2`, `-3`, ….
 * `seen`: the ids so far (a Set for a file loaded whole, an `IdCounts` for a stream).
 */
export function uniqueRecordId(seen: { has(id: string): boolean; add(id: string): unknown }, id: string, n: number): string {
  if (seen.has(id)) {
    const stem = `${id}#${n}`;
    id = stem;
    for (let k = 2; seen.has(id); k++) id = `${stem}-${k}`;
  }
  seen.add(id);
  return id;
}

function fromRecords(file: string, outcome: RecordsOutcome, encoding: string, format: InputFormat, opts: LoadOptions): LoadResult {
  const articles: LoadedArticle[] = [];
  const errors = [...outcome.errors];
  const seen = new Set<string>();
  for (const { n, value } of outcome.records) {
    const r = recordArticle(file, n, value, encoding, format, opts);
    if ('kind' in r) {
      errors.push(r);
      continue;
    }
    const id = uniqueRecordId(seen, r.id, n);
    articles.push(id === r.id ? r : { ...r, id });
  }
  if (articles.length === 0 && errors.length === 0) {
    errors.push(inputError(file, 'empty', format === 'jsonl' ? 'no JSON lines' : 'no records (empty JSON array)'));
  }
  errors.sort(byPathThenMessage);
  return { articles, errors };
}

/**
 * A JSONL file read as a stream (src/io/jsonl-stream.ts): `--max-size` limits each line, never
 * the file, so a file of any size is read (the CLI hands its records to the workers in batches
 * instead of collecting them, as done here).
 */
async function loadJsonl(file: string, opts: LoadOptions): Promise<LoadResult> {
  const { jsonlLines, openJsonlFile } = await import('./jsonl-stream.js');
  const chunks = await openJsonlFile(file, opts);
  if (!(Symbol.asyncIterator in chunks)) return { articles: [], errors: [chunks] };
  const articles: LoadedArticle[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for await (const line of jsonlLines(file, chunks, opts)) {
    if ('kind' in line) {
      errors.push(line);
      continue;
    }
    const parsed = parseJsonlLine(file, line.n, line.text);
    if (!parsed) continue;
    if ('error' in parsed) {
      errors.push(parsed.error);
      continue;
    }
    const r = recordArticle(file, line.n, parsed.value, 'utf-8', 'jsonl', opts);
    if ('kind' in r) {
      errors.push(r);
      continue;
    }
    const id = uniqueRecordId(seen, r.id, line.n);
    articles.push(id === r.id ? r : { ...r, id });
  }
  errors.sort(byPathThenMessage);
  return { articles, errors };
}

export interface LoadInputsOptions extends LoadOptions {
  cwd: string;
  glob?: string[];
  /** Reads standard input for `-` (the CLI passes `io.readStdin`). */
  readStdin?: () => Promise<string>;
  /** Files loaded at once (default 16). */
  concurrency?: number;
}

export interface LoadInputsResult extends LoadResult {
  /** A given path does not exist. */
  missing: boolean;
}

/**
 * `findInputs` + `loadArticle` for every file (+ stdin), in sorted file order; article ids made
 * unique (`disambiguateIds`); errors sorted by path.
 */
export async function loadInputs(paths: string[], opts: LoadInputsOptions): Promise<LoadInputsResult> {
  const found = await findInputs(paths, { glob: opts.glob, cwd: opts.cwd, inputFormat: opts.inputFormat });
  const results = await mapLimit(found.files, Math.max(1, opts.concurrency ?? 16), async (file): Promise<LoadResult> => {
    if (file !== '-') return loadArticle(file, { ...opts, found: true });
    if (!opts.readStdin) return fail('-', 'unreadable', 'standard input is not available');
    try {
      return readStdinArticle(await opts.readStdin(), opts);
    } catch (err) {
      return fail('-', 'unreadable', `standard input cannot be read: ${jsonMessage(err)}`);
    }
  });
  const articles = disambiguateIds(results.flatMap((r) => r.articles));
  const errors = [...found.errors, ...results.flatMap((r) => r.errors)].sort(byPathThenMessage);
  return { articles, errors, missing: errors.some((e) => e.missing === true) };
}

/**
 * Makes ids unique across files: when two articles share an id (`a/bericht.txt`,
 * `b/bericht.txt`), each of them gets its path without extension (`a/bericht`, `b/bericht`, with
 * `/` separators); a remaining clash gets `#2`, `#3`, … in order. Input order is kept.
 */
export function disambiguateIds(articles: LoadedArticle[]): LoadedArticle[] {
  const count = new Map<string, number>();
  for (const a of articles) count.set(a.id, (count.get(a.id) ?? 0) + 1);
  const renamed = articles.map((a) => {
    if ((count.get(a.id) ?? 0) < 2 || a.path === '-') return a;
    const ext = path.extname(a.path);
    const stem = (ext ? a.path.slice(0, -ext.length) : a.path).split(path.sep).join('/');
    const id = a.record !== undefined && a.id.startsWith(`${articleId(a.path)}#`) ? `${stem}#${a.record}` : stem;
    return { ...a, id };
  });
  const taken = new Set(renamed.map((a) => a.id));
  const used = new Set<string>();
  return renamed.map((a) => {
    if (!used.has(a.id)) {
      used.add(a.id);
      return a;
    }
    let n = 2;
    while (used.has(`${a.id}#${n}`) || taken.has(`${a.id}#${n}`)) n++;
    const id = `${a.id}#${n}`;
    used.add(id);
    return { ...a, id };
  });
}

/**
 * Exit code for the input side of a command: 2 when a given path does not exist, when nothing
 * could be loaded, or (`strict`) when any input error other than a duplicate occurred; else 0.
 */
export function inputExitCode(result: { articles: readonly unknown[]; errors: readonly InputError[] }, strict: boolean): 0 | 2 {
  if (result.errors.some((e) => e.missing === true)) return 2;
  if (result.articles.length === 0) return 2;
  if (strict && result.errors.some((e) => e.kind !== 'duplicate')) return 2;
  return 0;
}
