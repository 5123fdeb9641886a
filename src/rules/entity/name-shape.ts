import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCommon, units } from './lib/words.js';
import { descriptorBefore, firstNameRun, knownFirstName, nameRun, nameStart } from './lib/names.js';
import { outlets } from './lib/knowledge.js';

const ID = 'entity/name-shape';

/**
 * Two or more name words in a row — capitalised words the lexicon knows as no common noun, verb
 * or adjective: „Lee Jae Myung“, „Xi Jinping“, „Min-jun Choi“, „Mary J.K. Lawson“ → PER.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Xi Jinping und Emmanuel Macron“, „Lee Jae Myung“ → PER (two or more unknown capitalised words)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      let b = nameStart(lexicon, us, i) ? nameRun(lexicon, us, i, { commonLast: true, max: 4 }) : i;
      // a listed first name before a capitalised word: the surname may be a compound-looking
      // word („Julian Nagelsmann“, „Frank Hausmann“) and the first name a common noun („Ernst
      // Steinhauer“); a first name that is a place („Paris“) is left to the place rules
      if (b - i < 2 && knownFirstName(lexicon, us, i)) b = Math.max(b, firstNameRun(lexicon, us, i));
      if (b - i < 2) {
        i = Math.max(i, b - 1);
        continue;
      }
      // a line that is only these words (and a colon): a label ("Related News :"), no name
      const lineStart = us[i].newline || i === 0;
      const colonEnd = b < us.length && us[b].text === ':' && (b + 1 >= us.length || us[b + 1].newline);
      const lineEnd = b >= us.length || us[b].newline;
      if (lineStart && (colonEnd || (lineEnd && us.slice(i, b).some((x) => isCommon(lexicon, x))))) {
        i = b - 1;
        continue;
      }
      if (outlets(lexicon).has(doc.text.slice(us[i].start, us[b - 1].end))) {
        i = b - 1;
        continue; // "Associated Press": the outlet rule's
      }
      // „Hollywoodstar Ida Berg“: the descriptor is no part of the name
      const a = descriptorBefore(lexicon, us, i, b) ? i + 1 : i;
      const start = us[a].start;
      const end = us[b - 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'PER', name: doc.text.slice(start, end), rule: ID, confidence: 1 });
      i = b - 1;
    }
    return out;
  },
};
export default rule;
