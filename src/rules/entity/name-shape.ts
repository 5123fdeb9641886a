import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { decapitalise, isCommon, units, type Unit } from './lib/words.js';
import type { Lexicon } from '../../lexicon/index.js';
import { afterDeterminer, descriptorBefore, firstNameRun, knownFirstName, nameRun, nameStart } from './lib/names.js';
import { lookupPlace, outlets } from './lib/knowledge.js';
import { INDEFINITE_ARTICLE } from './lib/org.js';
import { POSSESSIVES, PREPOSITIONS } from '../../lexicon/de/index.js';

const ID = 'entity/name-shape';

/** „Würzburger“, „Tönisvorster“: a place + „er“ (no listed first name) — an adjective of the place. */
function placeAdjective(lex: Lexicon, u: Unit): boolean {
  if (u.type !== 'word' || !u.text.endsWith('er') || u.text.length < 6 || lex.firstName(u.text) !== null) return false;
  // „Würzburger“ (Würzburg), „Solinger“, „Memminger“ (Solingen, Memmingen: the -en of the town dropped)
  const stem = u.text.slice(0, -2);
  return lookupPlace(lex, stem)?.type === 'LOC' || (/[^aeiou]$/.test(stem) && lookupPlace(lex, stem + 'en')?.type === 'LOC');
}

/** A common noun, also in a dative plural the dictionary lacks: „Worten“ (Worte + n), „Kindern“. */
function commonNoun(lex: Lexicon, w: string): boolean {
  return isCommon(lex, w) || (w.endsWith('n') && w.length > 4 && lex.isNoun(w.slice(0, -1)));
}

/**
 * A common noun, or a feminine agent noun by its suffix (the dictionary may lack it): „Lokalmatadorin“,
 * „Olympionikin“, „Cellistin“ — no listed first name.
 */
function descriptorNoun(lex: Lexicon, w: string): boolean {
  return isCommon(lex, w) || (w.length > 7 && lex.firstName(w) === null && /\p{Ll}(?:erin|orin|istin|entin|antin|eurin|ikin|login)$/u.test(w));
}

/**
 * A capitalised declined adjective the dictionary may lack in that form: „Weiteres“ (weit),
 * „Großflächliche“ (-lich); no listed first name.
 */
function declinedAdjective(lex: Lexicon, w: string): boolean {
  if (lex.firstName(w) !== null || !/^\p{Lu}\p{Ll}+e[mnrs]?$/u.test(w)) return false;
  const lower = decapitalise(w);
  const lemma = lex.adjectiveLemma(lower);
  return !!lemma && lemma !== lower && (lex.isAdjective(lemma) || /(?:lich|ig|isch|bar|sam|haft|los)$/.test(lemma));
}

/**
 * Two or more name words in a row — capitalised words the lexicon knows as no common noun, verb
 * or adjective: „Lee Jae Myung“, „Xi Jinping“, „Min-jun Choi“, „Mary J.K. Lawson“ → PER.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Xi Jinping und Emmanuel Macron“, „Lee Jae Myung“ → PER (two or more unknown capitalised words)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      let b = nameStart(lexicon, us, i) ? nameRun(lexicon, us, i, { commonLast: true, max: 4 }) : i;
      // a listed first name before a capitalised word: the surname may be a compound-looking
      // word („Julian Nagelsmann“, „Frank Hausmann“) and the first name a common noun („Ernst
      // Steinhauer“); a first name that is a place („Paris“) is left to the place rules
      // (also two first names: „Ludwig Georg Braun“ — the surname may be a common word)
      if (b - i <= 2 && knownFirstName(lexicon, us, i)) b = Math.max(b, firstNameRun(lexicon, us, i));
      if (b - i < 2) {
        i = Math.max(i, b - 1);
        continue;
      }
      // „Planerin Sandra Wurm stellte“: a word the dictionary lacks before a listed first name whose
      // surname reaches further is a descriptor — the name starts at the first name
      if (!knownFirstName(lexicon, us, i) && knownFirstName(lexicon, us, i + 1) && firstNameRun(lexicon, us, i + 1) > b) continue;
      // „das Lader zu Julian Jakobs“: a name particle never stands before a first name — the name starts after it
      if (b - i >= 4 && /^(?:zu|von|van|de)$/.test(us[i + 1].text) && knownFirstName(lexicon, us, i + 2)) continue;
      // „Sein Pendant Ildiko Barna“, „Lokalmatadorin Kira Weidle“: a common noun (or its feminine in
      // -in) before a listed first name and a surname is a descriptor, no name part
      if (b - i >= 3 && !knownFirstName(lexicon, us, i) && knownFirstName(lexicon, us, i + 1) && descriptorNoun(lexicon, us[i].text)) continue;
      // „nach Holters Worten“, „Hannas Eltern“: a name in -s (no listed first name) before a common
      // noun is a genitive before its noun — the name is the genitive alone, without its -s
      if (b - i === 2 && us[i].text.endsWith('s') && !knownFirstName(lexicon, us, i) && commonNoun(lexicon, us[i + 1].text)) {
        const u = us[i];
        out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'PER', name: u.text.slice(0, -1), rule: ID, confidence: 1 });
        i = b - 1;
        continue;
      }
      // „ihren Roman Elijas Lied“: a first name that is a common noun after an article or a
      // possessive is the noun
      if ((afterDeterminer(us, i) || (i > 0 && POSSESSIVES.has(us[i - 1].text.toLowerCase()))) && isCommon(lexicon, us[i])) {
        i = b - 1;
        continue;
      }
      // a line that is only these words (and a colon): a label ("Related News :"), no name
      const lineStart = us[i].newline || i === 0;
      const colonEnd = b < us.length && us[b].text === ':' && (b + 1 >= us.length || us[b + 1].newline);
      const lineEnd = b >= us.length || us[b].newline;
      if (lineStart && (colonEnd || (lineEnd && us.slice(i, b).some((x) => isCommon(lexicon, x))))) {
        i = b - 1;
        continue;
      }
      if (outlets(lexicon).has(doc.text.slice(us[i].start, us[b - 1].end))) {
        i = b - 1;
        continue; // "Associated Press": the outlet rule's
      }
      // „The Voice Kids“, „The Cure“: an English article opens a title or a band, no person;
      // „Weiteres Treffen geplant“, „"Großflächliche Unwetter …“: a declined adjective opening a
      // sentence before a common noun is a noun phrase
      if (us[i].text === 'The' || ((us[i].initial || (i > 0 && /^[„“”"‚‘«»]$/.test(us[i - 1].text))) && b - i === 2 && isCommon(lexicon, us[i + 1]) && declinedAdjective(lexicon, us[i].text))) {
        i = b - 1;
        continue;
      }
      // „der "Hidden Champion"“: a run alone in quotes, with no listed first name, is a term or a title
      const QUOTE = /^[„“”"‚‘«»']$/;
      if (i > 0 && b < us.length && QUOTE.test(us[i - 1].text) && QUOTE.test(us[b].text) && !knownFirstName(lexicon, us, i)) {
        i = b - 1;
        continue;
      }
      // „im Cafe Evard“, „beim Hotel Adlon“: after a contracted preposition (article inside) the
      // words name a place or a business, unless a listed first name opens them
      if (i > 0 && !us[i].newline && /^(?:im|am|ins|zum|zur|vom|beim)$/i.test(us[i - 1].text) && !knownFirstName(lexicon, us, i)) {
        i = b - 1;
        continue;
      }
      // „St. Johann“, „St. Andrä-Wördern“: a saint's name names a place or a church, no person
      if (us[i].text === 'St.') {
        i = b - 1;
        continue;
      }
      // „Per Gesetz ist das verboten“: a first name that is also a preposition, opening a sentence
      // before a common noun, is the preposition („Per Mertesacker“ stays a name)
      if (us[i].initial && b - i === 2 && PREPOSITIONS.has(us[i].text.toLowerCase()) && isCommon(lexicon, us[i + 1])) {
        i = b - 1;
        continue;
      }
      // „einer Summer School“: after an indefinite article the words name a kind
      if (i > 0 && !us[i].newline && INDEFINITE_ARTICLE.test(us[i - 1].text)) {
        i = b - 1;
        continue;
      }
      // two persons named in full side by side („hatte Ida Berg Tom Wald geschrieben“): a listed
      // first name after a listed first name and its surname opens a second name
      if (knownFirstName(lexicon, us, i)) {
        for (let j = i + 2; j < b; j++) {
          if (knownFirstName(lexicon, us, j) && (j + 1 < b || firstNameRun(lexicon, us, j) > j + 1)) {
            b = j;
            break;
          }
        }
      }
      // „Hollywoodstar Ida Berg“: the descriptor is no part of the name; „Würzburger Anästhesist“:
      // an adjective of a place in -er is none either
      const a = descriptorBefore(lexicon, us, i, b) || placeAdjective(lexicon, us[i]) ? i + 1 : i;
      if (b - a < 2) {
        i = b - 1;
        continue;
      }
      const start = us[a].start;
      const end = us[b - 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'PER', name: doc.text.slice(start, end), rule: ID, confidence: 1 });
      i = b - 1;
    }
    return out;
  },
};
export default rule;
