/**
 * Resolve step 4b: a town named alone where the article names a sports club of that town is the
 * club — „VfL Bochum … gegen Bochum“, „FC Bayern München … gegen die Bayern“, „Eintracht
 * Frankfurt … Frankfurt glich aus“ — unless a mention stands after a place preposition („in
 * Bochum“): then the town is meant too, and both stay. A club is an organisation whose name holds
 * a club word or abbreviation (club-words, club-abbreviations, club-suffixes: FC, VfL, Eintracht,
 * United) or „Club“; the town is one word of that name.
 */
import { unitAt } from '../words.js';
import { PLACE_PREPOSITIONS } from '../../../../lexicon/de/entity-org.js';
import type { Draft, ResolveContext } from './state.js';

export function mergeClubTowns(drafts: Draft[], { lexicon, us }: ResolveContext): Draft[] {
  const clubWord = (w: string): boolean =>
    /^(?:Sport-)?(?:Club|Klub)$/.test(w) || lexicon.list('club-abbreviations').has(w) || lexicon.list('club-words').has(w) || lexicon.list('club-suffixes').has(w);
  /** town word → the one club draft that holds it (null: several clubs do) */
  const clubOf = new Map<string, Draft | null>();
  for (const d of drafts) {
    if (d.type !== 'ORG') continue;
    const words = d.name.split(/[\s-]+/);
    if (words.length < 2 || !words.some(clubWord)) continue;
    for (const w of new Set(words)) if (!clubWord(w)) clubOf.set(w, clubOf.has(w) && clubOf.get(w) !== d ? null : d);
  }
  if (!clubOf.size) return drafts;
  const afterPreposition = (start: number): boolean => {
    const i = unitAt(us, start);
    return i > 0 && PLACE_PREPOSITIONS.has(us[i - 1].text.toLowerCase());
  };
  const out: Draft[] = [];
  for (const d of drafts) {
    const club = d.type === 'LOC' && !d.name.includes(' ') ? clubOf.get(d.name) : undefined;
    if (!club || d.mentions.some((m) => afterPreposition(m.start))) {
      out.push(d);
      continue;
    }
    club.mentions.push(...d.mentions);
    for (const f of d.forms) club.forms.add(f);
  }
  return out;
}
