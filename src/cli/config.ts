import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './io.js';

/**
 * `claims.config.json` (in the working directory, or `--config FILE`):
 *   { "disable": ["quantity/vague-plural"],
 *     "lexicon": { "speech-verbs": ["zwitschern"], "news-outlets": ["Heise"], "gazetteer-loc": ["Bullerbü"] } }
 * `lexicon` adds entries to the named word lists of src/lexicon/data.
 */
export interface ClaimsConfig {
  disable: string[];
  lexicon: Record<string, string[]>;
}

export function loadConfig(cwd: string, file?: string): ClaimsConfig {
  const path = file ? resolve(cwd, file) : resolve(cwd, 'claims.config.json');
  if (!existsSync(path)) {
    if (file) throw new CliError(`config file not found: ${file}`);
    return { disable: [], lexicon: {} };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${path}: expected a JSON object`);
  const { disable = [], lexicon = {}, ...rest } = raw as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new CliError(`${path}: unknown key ${unknown.map((k) => JSON.stringify(k)).join(', ')} (allowed: disable, lexicon)`);
  if (!Array.isArray(disable) || !disable.every((d) => typeof d === 'string')) throw new CliError(`${path}: "disable" must be a list of rule ids`);
  if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) throw new CliError(`${path}: "lexicon" must be an object of word lists`);
  for (const [k, v] of Object.entries(lexicon as Record<string, unknown>)) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new CliError(`${path}: lexicon.${k} must be a list of strings`);
  }
  return { disable: disable as string[], lexicon: lexicon as Record<string, string[]> };
}
