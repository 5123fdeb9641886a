/**
 * The entity layer's mentions by start offset, for the statement rules' range questions („which
 * entity is named inside this phrase?“). Asked per phrase, a scan over every mention of every
 * entity made long articles quadratic; the index is built once per entity list.
 */
import type { Entity, Span } from '../../../types.js';

export interface MentionRef {
  e: Entity;
  m: Span;
  /** Position in the entity list's order (entity by entity, mention by mention). */
  ord: number;
}

const indexes = new WeakMap<readonly Entity[], { refs: MentionRef[]; size: number }>();

function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  let size = 0;
  for (const e of entities) size += e.mentions.length;
  const known = indexes.get(entities);
  if (known && known.size === size) return known.refs;
  const refs: MentionRef[] = [];
  for (const e of entities) for (const m of e.mentions) refs.push({ e, m, ord: refs.length });
  refs.sort((a, b) => a.m.start - b.m.start || a.ord - b.ord);
  indexes.set(entities, { refs, size });
  return refs;
}

/** The mentions starting at an offset in [from, to], in the entity list's order. */
export function mentionsStartingIn(entities: readonly Entity[], from: number, to: number): MentionRef[] {
  const refs = mentionIndex(entities);
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].m.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRef[] = [];
  for (let k = lo; k < refs.length && refs[k].m.start <= to; k++) out.push(refs[k]);
  return out.length > 1 ? out.sort((a, b) => a.ord - b.ord) : out;
}
