/**
 * Resolve step 6: the output — id = type + key of the canonical name; drafts with the same id
 * merged; mentions sorted, each span once; entities in order of their first mention.
 */
import type { Entity, Span } from '../../../../types.js';
import { cmpStr, type Draft, type ResolveContext } from './state.js';

export function toEntities(drafts: Draft[], { key }: ResolveContext): Entity[] {
  const byId = new Map<string, { entity: Entity; parts: Span[][] }>();
  for (const d of drafts) {
    const id = `${d.type.toLowerCase()}:${key(d.name)}`;
    const prev = byId.get(id);
    if (prev) prev.parts.push(d.mentions);
    else byId.set(id, { entity: { id, name: d.name, type: d.type, mentions: [], rule: d.rule }, parts: [d.mentions] });
  }
  const out: Entity[] = [];
  for (const { entity, parts } of byId.values()) {
    const all = parts.length === 1 ? [...parts[0]] : parts.flat();
    all.sort((a, b) => a.start - b.start || a.end - b.end);
    const seen = new Set<string>();
    entity.mentions = all.filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    out.push(entity);
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start || cmpStr(a.id, b.id));
  return out;
}
