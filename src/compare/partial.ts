/**
 * `compare --partial` files: per shard, the records the reduce (`reduce.ts`) needs, as JSON Lines.
 *
 *   {"claimsPartial":1,"schemaVersion":1}                     header, first line
 *   {"e":{"path":…,"message":…}}                               an input error of the shard
 *   {"p":{"info":{…},"keys":[…],"day":…,"year":…}}            an article's info and story profile (raw
 *                                                               keys: document frequencies are counted
 *                                                               at the merge, over all shards)
 *   {"g":{…}}                                                  its skeleton (entities, statements),
 *                                                               right after: read again per table
 *   {"a":{…}}                                                  the article itself, right after: read
 *                                                               again only for its story
 *
 * A shard's articles are written as given (duplicates too): duplicate ids are resolved at the merge,
 * over all shards, as the one-process `compare` resolves them.
 */
import type { ArticleResult, Entity, InputError, Statement } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { infoOf } from './index.js';
import { storyProfile } from './stories.js';

export const PARTIAL_FORMAT = 1;
export const PARTIAL_HEADER = JSON.stringify({ claimsPartial: PARTIAL_FORMAT, schemaVersion: SCHEMA_VERSION });

/** The compact skeleton record of an article: what entities, speakers, stances and story labels read. */
export interface SkeletonRecord {
  id: string;
  title: string;
  /** [id, name, type, mention texts] */
  e: [string, string, Entity['type'], string[]][];
  /** [speaker text, speaker name, speaker entity, speaker names or null, cue text, content text, sentence] */
  s: [string, string, string | null, string[] | null, string, string, number][];
}

export function skeletonRecord(a: ArticleResult): SkeletonRecord {
  return {
    id: a.id,
    title: a.title,
    e: a.entities.map((e) => [e.id, e.name, e.type, e.mentions.map((m) => m.text)]),
    s: a.statements.map((s) => [s.speaker.text, s.speaker.name, s.speaker.entity, s.speaker.names ?? null, s.cue.text, s.content.text, s.sentence]),
  };
}

/** An ArticleResult holding only what the skeleton keeps (offsets 0, no quantities or dates). */
export function skeletonArticle(r: SkeletonRecord, path: string): ArticleResult {
  const span = (text: string) => ({ text, start: 0, end: 0 });
  return {
    id: r.id,
    path,
    title: r.title,
    quantities: [],
    dates: [],
    entities: r.e.map(([id, name, type, mentions]) => ({ id, name, type, mentions: mentions.map(span), rule: '' })),
    statements: r.s.map(([text, name, entity, names, cue, content, sentence]) => {
      const speaker: Statement['speaker'] = { text, start: 0, end: 0, name, entity };
      if (names) speaker.names = names;
      return { speaker, cue: span(cue), kind: 'direct', content: span(content), sentence, rule: '' } as Statement;
    }),
  };
}

/** The lines of a partial file for the articles and input errors of one shard. */
export function* partialLines(articles: Iterable<ArticleResult>, errors: readonly InputError[]): Generator<string> {
  yield PARTIAL_HEADER + '\n';
  for (const e of errors) yield JSON.stringify({ e: { path: e.path, message: e.message } }) + '\n';
  for (const a of articles) {
    const p = storyProfile(a);
    yield JSON.stringify({ p: { info: infoOf(a), keys: p.keys, day: p.day, year: p.year } }) + '\n';
    yield '{"g":' + JSON.stringify(skeletonRecord(a)) + '}\n';
    yield '{"a":' + JSON.stringify(a) + '}\n';
  }
}
