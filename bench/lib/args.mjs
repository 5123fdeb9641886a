/**
 * Command-line options of the bench scripts: `--name value` and `--flag`. Options after a `--`
 * belong to a command the script runs (bench/rss-curve.mjs), not to the script.
 */
import { readFileSync } from 'node:fs';

const all = process.argv.slice(2);
const dash = all.indexOf('--');
/** The script's own arguments (before a `--`). */
export const args = dash >= 0 ? all.slice(0, dash) : all;
/** The arguments after `--` (a command to run), or undefined when there is no `--`. */
export const rest = dash >= 0 ? all.slice(dash + 1) : undefined;

/** The value after `--name`, or `def`. */
export function opt(name, def) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
}

/** Whether `--name` was given. */
export function flag(name) {
  return args.includes(`--${name}`);
}

/**
 * With --help (or -h): prints the header comment of the script at `url` (its usage) and exits.
 * Call first thing, with `import.meta.url`.
 */
export function helpFrom(url) {
  if (!flag('help') && !args.includes('-h')) return;
  const src = readFileSync(new URL(url), 'utf8');
  const m = /\/\*\*([\s\S]*?)\*\//.exec(src);
  process.stdout.write((m ? m[1].replace(/^[ \t]*\* ?/gm, '').trim() : 'no usage text') + '\n');
  process.exit(0);
}
