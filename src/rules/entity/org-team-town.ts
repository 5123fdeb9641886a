import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import type { Lexicon } from '../../lexicon/index.js';
import { TOPONYM_ENDING } from '../../lexicon/de/entity-places.js';

const ID = 'entity/org-team-town';

/** A match result: „3:0“, „0:2“ (the text layer keeps it one number unit). */
const SCORE = /^\d{1,2}:\d{1,2}$/;
/** Prepositions before the opponent of a result: „3:0 gegen X“, „2:0-Sieg beim X“. */
const OPPONENT = /^(?:gegen|beim|bei|über)$/;
const ARTICLE = /^(?:den|dem|die|der)$/;
/** Nouns of a result joined to the score: „0:2-Niederlage“, „2:0-Sieg“, „1:1-Remis“. */
const RESULT_NOUN = /^(?:Niederlage|Sieg|Heimsieg|Auswärtssieg|Heimniederlage|Auswärtsniederlage|Remis|Unentschieden|Erfolg|Pleite|Schlappe)$/;

/** The opponent word at unit k: a town (no country) or a name word, standing alone. */
function townTeam(lex: Lexicon, us: Unit[], k: number): boolean {
  const u = us[k];
  if (!u || u.newline || u.type !== 'word' || u.capsLine || u.parts.length > 1 || !isCapitalised(u.text) || isRole(lex, u) || lex.firstName(u.text) !== null) return false;
  const after = k + 1 < us.length ? us[k + 1] : null;
  if (after && after.type === 'word' && !after.newline && isCapitalised(after.text)) return false; // „Bayern München“: the club rules'
  // a town the gazetteer rule finds anyway stays its place („gegen Dortmund“; the club merge may take it)
  if (lookupPlace(lex, u)) return false;
  const town = lex.gazetteer().lookup(u.text, { commonTowns: true });
  if (town) return town.type === 'LOC' && town.kind === 'town';
  // a name word, or a village name the dictionary splits as a compound („Hoffenheim“)
  return (!isCommon(lex, u) || (TOPONYM_ENDING.test(u.text) && !lex.isCommonWord(u.text) && !lex.isNoun(u.text))) && !lex.isFunctionWord(u.text);
}

/**
 * A team named by its town after a match result: „beim 3:0 gegen Hoffenheim“, „nach der
 * 0:2-Niederlage gegen Wolkersried“ → ORG (the club; a town the gazetteer rule finds alone stays
 * its place, „3:0 in Freiburg“ is where).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Er spielte beim 3:0 gegen Hoffenheim durch“ → ORG Hoffenheim (a town as team after a result)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 2 < us.length; i++) {
      if (us[i].type !== 'number' || !SCORE.test(us[i].text)) continue;
      let k = i + 1;
      if (us[k].text === '-' && !us[k].space && k + 1 < us.length && RESULT_NOUN.test(us[k + 1].text)) k += 2;
      if (k >= us.length || us[k].newline || !OPPONENT.test(us[k].text)) continue;
      k++;
      if (k < us.length && ARTICLE.test(us[k].text)) k++;
      if (!townTeam(lexicon, us, k)) continue;
      const u = us[k];
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'ORG', name: u.text, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
