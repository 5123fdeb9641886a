import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isCommon, units } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';

const ID = 'entity/place-district';
/** The district nouns that belong to a district's name: „Landkreis München“, „Kreis Olpe“, „Kanton Nidwalden“ (genitive: „des Landkreises Verden“). */
const DISTRICT = /^(Landkreis|Kreis|Kanton|Bezirk)(es|s)?$/;
/** A district named in one word: „Odenwaldkreis“, „Enzkreis“ (the modifier in group 1). */
const DISTRICT_COMPOUND = /^(\p{Lu}\p{Ll}{2,})kreis(?:es)?$/u;

/**
 * A district named with its head noun: „im Landkreis München“, „im Kreis Göppingen“, „des
 * Landkreises Verden“ → LOC Landkreis München, Kreis Göppingen, Landkreis Verden (the district,
 * not its town). The name is a place of the gazetteer or a capitalised name word, also hyphenated
 * („Landkreis Rottal-Inn“); a common noun after the head is no name („im Kreis Familie“). A district
 * compound whose modifier is no German word is one too („des Odenwaldkreises“ → Odenwaldkreis; not
 * „Wahlkreis“, „Freundeskreis“).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Die Tongrube liegt im Kreis Göppingen“ → LOC Kreis Göppingen (a district with its head noun)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      const head = us[i];
      if (head.type !== 'word' || head.capsLine) continue;
      // „des Odenwaldkreises“, „im Hochsauerlandkreis“: a district compound whose modifier is no German word
      const compound = head.parts.length === 1 ? DISTRICT_COMPOUND.exec(head.text) : null;
      if (compound && !lexicon.isCommonWord(compound[1]) && lexicon.firstName(compound[1]) === null && !lookupPlace(lexicon, head)) {
        out.push({ text: head.text, start: head.start, end: head.end, type: 'LOC', name: compound[1] + 'kreis', rule: ID, confidence: 2 });
        continue;
      }
      const m = DISTRICT.exec(head.text);
      if (!m) continue;
      const u = us[i + 1];
      if (u.newline || u.type !== 'word' || u.capsLine || !isCapitalised(u.text) || isRole(lexicon, u) || lexicon.firstName(u.text) !== null) continue;
      const parts = u.parts.length > 1 ? u.parts : [u.text];
      const known = lookupPlace(lexicon, u)?.type === 'LOC' || lexicon.gazetteer().lookup(u.text, { commonTowns: true })?.type === 'LOC';
      if (!known && !parts.every((p) => isCapitalised(p) && (lookupPlace(lexicon, p)?.type === 'LOC' || !isCommon(lexicon, p)))) continue;
      // „im Landkreis Neustadt an der Aisch“: a qualified name goes on — not cut after its first word
      const next = us[i + 2];
      if (next && !next.newline && /^(?:an|am|ob)$/.test(next.text)) continue;
      const name = `${m[1]} ${u.text}`;
      out.push({ text: doc.source.slice(head.start, u.end), start: head.start, end: u.end, type: 'LOC', name, rule: ID, confidence: 3 });
      i++;
    }
    return out;
  },
};
export default rule;
