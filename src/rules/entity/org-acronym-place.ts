import { orgRule } from './lib/org.js';
import { isAcronym, isCapitalised, isCommon } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { NON_ORG_ACRONYMS } from '../../lexicon/de/entity-org.js';

/**
 * An institution's acronym + its town or region: „EPFL Lausanne“, „TU Dresden“, a regional branch
 * „AOK Hessen“ (the place belongs to the name; alone elsewhere it is still a place).
 */
export default orgRule(
  { id: 'entity/org-acronym-place', priority: 130, description: '„Forscher der EPFL Lausanne und der LMU München“ → ORG EPFL Lausanne, LMU München' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!isAcronym(u.text) || u.parts.length !== 1 || NON_ORG_ACRONYMS.has(u.text) || isCommon(lexicon, u) || lookupPlace(lexicon, u)) return null;
    if (lexicon.list('news-outlets').has(u.text) || !(i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word')) return null;
    const nx = us[i + 1];
    const place = lookupPlace(lexicon, nx);
    const after = i + 2 < us.length ? us[i + 2] : null;
    if (!(place && place.type === 'LOC' && place.name === nx.text && (place.kind === 'city' || place.kind === 'town' || place.kind === 'region'))) return null;
    if (after && after.type === 'word' && !after.newline && isCapitalised(after.text)) return null;
    return { a: i, b: i + 2, name: u.text + ' ' + nx.text, confidence: 3, resume: i + 2 };
  },
);
