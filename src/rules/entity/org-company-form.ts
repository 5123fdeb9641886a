import { orgRule } from './lib/org.js';
import { isAllCaps, isCapitalised, isCommon, type Unit } from './lib/words.js';
import { COMPANY_SUFFIXES } from '../../lexicon/de/entity-org.js';

/** „und Söhne“ / „& Sohn“ after a family name: a family firm („Dehn und Söhne“). */
const FAMILY_FIRM = new Set(['Söhne', 'Sohn']);

function nameWord(u: Unit): boolean {
  return u.type === 'word' && (isCapitalised(u.text) || isAllCaps(u.text));
}

/**
 * A company name with its legal form: „Siemens AG“, „Deutsche Bank AG“, „Apple Inc.“; the name may
 * hold a shortened compound before „und“ („Berg Holz- und Stahlbau GmbH“); a family name + „und
 * Söhne“ („Dehn und Söhne“).
 */
export default orgRule(
  { id: 'entity/org-company-form', priority: 30, description: '„Die Siemens AG meldete einen Gewinnsprung“ → ORG Siemens AG' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    const family =
      i + 2 < us.length && nameWord(u) && !isCommon(lexicon, u) && !lexicon.isFunctionWord(u.text) && (us[i + 1].text === 'und' || us[i + 1].text === '&') && FAMILY_FIRM.has(us[i + 2].text) && !us[i + 1].newline && !us[i + 2].newline;
    if (family) return { a: i, b: i + 3, name: doc.text.slice(u.start, us[i + 2].end), resume: i + 3 };
    if (!(i + 1 < us.length && COMPANY_SUFFIXES.has(us[i + 1].text) && !us[i + 1].newline && (isCapitalised(u.text) || isAllCaps(u.text)))) return null;
    let a = i;
    for (;;) {
      if (a - 1 >= 0 && nameWord(us[a - 1]) && !us[a].newline && !us[a - 1].initial && !lexicon.isFunctionWord(us[a - 1].text)) a--;
      // „Holz- und Stahlbau“: a shortened compound and „und“ belong to the name
      else if (a - 2 >= 0 && us[a - 1].text === 'und' && /^\p{Lu}\p{L}+-$/u.test(us[a - 2].text) && !us[a].newline && !us[a - 1].newline) a -= 2;
      else if (a - 3 >= 0 && us[a - 1].text === 'und' && us[a - 2].text === '-' && us[a - 2].start === us[a - 3].end && nameWord(us[a - 3]) && !us[a].newline && !us[a - 1].newline && !us[a - 2].newline) a -= 3;
      else break;
    }
    return { a, b: i + 2, name: doc.text.slice(us[a].start, us[i + 1].end), resume: i + 2 };
  },
);
