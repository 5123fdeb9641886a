#!/usr/bin/env node
/**
 * A generated news archive as JSONL shards of article records (issue 15), for the scale-out
 * recipes and the scale benchmark: N articles in K shards, one record per line
 * (`{"id","title","text","published","outlet"}`), in stories of 5 reports each. A story takes the
 * text of one fixture article (all fixture sets, deterministic order) with its own place, person and
 * publication day; each report varies the figures and the paragraph order (bench/corpus.mjs's
 * `vary`) and adds a sentence quoting the story's person. Stories of the same template differ in
 * their names and days, so story clustering has real work. Deterministic: the same N and K give
 * the same bytes; articles are dealt to shards round robin over a shuffled order, so one story's
 * reports land in different shards.
 *
 *   node bench/shards.mjs --articles 5000 --shards 10 --out /tmp/archive
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, vary } from './corpus.mjs';
import { helpFrom, opt } from './lib/args.mjs';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) helpFrom(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));

const SYL = ['ber', 'lin', 'gau', 'dorf', 'stadt', 'hau', 'sen', 'mar', 'kir', 'feld', 'heim', 'bach', 'burg', 'wald', 'tal', 'ro', 'na', 'li', 'ke'];
const FIRST = ['Anna', 'Jonas', 'Leila', 'Piotr', 'Marie', 'Kenji', 'Ana', 'Erik', 'Sabine', 'Tobias', 'Miriam', 'Lukas'];
const ROLES = ['Innenministerin', 'Sprecher', 'Bürgermeister', 'Polizeipräsidentin', 'Gewerkschaftschef', 'Regierungssprecherin'];

function word(r) {
  let w = '';
  const n = 2 + Math.floor(r() * 2);
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/** The fixture article texts used as templates. */
export function templates() {
  const out = [];
  for (const set of ['articles', 'dev/articles', 'holdout/articles', 'blind2/articles']) {
    const dir = join(root, 'fixtures', set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

/** Writes `articles` records into `shards` files `<out>/shard-NNN.jsonl`; returns the file paths. */
export function writeShards(out, articles, shards) {
  const tpl = templates();
  const r = mulberry32(20261206);
  const records = [];
  const start = Date.UTC(2016, 0, 1) / 86_400_000;
  for (let s = 0; records.length < articles; s++) {
    const base = tpl[s % tpl.length];
    const place = word(r) + word(r).toLowerCase();
    const person = FIRST[Math.floor(r() * FIRST.length)] + ' ' + word(r) + 'er';
    const role = ROLES[Math.floor(r() * ROLES.length)];
    const day = start + Math.floor(r() * 3000);
    for (let j = 0; j < 5 && records.length < articles; j++) {
      const text = vary(base, r);
      const nl = text.indexOf('\n');
      const title = `${place}: ${(nl < 0 ? text : text.slice(0, nl)).trim()}`;
      const body = (nl < 0 ? '' : text.slice(nl + 1)) + `\n„Die Lage in ${place} ist ernst“, sagte ${role} ${person} am Abend.\n`;
      records.push({
        id: `s${String(s).padStart(6, '0')}-${j}`,
        title,
        text: body,
        published: new Date((day + (j % 2)) * 86_400_000).toISOString().slice(0, 10),
        outlet: `Outlet ${j}`,
      });
    }
  }
  // Deal shuffled records into shards.
  const order = records.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = [];
  for (let k = 0; k < shards; k++) {
    const lines = [];
    for (let i = k; i < order.length; i += shards) lines.push(JSON.stringify(records[order[i]]));
    const f = join(out, `shard-${String(k).padStart(3, '0')}.jsonl`);
    writeFileSync(f, lines.join('\n') + '\n');
    files.push(f);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = writeShards(opt('out', join(root, 'bench', 'out', 'archive')), Number(opt('articles', '5000')), Number(opt('shards', '10')));
  process.stdout.write(files.join('\n') + '\n');
}
