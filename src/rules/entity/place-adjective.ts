import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isNameWord, units } from './lib/words.js';
import { isRole, lookupPlace, outlets, placeAt } from './lib/knowledge.js';
import { REGIONAL_ADJECTIVE, PLACE_ADJECTIVE_PREPOSITION } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-adjective';

/**
 * A place after a regional adjective: „im oberbayerischen Penzberg“, „aus dem sächsischen
 * Freital“, „ins nordhessische Fritzlar“. After a place preposition (with or without article) a
 * town of the gazetteer or an unknown name counts; after an article alone („das oberbayerische
 * Penzberg“) only a town of the gazetteer (the adjective may describe a person: „der ukrainische
 * Präsident“). Not when a further capitalised word follows („im bayerischen Landtag“ is a common
 * noun anyway; „im russischen Staatsfernsehen“).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„im oberbayerischen Penzberg“ → LOC Penzberg (a place after a regional adjective)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 1; i + 1 < us.length; i++) {
      const adj = us[i];
      if (adj.type !== 'word' || adj.capsLine || !REGIONAL_ADJECTIVE.test(adj.text)) continue;
      let k = i - 1;
      if (/^(dem|der|das|den|des)$/.test(us[k].text) && k > 0) k--;
      const prep = PLACE_ADJECTIVE_PREPOSITION.has(us[k].text.toLowerCase());
      if (!prep && !/^(dem|der|das|den|des|die)$/i.test(us[i - 1].text)) continue;
      const j = i + 1;
      const u = us[j];
      if (u.type !== 'word' || u.newline || !isCapitalised(u.text) || u.possessive) continue;
      let len = 1;
      let name = u.text;
      const at = placeAt(lexicon, us, j);
      if (at) {
        if (at.hit.type !== 'LOC' || !(at.hit.weak || at.hit.commonWord)) continue; // the gazetteer rule has the others
        len = at.len;
        name = at.hit.name;
      } else {
        const town = u.parts.length === 1 ? lexicon.gazetteer().lookup(u.text, { commonTowns: true }) : null;
        if (town && town.type === 'LOC') name = town.canonical;
        else if (!prep || !isNameWord(lexicon, u) || isRole(lexicon, u) || outlets(lexicon).has(u.text) || lookupPlace(lexicon, u) || lexicon.firstName(u.text)) continue;
      }
      const next = us[j + len];
      if (next && next.type === 'word' && !next.newline && isCapitalised(next.text)) continue;
      const last = us[j + len - 1];
      out.push({ text: doc.source.slice(u.start, last.end), start: u.start, end: last.end, type: 'LOC', name, rule: ID, confidence: 2 });
      i = j + len - 1;
    }
    return out;
  },
};

export default rule;
