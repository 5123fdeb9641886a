import { orgRule } from './lib/org.js';
import { isAcronym, isCapitalised, isCommon } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';

/**
 * A name no list knows before a company head in one hyphen compound — a share, a chief, a
 * works: „Übernahmekampf beflügelt Osram-Aktie“, „Charité-Chef Karl Einhäupl“, „die
 * Strabag-Aktionäre“ → ORG (the name part). The name is no common word, place, first name,
 * listed surname or role; acronyms are org-acronym-role's.
 */
export default orgRule(
  { id: 'entity/org-company-compound', priority: 75, description: '„Übernahmekampf beflügelt Osram-Aktie“ → ORG Osram' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (u.parts.length !== 2 || !lexicon.list('company-compound-heads').has(u.parts[1])) return null;
    const name = u.parts[0];
    if (name.length < 3 || !isCapitalised(name) || isAcronym(name) || isCommon(lexicon, name) || lexicon.isFunctionWord(name)) return null;
    // (a listed surname names a company before a share or a group, never a person: „Porsche-Aktie“)
    const shares = /^(?:Aktie|Aktien|Aktionär|Aktionäre|Aktionären|Konzern|Konzerns)$/.test(u.parts[1]);
    if (lookupPlace(lexicon, name) || lexicon.firstName(name) !== null || (lexicon.surname(name) !== null && !shares) || isRole(lexicon, name)) return null;
    const start = u.partStarts[0];
    return { a: i, b: i + 1, name, span: { start, end: start + name.length } };
  },
);
