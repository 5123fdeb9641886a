import { orgRule } from './lib/org.js';
import { townOfAdjective } from './lib/knowledge.js';
import { CLUB_ABBREVIATION_AFTER_TOWN } from '../../lexicon/de/entity-org.js';

/**
 * A club named by a town adjective and a club abbreviation: „Osternienburger HC“, „Soester TV“,
 * „Deggendorfer SC“ (the abbreviations of club-abbreviations.txt, and TV, TB, HC, EC, EV, which
 * name a club only after a town). The abbreviation is the evidence: no sports context needed.
 */
export default orgRule(
  { id: 'entity/org-club-adjective', priority: 119, description: '„Der Osternienburger HC schlug den Berliner HC“ → ORG Osternienburger HC, Berliner HC' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (u.type !== 'word' || u.parts.length > 1 || !townOfAdjective(lexicon, u)) return null;
    const abbr = i + 1 < us.length ? us[i + 1] : null;
    if (!abbr || abbr.newline || abbr.type !== 'word' || !(lexicon.list('club-abbreviations').has(abbr.text) || CLUB_ABBREVIATION_AFTER_TOWN.test(abbr.text))) return null;
    return { a: i, b: i + 2, name: doc.text.slice(u.start, abbr.end), confidence: 3, resume: i + 2 };
  },
);
