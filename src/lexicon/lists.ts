/**
 * Word lists: `src/lexicon/data/<name>.txt`, one entry a line, `#` starts a comment line,
 * blank lines ignored. TAB-separated lists (`lemma\tvalue`) are also read as tables.
 * The lists are read from `src/lexicon/data/` when it exists (development, vitest) and else
 * from `build/lexicon/data/` (the build copies them there for an installed package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, PACKAGE_ROOT } from './compiled.js';

const SRC_DATA = join(PACKAGE_ROOT, 'src', 'lexicon', 'data');
const BUILD_DATA = join(BUILD_DIR, 'data');

export function dataDir(): string {
  return existsSync(SRC_DATA) ? SRC_DATA : BUILD_DATA;
}

/** List names are file names without `.txt`: letters, digits and dashes. */
const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;

export function isListName(name: string): boolean {
  return NAME_RE.test(name);
}

/** The entry lines of a list file, in file order (comments and blank lines dropped). */
export function parseListText(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    out.push(line.trimEnd());
  }
  return out;
}

const fileCache = new Map<string, string[]>();

/** Lines of `<dataDir>/<name>.txt`; [] when there is no such list. */
export function readListFile(name: string): string[] {
  if (!isListName(name)) return [];
  const cached = fileCache.get(name);
  if (cached) return cached;
  const path = join(dataDir(), `${name}.txt`);
  const lines = existsSync(path) ? parseListText(readFileSync(path, 'utf8')) : [];
  fileCache.set(name, lines);
  return lines;
}
