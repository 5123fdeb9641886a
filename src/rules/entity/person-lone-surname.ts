import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { decapitalise, isAllCaps, isCapitalised, isNameWord, units, type Unit } from './lib/words.js';
import { afterDeterminer, firstNameRun, knownFirstName, nameRun, nameStart } from './lib/names.js';
import { isRole, lookupPlace, orgHeadOf, outlets } from './lib/knowledge.js';

const ID = 'entity/person-lone-surname';

/**
 * A form of „sagen“ or „meinen“: persons say and think, companies and authorities announce
 * („Samsung erklärte“).
 */
function saysVerb(lex: Lexicon, u: Unit | undefined): boolean {
  if (!u || u.type !== 'word' || u.newline || !/^[a-zäöü]/.test(u.text)) return false;
  const lemmas = lex.verbLemmas(u.text);
  return lemmas.includes('sagen') || lemmas.includes('meinen');
}

/**
 * A surname of the compiled list that is a common word too („Stahl“, „Grün“, „Fischer“): capitalised
 * inside a sentence, no function word and no role („so Richter“ may be judges).
 */
function listedSurname(lex: Lexicon, u: Unit): boolean {
  return !u.initial && !u.capsLine && isCapitalised(u.text) && lex.surname(u.text) !== null && !lex.isFunctionWord(decapitalise(u.text)) && !isRole(lex, u);
}

/** The unit after a name ends the phrase: punctuation, a lower-case word, the end of the text. */
function phraseEnd(u: Unit | undefined): boolean {
  return !u || u.newline || u.type !== 'word' || /^[a-zäöüß]/.test(u.text);
}

/** An age in brackets follows unit b-1: „Brandner (54)“. */
function ageInBrackets(us: Unit[], b: number): boolean {
  return b + 2 < us.length && us[b].text === '(' && /^\d{1,3}$/.test(us[b + 1].text) && us[b + 2].text === ')';
}

/** „Verdächtiger“, „Angeklagte“: a lower-case adjective or participle + a declension ending. */
function nominalisedAdjective(lex: Lexicon, w: string): boolean {
  const m = /^(.+?)(?:er|e|en|es)$/.exec(w.charAt(0).toLowerCase() + w.slice(1));
  if (!m || lex.isNoun(w.slice(0, m[1].length))) return false;
  // the dictionary may lack the adjective („verdächtig“): an adjective suffix tells it
  return lex.isAdjective(m[1]) || /(?:ig|lich|isch|bar|sam|haft|los)$/.test(m[1]);
}

/** A person named in full (listed first name + surname) ends at unit k-1 or starts at unit k. */
function fullNameBefore(lex: Lexicon, us: Unit[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) if (knownFirstName(lex, us, j) && firstNameRun(lex, us, j) === k) return true;
  return false;
}
function fullNameAt(lex: Lexicon, us: Unit[], k: number): boolean {
  return k < us.length && knownFirstName(lex, us, k) && firstNameRun(lex, us, k) > k + 1;
}

/**
 * A surname standing alone where only a person fits: after or before a form of „sagen“ („sagte
 * Brandner.“), „…, so Okafor.“, with an age in brackets („Brandner (54)“), or coordinated with a
 * person named in full („Heike Brandt und Okafor“). One capitalised word that is no common word,
 * place, outlet, organisation word or acronym, and no noun after its article.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Die Lage sei ernst, sagte Okafor.“, „Man prüfe alles, so Brandner.“, „Brandner (54) kam“ → PER Okafor, Brandner' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.parts.length > 1 || isAllCaps(u.text) || !(nameStart(lexicon, us, i, true) || listedSurname(lexicon, u))) continue;
      if (afterDeterminer(us, i) || orgHeadOf(lexicon, u) || outlets(lexicon).has(u.text) || lookupPlace(lexicon, u)) continue;
      // „sagen Quartalszahlen viel“: a compound in an inflected form (plural) is a noun, no surname
      const lemma = isNameWord(lexicon, u) ? null : lexicon.nounLemma(u.text);
      if (lemma && lemma !== u.text) continue;
      const next = us[i + 1];
      // a lone word only: the next word is no further name word
      if (next && !next.newline && next.type === 'word' && nameStart(lexicon, us, i + 1, true)) continue;
      // a name word or listed first name before it: a longer name, the full-name rules' („Aschraf Ghani“)
      if (i > 0 && !u.newline && (knownFirstName(lexicon, us, i - 1) || (!us[i - 1].initial && nameStart(lexicon, us, i - 1)))) continue;
      // a first name before a surname that is a common noun: „Oliver Mücke“, the full-name rules'
      if (fullNameAt(lexicon, us, i) || nameRun(lexicon, us, i, { commonLast: true }) > i + 1) continue;
      // an abbreviation („Priv.-Doz.“) or a noun after a contracted preposition („im Krankenbett“)
      if (doc.text.slice(u.end, u.end + 2) === '.-' || (i > 0 && /^(?:im|am|ins|zum|zur|vom|beim)$/i.test(us[i - 1].text))) continue;
      const prev = i > 0 && !u.newline ? us[i - 1] : undefined;
      const said = (saysVerb(lexicon, prev) && phraseEnd(next)) || (saysVerb(lexicon, next) && !u.possessive);
      const so = !!prev && prev.text === 'so' && i > 1 && us[i - 2].text === ',' && phraseEnd(next);
      // „Verdächtiger (22)“, „Angeklagter (45)“: an adjective or participle used as a noun
      const age = ageInBrackets(us, i + 1) && !nominalisedAdjective(lexicon, u.text);
      const coordinated =
        (!!prev && prev.text === 'und' && fullNameBefore(lexicon, us, i - 1)) ||
        (!!next && next.text === 'und' && !next.newline && fullNameAt(lexicon, us, i + 2));
      if (!(said || so || age || coordinated)) continue;
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'PER', name: u.text, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
