import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, outlets } from './lib/knowledge.js';
import { LIST_JOINERS } from '../../lexicon/de/index.js';

const ID = 'entity/org-list';

/** Plural nouns of organisations before „wie“ and examples: „Firmen wie“, „Autohersteller wie“, „Tech-Konzerne wie“. */
const ORG_PLURAL = /(?:firmen|unternehmen|konzerne|konzernen|hersteller|herstellern|banken|vereine|vereinen|clubs|klubs|sender|sendern|marken|ketten|anbieter|anbietern|discounter|discountern|händler|händlern|airlines|fluggesellschaften|plattformen|organisationen|verbände|verbänden|betriebe|betrieben|brauereien|reedereien)$/i;
const ARTICLE = /^(?:der|die|das|den|dem)$/;

/**
 * A member of the list at unit k: 'name' — a capitalised word no dictionary lists, or an acronym
 * (no place, person, role); 'known' — an organisation or outlet the other rules know (the list
 * goes on after it); null — anything else ends the list.
 */
function member(lex: Lexicon, us: Unit[], k: number): 'name' | 'known' | null {
  const u = us[k];
  if (!u || u.newline || u.type !== 'word' || u.capsLine || u.possessive) return null;
  // one word only: „wie Ida Berg“ is a person
  const after = k + 1 < us.length ? us[k + 1] : null;
  if (after && after.type === 'word' && !after.newline && isCapitalised(after.text)) return null;
  if (lookupPlace(lex, u)?.type === 'ORG' || outlets(lex).has(u.text)) return 'known';
  if (!(isCapitalised(u.text) || isAcronym(u.text)) || isCommon(lex, u) || lex.isFunctionWord(u.text) || isRole(lex, u)) return null;
  if (lookupPlace(lex, u) || lex.firstName(u.text) !== null) return null;
  return 'name';
}

/**
 * The examples after an organisations' plural and „wie“: „regionale Firmen wie Ihle“,
 * „Autohersteller wie Tesla, BYD und Nio“ → ORG for each member that is an unknown name or an
 * acronym (known names are the other rules'; common nouns, places and persons are none).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Kunden sind regionale Firmen wie Ihle und Kessler“ → ORG Ihle, Kessler (examples after an organisations’ plural)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 2 < us.length; i++) {
      const n = us[i];
      if (n.type !== 'word' || n.capsLine || !isCapitalised(n.text) || !ORG_PLURAL.test(n.text) || us[i + 1].text !== 'wie' || us[i + 1].newline) continue;
      let k = i + 2;
      for (let members = 0; members < 6 && k < us.length; members++) {
        if (ARTICLE.test(us[k].text)) k++;
        const m = member(lexicon, us, k);
        if (!m) break;
        const u = us[k];
        if (m === 'name') out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'ORG', name: u.text, rule: ID, confidence: 2 });
        k++;
        if (k >= us.length || !LIST_JOINERS.has(us[k].text) || us[k].newline) break;
        k++;
      }
      i = k - 1;
    }
    return out;
  },
};
export default rule;
