import { orgRule, bareAcronym, saysVerb } from './lib/org.js';
import { isCapitalised } from './lib/words.js';

/** An unknown acronym as the subject of a verb of saying: „SWM teilte mit“, „…, erklärte die BSU“. */
export default orgRule(
  { id: 'entity/org-acronym-speaker', priority: 170, description: '„SWM erklärte am Morgen, der Verkehr laufe wieder“ → ORG SWM' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!bareAcronym(lexicon, u) || !(i + 1 < us.length && !us[i + 1].newline && saysVerb(lexicon, us[i + 1].text))) return null;
    // not the last word of a name: „Stadtwerke München SWM sagte“
    if (i > 0 && !u.newline && us[i - 1].type === 'word' && isCapitalised(us[i - 1].text) && !us[i - 1].initial && !lexicon.isFunctionWord(us[i - 1].text)) return null;
    return { a: i, b: i + 1, name: u.text, confidence: 1 };
  },
);
