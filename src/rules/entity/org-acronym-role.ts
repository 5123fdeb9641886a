import { orgRule, isLoc } from './lib/org.js';
import { isAcronym, isCommon } from './lib/words.js';
import { isRole } from './lib/knowledge.js';
import { NON_ORG_ACRONYMS } from '../../lexicon/de/entity-org.js';

/** A party or organisation acronym before a role: „CDU-Chef“, „SPD-Generalsekretär“ → the acronym (not „TV-Moderator“). */
export default orgRule(
  { id: 'entity/org-acronym-role', priority: 70, description: '„CDU-Chef Friedrich Merz und SPD-Generalsekretär Kevin Kühnert“ → ORG CDU, SPD' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (u.parts.length < 2 || !isAcronym(u.parts[0]) || NON_ORG_ACRONYMS.has(u.parts[0])) return null;
    if (!isRole(lexicon, u.parts[u.parts.length - 1]) || isCommon(lexicon, u.parts[0]) || isLoc(lexicon, u.parts[0])) return null;
    const start = u.partStarts[0];
    return { a: i, b: i + 1, name: u.parts[0], span: { start, end: start + u.parts[0].length } };
  },
);
