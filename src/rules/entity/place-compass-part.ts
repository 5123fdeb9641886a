import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { COMPASS_PART } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-compass-part';

/**
 * A town of the gazetteer + a compass part in one hyphen compound names a part of the town or a
 * motorway junction, one LOC with its own name: „Kassel-Ost“, „Berlin-Mitte“, „Frankfurt-Süd“,
 * „Hamburg-Nordost“ (not the town alone). The town part may be hyphenated itself
 * („Garmisch-Partenkirchen-Nord“); only towns and cities, no country or region („Korea-Süd“, „Hessen-Nord“).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Die Anschlussstelle Kassel-Ost wird umgebaut“ → LOC Kassel-Ost (a town + compass part)' },
  find({ doc, lexicon }) {
    const out: EntityCandidate[] = [];
    for (const u of units(doc)) {
      if (u.type !== 'word' || u.capsLine || u.parts.length < 2) continue;
      const last = u.parts[u.parts.length - 1];
      if (!COMPASS_PART.has(last)) continue;
      const town = u.parts.slice(0, -1).join('-');
      if (!isCapitalised(town)) continue;
      const hit = lookupPlace(lexicon, town);
      if (!hit || hit.type !== 'LOC' || hit.genitive || (hit.kind !== 'city' && hit.kind !== 'town')) continue;
      out.push({ text: u.text, start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 3 });
    }
    return out;
  },
};

export default rule;
