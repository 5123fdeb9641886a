import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isCommon, units } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { STORM_NOUN } from '../../lexicon/de/entity-media.js';

const ID = 'entity/storm-name';
const OPENING = new Set(['„', '"', '»', '‚']);

/**
 * The name of a storm or pressure system after the noun naming its kind, bare or in quotes:
 * „das Sturmtief Björn“, „des Sturmtiefs „Zeynep““, „Orkan "Friederike"“ → MISC (and no person).
 * One capitalised word that is no common word and no place („Sturm Graz“ is a club).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Das Sturmtief Björn zieht von der Nordsee heran.“ → MISC Björn' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      const s = us[i];
      if (s.type !== 'word' || s.capsLine || !STORM_NOUN.test(s.text)) continue;
      let k = i + 1;
      const quoted = OPENING.has(us[k].text) && !us[k].newline;
      if (quoted) k++;
      const n = us[k];
      if (!n || n.newline || n.type !== 'word' || n.parts.length > 1 || !isCapitalised(n.text) || isCommon(lexicon, n) || lookupPlace(lexicon, n)) continue;
      // a bare name ends there: „Sturmtief Björn zieht“ (not „Sturm Peter Brandt“)
      const after = us[k + 1];
      if (!quoted && after && !after.newline && after.type === 'word' && isCapitalised(after.text)) continue;
      out.push({ text: doc.source.slice(n.start, n.end), start: n.start, end: n.end, type: 'MISC', name: n.text, rule: ID, confidence: 3 });
      i = k;
    }
    return out;
  },
};
export default rule;
