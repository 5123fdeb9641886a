#!/usr/bin/env node
/**
 * Surname sweep: how many surnames of @faker-js/faker the person rules find after a first name.
 * Every surname of the locales below that is one capitalised word („Stahl“, „Łukasik“; not „Adam
 * Perl“, „McDonald“) becomes one JSONL record „Das sagte <first> <surname> am Montag.“; one
 * `claims extract --format jsonl` run reads them all from standard input, and a record counts as
 * found when its entities hold PER „<first> <surname>“. Prints the count and the missed surnames
 * with what was found instead.
 *
 *   node bench/surname-sweep.mjs [--first Thomas] [--sample 300] [--json] [checkout]
 *
 * --sample N takes N surnames spread evenly over the sorted list (every k-th); the default is all
 * (≈ 5,400, about a minute of CPU). The checkout defaults to this one (built: `npm run build`).
 * tests/bench/surname-sweep.test.ts holds a floor for a sample of 300.
 */
import { spawnSync } from 'node:child_process';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The locales of the sweep: German-speaking ones and those German news quotes most. */
export const SWEEP_LOCALES = ['de', 'de_AT', 'de_CH', 'tr', 'pl', 'it', 'fr', 'en'];

/** Every one-word capitalised surname of the sweep locales, sorted (code unit order). */
export async function sweepSurnames() {
  const { allLocales } = await import('@faker-js/faker');
  const names = new Set();
  const add = (v) => {
    if (Array.isArray(v)) {
      for (const n of v) if (typeof n === 'string') names.add(n);
    } else if (v && typeof v === 'object') {
      for (const x of Object.values(v)) add(x);
    }
  };
  for (const loc of SWEEP_LOCALES) add(allLocales[loc]?.person?.last_name);
  return [...names].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)).sort();
}

/** `n` names spread evenly over `names` (all when n is not smaller). */
export function sample(names, n) {
  if (!n || n >= names.length) return names;
  const step = names.length / n;
  return Array.from({ length: n }, (_, i) => names[Math.floor(i * step)]);
}

/**
 * Runs the sweep over `names` with `checkout`'s bin/claims.js; returns { total, missed } where
 * missed lists { surname, found } (found: the entities of that record, "TYPE:name").
 */
export function runSweep(names, { first = 'Thomas', checkout } = {}) {
  const bin = join(checkout ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'bin', 'claims.js');
  const input = names.map((n, i) => JSON.stringify({ id: `n${i}`, title: 'Test', text: `Das sagte ${first} ${n} am Montag.` })).join('\n') + '\n';
  const r = spawnSync(process.execPath, [bin, 'extract', '-', '--input-format', 'jsonl', '--format', 'jsonl', '-j', '1'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`claims extract failed (${r.status}): ${r.stderr}`);
  const byId = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (rec.article) byId.set(rec.article.id, rec.article);
  }
  const missed = [];
  names.forEach((n, i) => {
    const a = byId.get(`n${i}`);
    const full = `${first} ${n}`;
    if (a && a.entities.some((e) => e.type === 'PER' && e.name === full)) return;
    missed.push({ surname: n, found: a ? a.entities.map((e) => `${e.type}:${e.name}`) : ['(no record)'] });
  });
  return { total: names.length, missed };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { args, flag, helpFrom, opt } = await import('./lib/args.mjs');
  helpFrom(import.meta.url);
  const first = opt('first', 'Thomas');
  const n = Number(opt('sample', '0'));
  const checkout = args.find((a, i) => !a.startsWith('--') && !['--first', '--sample'].includes(args[i - 1]));
  const names = sample(await sweepSurnames(), n);
  const res = runSweep(names, { first, checkout: checkout && resolve(checkout) });
  if (flag('json')) process.stdout.write(JSON.stringify(res, null, 1) + '\n');
  else {
    process.stdout.write(`surnames ${res.total}, missed ${res.missed.length} (first name ${first})\n`);
    process.stdout.write(res.missed.map((m) => `${m.surname} [${m.found.join(' / ')}]`).join('\n') + '\n');
  }
}
