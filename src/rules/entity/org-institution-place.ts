import { orgRule, nominative, orgHeadExact } from './lib/org.js';
import { isCapitalised, isCommon } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';

/**
 * An institution + its town or region: „Hochschule Koblenz“, „Polizei Berlin“, „des
 * Polizeipräsidiums Niederbayern“, „Verkehrsverbund Rhein-Ruhr“ (nominative head).
 */
export default orgRule(
  { id: 'entity/org-institution-place', priority: 140, description: '„Professor Stefan Sell von der Hochschule Koblenz“ → ORG Hochschule Koblenz' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!(i + 1 < us.length && isCapitalised(u.text) && !us[i + 1].newline && us[i + 1].type === 'word' && orgHeadExact(lexicon, u) && !isRole(lexicon, u))) return null;
    const nx = us[i + 1];
    const place = lookupPlace(lexicon, nx);
    const placeCompound = nx.parts.length > 1 && nx.parts.every((p) => isCapitalised(p)) && lookupPlace(lexicon, nx.parts[0])?.type === 'LOC' && !isCommon(lexicon, nx.parts[0]);
    const after = i + 2 < us.length ? us[i + 2] : null;
    if (!((place && place.type === 'LOC' && place.name === nx.text) || placeCompound)) return null;
    if (after && after.type === 'word' && isCapitalised(after.text) && !after.newline) return null;
    return { a: i, b: i + 2, name: nominative(lexicon, u.text) + ' ' + nx.text, confidence: 3, resume: i + 2 };
  },
);
