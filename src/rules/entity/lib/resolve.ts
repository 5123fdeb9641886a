/**
 * The entity layer's resolve step: candidates → one `Entity` per real-world entity. Each step is
 * its own module under ./resolve/:
 *
 * 0. scan-order.ts — the organisation rules' matches as their one left-to-right scan keeps them.
 * 1. overlaps.ts — valid, non-overlapping candidates (the surer, then longer, then earlier wins).
 * 2. genitive.ts — genitive names: "-s" stripped where the base name is known („Kim Jong-uns“),
 *    or a person's name stands in genitive position („Putins Krieg“).
 * 3. link.ts — groups: acronym definitions, acronyms = initials of an organisation name,
 *    surname-only persons linked to the fuller name.
 * 4. groups.ts — one draft per group: canonical name, type and rule from the strongest candidate;
 *    clubs.ts — a town named alone where a sports club of that town is named is the club.
 * 5. rescan.ts — every further occurrence of a known name, alias or unambiguous surname.
 * 6. output.ts — ids (type + slug of the name), merged drafts, sorted mentions.
 *
 * Every step is linear in the candidates and words of the article, up to sorting.
 */
import type { Doc } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import type { Entity } from '../../../types.js';
import type { EntityCandidate } from './candidate.js';
import { units } from './words.js';
import { cutGenitiveFirstNames, keepNonOverlapping } from './resolve/overlaps.js';
import { applyScanOrder } from './resolve/scan-order.js';
import { stripGenitives } from './resolve/genitive.js';
import { linkGroups } from './resolve/link.js';
import { draftEntities } from './resolve/groups.js';
import { mergeClubTowns } from './resolve/clubs.js';
import { rescanMentions } from './resolve/rescan.js';
import { toEntities } from './resolve/output.js';
import { nameKey } from './resolve/names.js';
import type { ResolveContext } from './resolve/state.js';

export { nameKey, nominativeName } from './resolve/names.js';

export function resolveEntities(candidates: EntityCandidate[], ctx: { doc: Doc; lexicon: Lexicon }): Entity[] {
  const { doc, lexicon } = ctx;
  const rc: ResolveContext = { doc, lexicon, us: units(doc), key: (name) => nameKey(lexicon, name) };
  const kept = keepNonOverlapping(applyScanOrder(candidates), rc);
  cutGenitiveFirstNames(kept, rc);
  stripGenitives(kept, rc);
  const drafts = mergeClubTowns(draftEntities(linkGroups(kept, rc), rc), rc);
  rescanMentions(drafts, rc);
  return toEntities(drafts, rc);
}
