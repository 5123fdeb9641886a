import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isCapitalised, isCommon, units } from './lib/words.js';

const ID = 'entity/event-name';
/** Heads of (mostly English) event and law names. */
const EVENT_HEADS = new Set([
  'Open', 'Week', 'Games', 'Cup', 'Festival', 'Awards', 'Award', 'Summit', 'Masters', 'Championship', 'Championships',
  'Olympics', 'Expo', 'Act', 'Conference', 'Marathon', 'Trophy', 'Prix', 'Bowl', 'Series', 'Con', 'Days', 'Fair',
]);

/**
 * Names of events and laws written with an English head: „die Australian Open“, „Fashion Week“,
 * „Digital Services Act“, „Grand Prix von Monaco“ → MISC (and no person).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„bei den Australian Open“, „der Digital Services Act“ → MISC' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let h = 1; h < us.length; h++) {
      const head = us[h];
      if (head.type !== 'word' || head.newline || head.capsLine || !EVENT_HEADS.has(head.text)) continue;
      let a = h;
      while (
        a - 1 >= 0 &&
        h - a < 4 &&
        !us[a].newline &&
        us[a - 1].type === 'word' &&
        (isCapitalised(us[a - 1].text) || isAcronym(us[a - 1].text)) &&
        !(us[a - 1].initial && isCommon(lexicon, us[a - 1].text)) &&
        !lexicon.isFunctionWord(us[a - 1].text)
      )
        a--;
      if (a === h) continue;
      const start = us[a].start;
      const end = head.end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'MISC', name: doc.text.slice(start, end), rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
