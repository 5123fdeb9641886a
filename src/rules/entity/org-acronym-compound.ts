import { INDEFINITE_ARTICLE, orgRule, nominative, orgHeadExact } from './lib/org.js';
import { isAcronym, isCapitalised } from './lib/words.js';
import { isRole, lookupPlace, orgHeadOf } from './lib/knowledge.js';

/** An acronym + an organisation head in one word: „UN-Sicherheitsrates“ → UN-Sicherheitsrat, „EU-Kommission“, „DRK-Wasserwacht“. */
export default orgRule(
  { id: 'entity/org-acronym-compound', priority: 60, description: '„gegen Resolutionen des UN-Sicherheitsrates“ → ORG UN-Sicherheitsrat' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    // „eine KVB-Bahn“, „eine Enquete-Kommission“: after an indefinite article a compound names a kind
    if (i > 0 && INDEFINITE_ARTICLE.test(us[i - 1].text)) return null;
    if (u.parts.length !== 2 || !isAcronym(u.parts[0]) || lookupPlace(lexicon, u.parts[0])?.type === 'LOC') return null;
    // „DRK-Wasserwacht“, „BRK-Bergwacht“: a rescue service of the organisation named by the acronym
    const service = /^\p{Lu}\p{Ll}+wacht$/u.test(u.parts[1]);
    if (!isCapitalised(u.parts[1]) || isRole(lexicon, u.parts[1]) || (!service && (!orgHeadOf(lexicon, u.parts[1]) || !orgHeadExact(lexicon, u.parts[1])))) return null;
    return { a: i, b: i + 1, name: u.parts[0] + '-' + nominative(lexicon, u.parts[1]) };
  },
);
