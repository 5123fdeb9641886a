import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isNameWord, units } from './lib/words.js';
import { isRole, lookupPlace, outlets } from './lib/knowledge.js';
import { TOWN_GENITIVE_HEADS } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-genitive';

/**
 * A town named in the genitive before one of its offices or parts: „Rhauderfehns Bürgermeister“,
 * „Wolkersrieds Altstadt“ → LOC. The name without its -s must be a town of the gazetteer or an
 * unknown name (no common word, first name, role or outlet).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Wolkersrieds Bürgermeister sagte“ → LOC Wolkersried (a town in the genitive before its office)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      const u = us[i];
      const head = us[i + 1];
      if (u.type !== 'word' || u.capsLine || u.parts.length > 1 || !TOWN_GENITIVE_HEADS.has(head.text) || head.newline) continue;
      if (!isCapitalised(u.text) || !/[^s]s$/.test(u.text) || u.text.length < 5) continue;
      const name = u.text.slice(0, -1);
      const known = lookupPlace(lexicon, u.text);
      if (known && !known.weak) continue; // the gazetteer rule has it
      const town = lexicon.gazetteer().lookup(name, { commonTowns: true });
      if (!(town && town.type === 'LOC')) {
        if (!isNameWord(lexicon, name) || isRole(lexicon, name) || outlets(lexicon).has(name) || lexicon.firstName(name) !== null || lexicon.firstName(u.text) !== null) continue;
      }
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name, rule: ID, confidence: 2 });
    }
    return out;
  },
};

export default rule;
