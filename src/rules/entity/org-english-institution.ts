import { orgRule, englishAdjective, englishRunBefore, INDEFINITE_ARTICLE } from './lib/org.js';
import { isAllCaps, isCapitalised, isCommon } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import { ENGLISH_ORG_CONNECTORS, ENGLISH_ORG_HEADS } from '../../lexicon/de/entity-org.js';

/**
 * An English institution by its head: name words before it („Pew Research Center“, also English
 * words that are German adjectives: „Global Energy Monitor Project“) or a tail after it
 * („Center for Strategic & International Studies“).
 */
export default orgRule(
  { id: 'entity/org-english-institution', priority: 20, description: '„Dem Center for Strategic & International Studies zufolge“, „vom Pew Research Center“ → ORG' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (!ENGLISH_ORG_HEADS.has(u.text)) return null;
    let b = i + 1;
    while (b + 1 < us.length && ENGLISH_ORG_CONNECTORS.has(us[b].text) && (isCapitalised(us[b + 1].text) || us[b + 1].text === 'the')) {
      b++;
      while (b < us.length && us[b].type === 'word' && (isCapitalised(us[b].text) || isAllCaps(us[b].text)) && !us[b].newline) b++;
    }
    let a = i;
    // name words before the head, also English words that are German adjectives (a German noun
    // too when an English name word stands before it: „Pew Research Center“)
    while (a - 1 >= 0 && i - a < 4 && us[a - 1].type === 'word' && isCapitalised(us[a - 1].text) && !us[a].newline && (!us[a - 1].initial || lookupPlace(lexicon, us[a - 1])?.type === 'ORG') && !isRole(lexicon, us[a - 1]) && !lexicon.isFunctionWord(us[a - 1].text) && (!isCommon(lexicon, us[a - 1]) || englishAdjective(lexicon, us[a - 1].text) || englishRunBefore(lexicon, us, a - 1))) a--;
    // „einer Summer School“: after an indefinite article the phrase is a kind, no name
    if (a > 0 && INDEFINITE_ARTICLE.test(us[a - 1].text)) return null;
    if (b > i + 1 || a < i) return { a, b, name: doc.text.slice(us[a].start, us[b - 1].end), resume: b };
    return null;
  },
);
