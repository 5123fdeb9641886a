/**
 * The configuration file: `--config FILE`, else the first of `claims.config.json`,
 * `.claimsrc.json` or a `"claims"` key in `package.json`, searched from the working folder
 * upward (lilconfig: the same discovery as eslint, prettier and friends, without running code —
 * only JSON files are read). Validated against `schema/claims.config.schema.json`; a problem names
 * the file and the key:
 *
 *   { "$schema": "./node_modules/claims/schema/claims.config.schema.json",
 *     "disable": ["quantity/vague-plural"],
 *     "lexicon": { "speech-verbs": ["zwitschern"], "news-outlets": ["Heise"], "gazetteer-loc": ["Bullerbü"] } }
 *
 * `lexicon` adds entries to the named word lists of src/lexicon/data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import { CliError } from './io.js';
import { dataDir, isListName } from '../lexicon/lists.js';

export interface ClaimsConfig {
  disable: string[];
  lexicon: Record<string, string[]>;
  /** The file the configuration came from, or undefined when none was found. */
  file?: string;
}

export const CONFIG_FILES = ['claims.config.json', '.claimsrc.json', 'package.json'] as const;

/** Lists only a configuration can fill (the gazetteer's additions); every other name must be a data file. */
const CONFIG_ONLY_LISTS = new Set(['gazetteer-loc', 'gazetteer-org']);

const ALLOWED_KEYS = ['$schema', 'disable', 'lexicon'];

function parseJson(path: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Checks a configuration object; throws a CliError naming the file and the key. The rules are
 * those of `schema/claims.config.schema.json` (a test holds the two together), plus: every
 * lexicon list must exist.
 */
export function validateConfig(raw: unknown, path: string): Omit<ClaimsConfig, 'file'> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${path}: expected a JSON object`);
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !ALLOWED_KEYS.includes(k));
  if (unknown.length) {
    throw new CliError(`${path}: unknown key ${unknown.map((k) => JSON.stringify(k)).join(', ')} (allowed: ${ALLOWED_KEYS.join(', ')})`);
  }
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') throw new CliError(`${path}: "$schema" must be a string`);
  const disable = obj.disable ?? [];
  if (!Array.isArray(disable) || !disable.every((d) => typeof d === 'string' && d.length > 0)) {
    throw new CliError(`${path}: "disable" must be a list of rule ids (strings)`);
  }
  const lexicon = obj.lexicon ?? {};
  if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) throw new CliError(`${path}: "lexicon" must be an object of word lists`);
  for (const [k, v] of Object.entries(lexicon as Record<string, unknown>)) {
    if (!isListName(k)) throw new CliError(`${path}: lexicon."${k}" is not a list name (lower-case letters, digits, dashes)`);
    if (!CONFIG_ONLY_LISTS.has(k) && !existsSync(join(dataDir(), `${k}.txt`))) {
      throw new CliError(`${path}: lexicon."${k}" is no word list (the lists are the files of src/lexicon/data, plus gazetteer-loc and gazetteer-org)`);
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.length > 0)) throw new CliError(`${path}: lexicon."${k}" must be a list of strings`);
  }
  return { disable: disable as string[], lexicon: lexicon as Record<string, string[]> };
}

/** The configuration for a run in `cwd` (see the module comment); empty when there is none. */
export function loadConfig(cwd: string, file?: string): ClaimsConfig {
  if (file) {
    const path = resolve(cwd, file);
    if (!existsSync(path)) throw new CliError(`config file not found: ${file}`);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (e) {
      throw new CliError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const raw = parseJson(file, content);
    // A package.json given as --config holds the configuration under "claims".
    const config = /(^|[\\/])package\.json$/.test(file) ? ((raw as Record<string, unknown>)?.claims ?? {}) : raw;
    return { ...validateConfig(config, file), file: path };
  }
  let found: LilconfigResult;
  try {
    found = lilconfigSync('claims', {
      searchPlaces: [...CONFIG_FILES],
      loaders: { '.json': (path, content) => parseJson(path, content) },
      stopDir: resolve('/'),
    }).search(cwd);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`configuration: ${(e as Error).message}`);
  }
  if (!found || found.isEmpty) return { disable: [], lexicon: {} };
  return { ...validateConfig(found.config, found.filepath), file: found.filepath };
}
