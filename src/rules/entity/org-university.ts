import { orgRule } from './lib/org.js';
import { decapitalise, isCapitalised, isCommon, type Unit } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import type { Lexicon } from '../../lexicon/index.js';
import { UNIVERSITY_HEADS } from '../../lexicon/de/entity-org.js';

/**
 * The name word of a university at unit k: a town (also one the gazetteer has only as a small or
 * common-word place) or a capitalised word no dictionary lists („Hohenheim“, „Duisburg-Essen“);
 * no first name, role or function word, and no capitalised word after it (that would be a noun
 * phrase or a person).
 */
function nameWord(lex: Lexicon, us: Unit[], k: number): boolean {
  const u = us[k];
  if (!u || u.newline || u.type !== 'word' || u.capsLine || u.possessive || !isCapitalised(u.text) || isRole(lex, u) || lex.isFunctionWord(u.text.toLowerCase())) return false;
  if (UNIVERSITY_HEADS.test(u.text) || lex.firstName(u.text) !== null) return false;
  const place = lookupPlace(lex, u);
  const town = place ? place.type === 'LOC' && place.kind !== 'country' : lex.gazetteer().lookup(u.text, { commonTowns: true })?.type === 'LOC';
  // a word the dictionary does not list as it is (its compound analysis may split „Hohen|heim“),
  // or towns joined by a hyphen („Duisburg-Essen“)
  const unlisted = u.text.split('-').every((p) => p.length >= 2 && isCapitalised(p) && ((!lex.isCommonWord(p) && !lex.isCommonWord(decapitalise(p))) || (u.parts.length > 1 && lookupPlace(lex, p)?.type === 'LOC')));
  return town || (!place && (unlisted || !isCommon(lex, u)));
}

/** No capitalised word at unit k on the same line. */
function freeAfter(us: Unit[], k: number): boolean {
  const n = k < us.length && !us[k].newline ? us[k] : null;
  return !(n && n.type === 'word' && isCapitalised(n.text));
}

/**
 * A university by its head and its town or name: „an der Uni Hohenheim“, „die Universität
 * Duisburg-Essen“, „die Cambridge Universität“ → ORG. A town the gazetteer knows after an
 * institution head is the institution-place rule's (tried first); this one takes district and
 * estate names („Hohenheim“) and the town before the head.
 */
export default orgRule(
  { id: 'entity/org-university', priority: 145, description: '„Studierende an der Uni Hohenheim“, „an der britischen Cambridge Universität“ → ORG Uni Hohenheim, Cambridge Universität' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    // the head first: „Uni Hohenheim“, „Hochschule Geisenheim“
    if (UNIVERSITY_HEADS.test(u.text)) {
      if (!nameWord(lexicon, us, i + 1)) return null;
      // „Uni Witten/Herdecke“: two towns of one university joined by a slash
      const b = us[i + 2]?.text === '/' && !us[i + 2].space && us[i + 3] && !us[i + 3].space && nameWord(lexicon, us, i + 3) ? i + 4 : i + 2;
      return freeAfter(us, b) ? { a: i, b, name: doc.text.slice(u.start, us[b - 1].end), confidence: 3, resume: b } : null;
    }
    // the name first: „Cambridge Universität“ (no sentence start, the head ends the phrase)
    const h = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : null;
    if (h && !u.initial && h.type === 'word' && UNIVERSITY_HEADS.test(h.text) && h.text !== 'TU' && h.text !== 'FH' && nameWord(lexicon, us, i) && freeAfter(us, i + 2)) {
      return { a: i, b: i + 2, name: u.text + ' ' + h.text, confidence: 3, resume: i + 2 };
    }
    return null;
  },
);
