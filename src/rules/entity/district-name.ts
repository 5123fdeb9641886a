import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isAllCaps, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { DISTRICT_HEADS } from '../../lexicon/de/entity-places.js';
import type { Lexicon } from '../../lexicon/index.js';

const ID = 'entity/district-name';

/** A name part of a hyphen compound: capitalised, no acronym, no common word („Rems“, „Ruppin“). */
function namePart(lex: Lexicon, p: string): boolean {
  return p.length >= 2 && isCapitalised(p) && !isAllCaps(p) && !isAcronym(p) && !isCommon(lex, p) && !lex.isFunctionWord(p);
}

/** A hyphen compound of names only: „Ostprignitz-Ruppin“, „Dahme-Spreewald“. */
function nameCompound(lex: Lexicon, u: Unit): boolean {
  return u.type === 'word' && !u.capsLine && u.parts.length >= 2 && u.parts.every((p) => namePart(lex, p));
}

/**
 * Districts named by a hyphen compound of names, kept whole: „im Rems-Murr-Kreis“ (names + Kreis),
 * „im Landkreis Ostprignitz-Ruppin“ (a district head + a compound of names) → LOC, not the first
 * part alone (Rems, Ostprignitz). The district's name is the compound („Kreis Rottal-Inn“ and
 * „Landkreis Rottal-Inn“ are one entity).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„im Rems-Murr-Kreis“, „im Landkreis Dahme-Spreewald“ → LOC, whole' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine) continue;
      const last = u.parts.length - 1;
      // „Rems-Murr-Kreis“, „Main-Taunus-Kreis“
      if (last >= 2 && u.parts[last] === 'Kreis' && u.parts.slice(0, last).every((p) => namePart(lexicon, p))) {
        out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 3 });
        continue;
      }
      // „Landkreis Ostprignitz-Ruppin“
      const n = us[i + 1];
      if (DISTRICT_HEADS.has(u.text) && n && !n.newline && nameCompound(lexicon, n)) {
        out.push({ text: doc.source.slice(u.start, n.end), start: u.start, end: n.end, type: 'LOC', name: n.text, rule: ID, confidence: 3 });
        i++;
      }
    }
    return out;
  },
};
export default rule;
