import { orgRule } from './lib/org.js';
import { isAllCaps, isCapitalised } from './lib/words.js';
import { COMPANY_SUFFIXES } from '../../lexicon/de/entity-org.js';

/** A company name with its legal form: „Siemens AG“, „Deutsche Bank AG“, „Apple Inc.“. */
export default orgRule(
  { id: 'entity/org-company-form', priority: 30, description: '„Die Siemens AG meldete einen Gewinnsprung“ → ORG Siemens AG' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (!(i + 1 < us.length && COMPANY_SUFFIXES.has(us[i + 1].text) && !us[i + 1].newline && (isCapitalised(u.text) || isAllCaps(u.text)))) return null;
    let a = i;
    while (a - 1 >= 0 && us[a - 1].type === 'word' && (isCapitalised(us[a - 1].text) || isAllCaps(us[a - 1].text)) && !us[a].newline && !us[a - 1].initial && !lexicon.isFunctionWord(us[a - 1].text)) a--;
    return { a, b: i + 2, name: doc.text.slice(us[a].start, us[i + 1].end), resume: i + 2 };
  },
);
