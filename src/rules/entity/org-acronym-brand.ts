import { orgRule, isLoc } from './lib/org.js';
import { isAcronym } from './lib/words.js';
import { BRAND_TAILS, NON_ORG_ACRONYMS } from '../../lexicon/de/entity-org.js';

/** An acronym + a company word is one name: „DZ Bank“, „DB Cargo“, „BMW Group“ (not ORG „DZ“). */
export default orgRule(
  { id: 'entity/org-acronym-brand', priority: 40, description: '„Analysten der DZ Bank und von DB Cargo“ → ORG DZ Bank, DB Cargo' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!isAcronym(u.text) || u.parts.length !== 1 || NON_ORG_ACRONYMS.has(u.text)) return null;
    if (!(i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word' && BRAND_TAILS.has(us[i + 1].text)) || isLoc(lexicon, u)) return null;
    return { a: i, b: i + 2, name: u.text + ' ' + us[i + 1].text, resume: i + 2 };
  },
);
