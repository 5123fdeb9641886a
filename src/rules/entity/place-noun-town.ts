import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { PLACE_NOUN, SEAT_NOUN } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-noun-town';

/**
 * A town whose name is also a common word, where the text says it is a place: after a place noun
 * („der Stadt Halle“, „der Gemeinde Essen“) or a seat („mit Sitz in Siegen“) → LOC. (The gazetteer
 * rule takes such towns only after a place preposition; here the noun is the context.)
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Die Firma hat ihren Sitz in Siegen“, „Einwohner der Stadt Halle“ → LOC Siegen, Halle' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 1; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine || u.newline || u.possessive || u.parts.length > 1 || !isCapitalised(u.text)) continue;
      const prev = us[i - 1];
      const seat = prev.text === 'in' && i > 1 && SEAT_NOUN.test(us[i - 2].text);
      if (!(seat || PLACE_NOUN.test(prev.text))) continue;
      // a place the gazetteer rule takes anyway (it leaves common words like „Halle“ to a context)
      if (lookupPlace(lexicon, u) && !lexicon.isCommonWord(u.text.toLowerCase())) continue;
      const town = lexicon.gazetteer().lookup(u.text, { commonTowns: true });
      if (!town || town.type !== 'LOC' || town.canonical !== u.text) continue;
      // „die Stadt Essen Kultur“: a capitalised word after it makes a noun phrase
      const next = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : null;
      if (next && next.type === 'word' && isCapitalised(next.text)) continue;
      // „Landkreis Neustadt an der Aisch-Bad Windsheim“: a qualified name goes on
      if (next && /^(?:an|am|ob)$/.test(next.text)) continue;
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
