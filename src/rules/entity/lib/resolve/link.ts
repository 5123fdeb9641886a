/**
 * Resolve step 3: links between names of one entity — acronym definitions (NIS ↔ Nationaler
 * Nachrichtendienst), acronyms equal to the initials of an organisation name (AP ↔ Associated
 * Press), surname-only person mentions to the fuller name (the nearest one before, else the first
 * after). Returns the groups: candidates by the key of their group's root.
 */
import type { EntityCandidate } from '../candidate.js';
import { isAllCaps } from '../words.js';
import { initials, personTokens } from './names.js';
import { cmpStr, type ResolveContext } from './state.js';
import { firstStartingAt } from '../../../../text/doc.js';
import { NAME_PARTICLES } from '../../../../lexicon/de/entity-words.js';

export function linkGroups(kept: EntityCandidate[], { key }: ResolveContext): Map<string, EntityCandidate[]> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const byKey = new Map<string, EntityCandidate[]>();
  for (const c of kept) {
    const k = key(c.name);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(c);
    parent.set(k, parent.get(k) ?? k);
  }
  // acronym definitions
  for (const c of kept) for (const a of c.aliases ?? []) if (byKey.has(key(a))) union(key(a), key(c.name));
  // acronyms = initials of an organisation name: the first organisation key (sorted) per initials
  const orgKeys = [...byKey.keys()].filter((k) => byKey.get(k)!.some((c) => c.type === 'ORG') && byKey.get(k)![0].name.includes(' ')).sort(cmpStr);
  const byInitials = new Map<string, string>();
  for (const ok of orgKeys) {
    const ini = initials(byKey.get(ok)![0].name);
    if (!byInitials.has(ini)) byInitials.set(ini, ok);
  }
  for (const [k, cs] of [...byKey.entries()].sort((a, b) => cmpStr(a[0], b[0]))) {
    const n = cs[0].name;
    // lower-case agency acronyms count too: „dpa“ = „Deutsche Presse-Agentur“, „epd“
    const lowerAcronym = /^[a-z]{2,5}$/.test(n) && cs.some((c) => c.type === 'ORG' && c.rule === 'entity/news-outlet');
    if ((!isAllCaps(n) && !lowerAcronym) || n.includes(' ') || find(k) !== k) continue;
    const letters = lowerAcronym ? n.toUpperCase() : n.replace(/[^A-ZÄÖÜ]/g, '');
    const target = byInitials.get(letters);
    if (target && target !== k) union(k, target);
  }
  // surname-only persons → fuller name: the nearest before, else the first after (candidates of
  // each token in order of start, as `kept` is)
  const byToken = new Map<string, EntityCandidate[]>();
  for (const m of kept) {
    if (m.type !== 'PER' || !m.name.includes(' ')) continue;
    for (const t of new Set(personTokens(m.name))) {
      if (!byToken.has(t)) byToken.set(t, []);
      byToken.get(t)!.push(m);
    }
  }
  for (const c of kept) {
    if (c.type !== 'PER') continue;
    // „von der Leyen“, „van Damme“: a surname with its particles, no first name → the fuller name ending in it
    if (c.name.includes(' ') && NAME_PARTICLES.has(c.name.split(' ')[0])) {
      const fuller = kept.filter((m) => m.type === 'PER' && m.name.length > c.name.length && m.name.endsWith(' ' + c.name));
      if (fuller.length) {
        const before = lastBefore(fuller, c.start);
        union(key(c.name), key((before >= 0 ? fuller[before] : fuller[0]).name));
      }
      continue;
    }
    if (c.name.includes(' ')) continue;
    const fits = byToken.get(c.name);
    if (!fits || !fits.length) continue;
    const before = lastBefore(fits, c.start);
    const target = before >= 0 ? fits[before] : fits[0];
    union(key(c.name), key(target.name));
  }

  const groups = new Map<string, EntityCandidate[]>();
  for (const c of kept) {
    const r = find(key(c.name));
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(c);
  }
  return groups;
}

/** Index of the last candidate starting before `pos` in `cs` (sorted by start); -1 when none. */
function lastBefore(cs: EntityCandidate[], pos: number): number {
  return firstStartingAt(cs, pos) - 1;
}
