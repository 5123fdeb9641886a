import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isNameWord, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, outlets } from './lib/knowledge.js';
import type { Lexicon } from '../../lexicon/index.js';
import { TOPONYM_ENDING, WATER_ENDING } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-water';

/** A name word of a river, stream or lake: unknown to the dictionary (or a small listed town), no first name, role or outlet. */
function waterName(lex: Lexicon, u: Unit | undefined): boolean {
  if (!u || u.type !== 'word' || u.newline || u.capsLine || u.possessive || u.parts.length > 1 || !isCapitalised(u.text)) return false;
  if (lex.firstName(u.text) !== null || isRole(lex, u) || outlets(lex).has(u.text)) return false;
  // a small town of that name is a place as well (the gazetteer rule wants a place preposition for it)
  const listed = lookupPlace(lex, u);
  if (listed) return listed.type === 'LOC' && listed.weak && listed.kind === 'town';
  // „Hagenbach“, „Steinrodsee“: the dictionary splits them as compounds, but does not know them
  const water = WATER_ENDING.test(u.text) && !lex.isCommonWord(u.text) && !lex.isNoun(u.text);
  return water || isNameWord(lex, u);
}

/** The unit after k is no further capitalised word on the line („an der Piesting Mühle“ is another name). */
function endsAt(us: Unit[], k: number): boolean {
  const n = us[k];
  return !n || n.newline || n.type !== 'word' || !isCapitalised(n.text);
}

/**
 * A river, stream or lake the gazetteer lacks, by its slot: after „an der“ / „entlang der“ an
 * unknown name word („an der Piesting“), after „am“ one with a water or place ending („am Hagenbach“), or an unknown name word right before
 * „in“ + a listed town („die Lainsitz in Gmünd“ — the water at the town), or a water compound
 * („beim Steinrodsee“, „am Hassbach“). Known common words and people's names do not qualify.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Gebaut wird an der Piesting und am Hagenbach“ → LOC Piesting, Hagenbach (rivers and streams by their slot)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 1; i < us.length; i++) {
      const u = us[i];
      if (!waterName(lexicon, u) || !endsAt(us, i + 1)) continue;
      const p1 = us[i - 1].text.toLowerCase();
      const p2 = i >= 2 ? us[i - 2].text.toLowerCase() : '';
      // after „am“ (masculine and neuter nouns: „am Tatort“) only a name with a water or place ending
      const slot = (p1 === 'am' && (WATER_ENDING.test(u.text) || TOPONYM_ENDING.test(u.text))) || (p1 === 'der' && /^(?:an|entlang|längs)$/.test(p2));
      // „die Lainsitz in Gmünd“: the water at a town
      const town = us[i + 1]?.text === 'in' && !us[i + 1].newline && lookupPlace(lexicon, us[i + 2] ?? '')?.type === 'LOC' && /^(?:die|der|den|am)$/.test(p1);
      const compound = WATER_ENDING.test(u.text) && /^(?:am|beim|im|zum|vom|den|dem|der|die|des)$/.test(p1);
      if (!(slot || town || compound)) continue;
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
