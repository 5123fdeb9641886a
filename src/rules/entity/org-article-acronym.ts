import { orgRule, isLoc } from './lib/org.js';
import { isAcronym, isCapitalised, isCommon } from './lib/words.js';
import { DEFINITE_ARTICLES, NON_ORG_ACRONYMS, ROAD_NUMBER } from '../../lexicon/de/entity-org.js';

/** An article + an unknown acronym: „die SPD“, „der NIS“; an acronym coordinated with one: „SPÖ und FPÖ“; no road („auf der A1“). */
export default orgRule(
  { id: 'entity/org-article-acronym', priority: 180, description: '„Die SPD und die AfD legten bei der Wahl zu“ → ORG SPD, AfD' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    const coordinated = i >= 2 && /^(und|oder|sowie|,)$/.test(us[i - 1].text) && isAcronym(us[i - 2].text) && !isCommon(lexicon, us[i - 2]) && !isLoc(lexicon, us[i - 2]);
    if (!(isAcronym(u.text) && !NON_ORG_ACRONYMS.has(u.text) && !ROAD_NUMBER.test(u.text) && i > 0 && (DEFINITE_ARTICLES.has(us[i - 1].text.toLowerCase()) || coordinated) && !isCommon(lexicon, u) && !isLoc(lexicon, u) && u.parts.length === 1)) return null;
    const next = i + 1 < us.length ? us[i + 1] : null;
    if (!next || next.type !== 'word' || !isCapitalised(next.text) || isCommon(lexicon, next)) return { a: i, b: i + 1, name: u.text, confidence: 1 };
    return null;
  },
);
