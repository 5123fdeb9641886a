/**
 * Reading gold annotations (docs/gold-format.md): parse and check one JSON document, merge
 * several (a folder of gold files), load from a file or a folder.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bound, EntityType, GroupStatus, StatementKind } from '../types.js';
import type { GoldArticle, GoldCorpus, GoldDate, GoldEntity, GoldGroup, GoldQuantity, GoldStatement } from './types.js';

const BOUNDS: readonly Bound[] = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx'];
const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'according_to'];
const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const STATUSES: readonly GroupStatus[] = ['agree', 'compatible', 'conflict', 'single'];

/** A gold document that does not follow the format; the message names the file and the field. */
export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}

type Json = unknown;

function isObject(x: Json): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

class Reader {
  constructor(private readonly source: string) {}

  fail(path: string, what: string): never {
    throw new GoldFormatError(`${this.source}: ${path}: ${what}`);
  }

  object(x: Json, path: string): Record<string, Json> {
    if (!isObject(x)) this.fail(path, 'expected an object');
    return x;
  }

  array(x: Json, path: string, optional = false): Json[] {
    if (x === undefined && optional) return [];
    if (!Array.isArray(x)) this.fail(path, 'expected a list');
    return x;
  }

  string(x: Json, path: string): string {
    if (typeof x !== 'string' || x.length === 0) this.fail(path, 'expected a non-empty string');
    return x;
  }

  number(x: Json, path: string): number {
    if (typeof x !== 'number' || !Number.isFinite(x)) this.fail(path, 'expected a number');
    return x;
  }

  bool(x: Json, path: string): boolean {
    if (x === undefined) return false;
    if (typeof x !== 'boolean') this.fail(path, 'expected true or false');
    return x;
  }

  /** A string or a non-empty list of strings, as a list. */
  strings(x: Json, path: string, optional = false): string[] {
    if (x === undefined && optional) return [];
    if (typeof x === 'string') return [this.string(x, path)];
    const list = this.array(x, path);
    if (list.length === 0 && !optional) this.fail(path, 'expected at least one value');
    return list.map((v, i) => this.string(v, `${path}[${i}]`));
  }

  oneOf<T extends string>(x: Json, allowed: readonly T[], path: string): T[] {
    const list = this.strings(x, path);
    for (const v of list) {
      if (!(allowed as readonly string[]).includes(v)) this.fail(path, `"${v}" is not one of ${allowed.join(', ')}`);
    }
    return list as T[];
  }

  optionalString(x: Json, path: string): string | undefined {
    return x === undefined ? undefined : this.string(x, path);
  }
}

function readQuantity(r: Reader, x: Json, path: string): GoldQuantity {
  const o = r.object(x, path);
  const q: GoldQuantity = {
    text: r.string(o.text, `${path}.text`),
    value: r.number(o.value, `${path}.value`),
    bound: r.oneOf(o.bound, BOUNDS, `${path}.bound`),
    unit: r.strings(o.unit, `${path}.unit`, true),
    optional: r.bool(o.optional, `${path}.optional`),
  };
  const context = r.optionalString(o.context, `${path}.context`);
  if (context !== undefined) {
    if (!context.includes(q.text)) r.fail(`${path}.context`, 'must contain the text');
    q.context = context;
  }
  return q;
}

function readDate(r: Reader, x: Json, path: string): GoldDate {
  const o = r.object(x, path);
  const optional = r.bool(o.optional, `${path}.optional`);
  // An optional date (a relative one: "letzte Woche") may leave its value out.
  const d: GoldDate = {
    text: r.string(o.text, `${path}.text`),
    value: r.strings(o.value, `${path}.value`, optional),
    optional,
  };
  const context = r.optionalString(o.context, `${path}.context`);
  if (context !== undefined) {
    if (!context.includes(d.text)) r.fail(`${path}.context`, 'must contain the text');
    d.context = context;
  }
  return d;
}

function readStatement(r: Reader, x: Json, path: string): GoldStatement {
  const o = r.object(x, path);
  const kinds = r.oneOf(o.kind, KINDS, `${path}.kind`);
  if (kinds.length !== 1) r.fail(`${path}.kind`, 'expected one kind');
  return {
    speaker: r.strings(o.speaker, `${path}.speaker`),
    cue: o.cue === undefined || o.cue === '' ? '' : r.string(o.cue, `${path}.cue`),
    kind: kinds[0],
    anchor: r.string(o.anchor, `${path}.anchor`),
    optional: r.bool(o.optional, `${path}.optional`),
  };
}

function readEntity(r: Reader, x: Json, path: string): GoldEntity {
  const o = r.object(x, path);
  const types = r.oneOf(o.type, TYPES, `${path}.type`);
  if (types.length !== 1) r.fail(`${path}.type`, 'expected one type');
  return {
    name: r.string(o.name, `${path}.name`),
    type: types[0],
    aliases: r.strings(o.aliases, `${path}.aliases`, true),
    optional: r.bool(o.optional, `${path}.optional`),
  };
}

function readArticle(r: Reader, x: Json, path: string): GoldArticle {
  const o = r.object(x, path);
  const a: GoldArticle = {
    quantities: r.array(o.quantities, `${path}.quantities`, true).map((q, i) => readQuantity(r, q, `${path}.quantities[${i}]`)),
    statements: r.array(o.statements, `${path}.statements`, true).map((s, i) => readStatement(r, s, `${path}.statements[${i}]`)),
    entities: r.array(o.entities, `${path}.entities`, true).map((e, i) => readEntity(r, e, `${path}.entities[${i}]`)),
  };
  if (o.dates !== undefined) {
    a.dates = r.array(o.dates, `${path}.dates`).map((d, i) => readDate(r, d, `${path}.dates[${i}]`));
  }
  return a;
}

function readGroup(r: Reader, x: Json, path: string): GoldGroup {
  const o = r.object(x, path);
  const members = r.array(o.members, `${path}.members`).map((m, i): [string, string] => {
    const p = `${path}.members[${i}]`;
    const pair = r.array(m, p);
    if (pair.length !== 2) r.fail(p, 'expected [article id, quantity text]');
    const id = r.string(pair[0], `${p}[0]`);
    const text = r.string(pair[1], `${p}[1]`);
    return [id, text];
  });
  return {
    id: r.string(o.id, `${path}.id`),
    status: r.oneOf(o.status, STATUSES, `${path}.status`),
    members,
    optional: r.bool(o.optional, `${path}.optional`),
  };
}

/**
 * Checks and normalises one parsed gold document (`bound`, `unit`, `speaker`, `status` given as a
 * single string become lists; missing `optional` becomes false). `source` names it in errors.
 * `checkMembers: false` defers the check of group members (when merging several files).
 */
export function parseGold(json: Json, source: string, checkMembers = true): GoldCorpus {
  const r = new Reader(source);
  const o = r.object(json, '(top)');
  const articlesIn = r.object(o.articles, 'articles');
  const articles: Record<string, GoldArticle> = {};
  for (const [id, a] of Object.entries(articlesIn)) articles[id] = readArticle(r, a, `articles.${id}`);
  const groups = r.array(o.groups, 'groups', true).map((g, i) => readGroup(r, g, `groups[${i}]`));
  const ids = new Set<string>();
  for (const g of groups) {
    if (ids.has(g.id)) r.fail('groups', `duplicate group id "${g.id}"`);
    ids.add(g.id);
  }
  const corpus = { corpus: o.corpus === undefined ? source : r.string(o.corpus, 'corpus'), articles, groups };
  if (checkMembers) checkGroupMembers(corpus, source);
  return corpus;
}

/** Every group member must name a gold article and the exact text of one of its quantities. */
export function checkGroupMembers(gold: GoldCorpus, source: string): void {
  gold.groups.forEach((g, gi) =>
    g.members.forEach(([id, text], mi) => {
      const where = `${source}: groups[${gi}] (${g.id}).members[${mi}]`;
      const article = gold.articles[id];
      if (!article) throw new GoldFormatError(`${where}: no gold article "${id}"`);
      if (!article.quantities.some((q) => q.text === text)) {
        throw new GoldFormatError(`${where}: no gold quantity with the text "${text}" in ${id}`);
      }
    }),
  );
}

/**
 * Merges gold documents (in the order given) into one corpus. An article id may occur in only
 * one document; group ids must be unique. Corpus names are joined with `+`.
 */
export function mergeGold(parts: readonly GoldCorpus[]): GoldCorpus {
  if (parts.length === 1) return parts[0];
  const articles: Record<string, GoldArticle> = {};
  const groups: GoldGroup[] = [];
  for (const part of parts) {
    for (const [id, a] of Object.entries(part.articles)) {
      if (articles[id]) throw new GoldFormatError(`article "${id}" is annotated in more than one gold file`);
      articles[id] = a;
    }
    for (const g of part.groups) {
      if (groups.some((h) => h.id === g.id)) throw new GoldFormatError(`group "${g.id}" is defined in more than one gold file`);
      groups.push(g);
    }
  }
  return { corpus: parts.map((p) => p.corpus).join('+'), articles, groups };
}

/**
 * Loads gold from a file, or from every `*.json` file of a folder (not recursive, sorted by
 * name, merged with `mergeGold`).
 */
export async function loadGold(path: string): Promise<GoldCorpus> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new GoldFormatError(`${path}: no *.json gold files in this folder`);
  const parts: GoldCorpus[] = [];
  for (const file of files) {
    let json: Json;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      throw new GoldFormatError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    parts.push(parseGold(json, file, false));
  }
  const gold = mergeGold(parts);
  checkGroupMembers(gold, path);
  return gold;
}
