import { orgRule } from './lib/org.js';
import { isCapitalised } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import { BOOK_NOUN } from '../../lexicon/de/entity-org.js';

/**
 * A publisher in brackets after a book: „für seinen Roman „Der Hund“ (Hanserblau)“, „ihr
 * Debüt Elijas Lied (Frankfurter Verlagsanstalt)“ → ORG. A book noun (Roman, Buch, Debüt …)
 * stands within twelve words before the bracket in the same sentence; one to three capitalised
 * words (or „&“) fill the bracket; a place, a party, a role or a first name there is none.
 */
export default orgRule(
  { id: 'entity/org-publisher-bracket', priority: 170, description: '„Den Preis bekam sie für ihren Roman Die Brücke (Luchterhand)“ → ORG Luchterhand' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (i < 2 || us[i - 1].text !== '(' || !isCapitalised(u.text) || u.possessive) return null;
    let b = i;
    while (b < us.length && b - i < 3 && !us[b].newline && us[b].type === 'word' && (isCapitalised(us[b].text) || us[b].text === '&')) b++;
    if (b === i || b >= us.length || us[b].text !== ')') return null;
    const words = us.slice(i, b);
    if (words.some((w) => w.text !== '&' && (isRole(lexicon, w) || lookupPlace(lexicon, w) || lexicon.table('parties').has(w.text)))) return null;
    if (lexicon.firstName(u.text) !== null && b - i > 1) return null; // „(Max Muster)“: a person
    if (b - i === 1 && lexicon.isCommonWord(u.text) && !/^\p{Lu}\p{Ll}+(?:verlag|blau)$/u.test(u.text)) return null; // „(Foto)“, „(Archiv)“
    // a book noun before the bracket, in the same sentence
    let book = false;
    for (let k = i - 2; k >= 0 && k >= i - 14; k--) {
      const w = us[k];
      if (w.type !== 'word') {
        if (/^[.!?]$/.test(w.text)) break;
        continue;
      }
      if (BOOK_NOUN.test(w.text)) {
        book = true;
        break;
      }
    }
    return book ? { a: i, b, name: doc.text.slice(u.start, us[b - 1].end), confidence: 2, resume: b } : null;
  },
);
