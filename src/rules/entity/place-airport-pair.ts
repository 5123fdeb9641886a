import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units, type Unit } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { AIRPORT_NOUNS } from '../../lexicon/de/entity-places.js';
import { LIST_JOINERS } from '../../lexicon/de/index.js';

const ID = 'entity/place-airport-pair';

const placeWord = (lex: Parameters<typeof lookupPlace>[0], u: Unit | undefined): boolean =>
  !!u && u.type === 'word' && !u.capsLine && isCapitalised(u.text) && lookupPlace(lex, u)?.type === 'LOC';

/**
 * Two towns joined by a slash after an airport noun name one airport: „am Flughafen
 * Münster/Osnabrück“, „an den Flughäfen Düsseldorf, Hamburg, Köln/Bonn und Stuttgart“ → LOC
 * Köln/Bonn. (A dateline „Dresden/Leipzig.“ names two towns.)
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Verspätungen am Flughafen Münster/Osnabrück“ → LOC Münster/Osnabrück' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let s = 1; s + 1 < us.length; s++) {
      if (us[s].text !== '/' || us[s].space || us[s + 1].space || !placeWord(lexicon, us[s - 1]) || !placeWord(lexicon, us[s + 1])) continue;
      // back over the list to the airport noun: places, commas, „und“, other pairs
      let k = s - 2;
      while (k >= 0 && !us[k + 1].newline && (LIST_JOINERS.has(us[k].text) || us[k].text === '/' || placeWord(lexicon, us[k]))) k--;
      if (k < 0 || us[k].type !== 'word' || us[k + 1].newline || !AIRPORT_NOUNS.test(us[k].text)) continue;
      const start = us[s - 1].start;
      const end = us[s + 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'LOC', name: doc.text.slice(start, end), rule: ID, confidence: 3 });
    }
    return out;
  },
};
export default rule;
