import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isCapitalised, isCommon, units } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import { DEFINITE_ARTICLES } from '../../lexicon/de/index.js';

const ID = 'entity/org-headline-company';

/**
 * The subject of a business headline that the report refers to as „das Unternehmen“ or „der
 * Konzern“: one name word no list knows at the headline's start, before a verb, a number or a
 * colon — „Porr verdoppelte Verluste im ersten Quartal“ … „erklärte das Unternehmen“ → ORG Porr.
 * Not a person's name (a name word or a capital after it) and not a common word, place, first
 * name or role.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: 'headline + report „Porr verdoppelte Verluste im Quartal, erklärte das Unternehmen am Mittwoch“ → ORG Porr' },
  find({ doc, lexicon }) {
    const us = units(doc);
    if (us.length < 3) return [];
    const u = us[0];
    if (u.type !== 'word' || u.capsLine || u.parts.length > 1 || u.possessive || u.text.length < 3 || !isCapitalised(u.text) || isAcronym(u.text)) return [];
    if (isCommon(lexicon, u) || lexicon.isFunctionWord(u.text) || lookupPlace(lexicon, u) || lexicon.firstName(u.text) !== null || isRole(lexicon, u)) return [];
    // the next word on the line is lower case, a number or a colon: „Porr verdoppelte“, „Strabag 2021“, „Merck:“
    const next = us[1];
    if (next.newline || !(next.type === 'number' || next.text === ':' || (next.type === 'word' && /^\p{Ll}/u.test(next.text)))) return [];
    const nouns = lexicon.list('company-reference-nouns');
    let refers = false;
    for (let k = 2; k < us.length && !refers; k++) refers = us[k].type === 'word' && nouns.has(us[k].text) && DEFINITE_ARTICLES.has(us[k - 1].text.toLowerCase());
    if (!refers) return [];
    return [{ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'ORG', name: u.text, rule: ID, confidence: 2 }];
  },
};
export default rule;
