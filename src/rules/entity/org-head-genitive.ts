import { orgRule, germanTail, isCapAdjective, nominative, orgHeadExact } from './lib/org.js';
import { isCapitalised } from './lib/words.js';
import { isRole } from './lib/knowledge.js';

/**
 * An organisation head + a genitive tail with a proper name in it: „Verband der Deutschen
 * Automobilindustrie“, „Departement des Innern“, „Ministerium für Zivile Angelegenheiten“ (a plain
 * „Sprecher der Regierung“ or „Ministerium für Umwelt“ is none).
 */
export default orgRule(
  { id: 'entity/org-head-genitive', priority: 110, description: '„Der Verband der Deutschen Automobilindustrie warnt“ → ORG Verband der Deutschen Automobilindustrie' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (u.initial || !isCapitalised(u.text) || u.parts.length !== 1 || !orgHeadExact(lexicon, u) || isRole(lexicon, u)) return null;
    if (!(i + 2 < us.length && /^(der|des|für)$/.test(us[i + 1].text))) return null;
    const b = germanTail(lexicon, us, i + 1);
    if (b <= i + 2) return null;
    const tail = us.slice(i + 2, b);
    const proper = tail.some((x) => isCapAdjective(lexicon, x)) || (tail.length === 1 && /^(Innern|Äußern)$/.test(tail[0].text));
    const after = b < us.length ? us[b] : null;
    if (!proper || (after && after.text === '(')) return null;
    return { a: i, b, name: nominative(lexicon, u.text) + doc.text.slice(u.end, us[b - 1].end), resume: b };
  },
);
