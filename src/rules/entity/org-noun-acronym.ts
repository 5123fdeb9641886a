import { orgRule, isLoc, orgHeadExact } from './lib/org.js';
import { isAcronym, isCapitalised, isCommon } from './lib/words.js';

/** An organisation noun + an acronym or unknown name: „die Gewerkschaft GDL“, „der Partei AfD“ → the acronym. */
export default orgRule(
  { id: 'entity/org-noun-acronym', priority: 160, description: '„Die Deutsche Bahn und die Gewerkschaft GDL verhandeln“ → ORG GDL' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!(i + 1 < us.length && isCapitalised(u.text) && orgHeadExact(lexicon, u) && !us[i + 1].newline && us[i + 1].type === 'word')) return null;
    const nx = us[i + 1];
    if (!isAcronym(nx.text) || isCommon(lexicon, nx) || isLoc(lexicon, nx)) return null;
    return { a: i + 1, b: i + 2, name: nx.text, resume: i + 2 };
  },
);
