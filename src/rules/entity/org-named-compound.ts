import { INDEFINITE_ARTICLE, orgRule, namedOrgCompound } from './lib/org.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/de/entity-org.js';

/**
 * One word naming an organisation: name parts + an organisation head („Ifo-Institut“,
 * „Max-Planck-Gesellschaft“), or a compound whose modifier is no German word („Commerzbank“).
 */
export default orgRule(
  { id: 'entity/org-named-compound', priority: 90, description: '„Ökonomen vom Ifo-Institut und der Max-Planck-Gesellschaft“ → ORG Ifo-Institut, Max-Planck-Gesellschaft' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    // „eine KVB-Bahn“, „eine Enquete-Kommission“: after an indefinite article a compound names a kind
    if (i > 0 && INDEFINITE_ARTICLE.test(us[i - 1].text)) return null;
    const prevWord = i > 0 && us[i - 1].type === 'word' ? us[i - 1].text : '';
    if (!((!u.initial || u.parts.length > 1) && !PLACE_PREPOSITIONS.has(prevWord))) return null;
    const named = namedOrgCompound(lexicon, u);
    return named ? { a: i, b: i + 1, name: named } : null;
  },
);
