/** Person-name runs shared by the person rules. */
import type { Lexicon } from '../../../lexicon/index.js';
import { decapitalise, entityFact, isCapitalised, isCommon, isDayTime, isInitials, isNameWord, wordFact, type Unit } from './words.js';

const HYPHENS = new Set(['-', '‐', '‑']);
import { genitiveOnlyPlace, isRole, lookupPlace, orgHeadOf, outlets, strongPlace } from './knowledge.js';
import { NAME_PARTICLES, CAP_NAME_PARTICLES, ARTICLE_NAME_PARTICLES, BINDING_PARTICLES, NAME_DETERMINERS } from '../../../lexicon/de/entity-words.js';

/** A Roman numeral of a ruler or pope, II to XXX („Ludwig XIV.“); a lone „I“ or „V“ is too ambiguous. */
const REGNAL = /^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

export interface RunOptions {
  /** The first word may be a common noun when a name word follows ("Mark Weber"). */
  firstMayBeCommon?: boolean;
  /** The last word may be a common noun in its base form ("Thomas Müller", "Ju-min Park"). */
  commonLast?: boolean;
  /** Most words in the run. */
  max?: number;
  /** A context says a name stands here: the first word may be an unknown compound ("Nagelsmann"). */
  loose?: boolean;
}

/** A word that can be part of a person's name here. */
export function personWord(lex: Lexicon, u: Unit, loose = false): boolean {
  if (u.type !== 'word' || u.capsLine) return false;
  if (!(loose ? looseNameWord(lex, u) || capitalisedVerbForm(lex, u) : isNameWord(lex, u))) return false;
  if (isRole(lex, u) || strongPlace(lex, u) || outlets(lex).has(u.text)) return false;
  return true;
}

/**
 * A first name that reads as the genitive of a place: „Nils Petersen“ (not the Nile), „Trainer
 * Klaus Berger“. The word itself is no listed place, the place is no country, no article or
 * contracted preposition stands before it („des Nils“, „am Nil“), and either the word is a listed
 * first name („Nils sagte“) or a person-name word follows on the same line.
 */
export function genitiveFirstName(lex: Lexicon, us: Unit[], i: number): boolean {
  const u = us[i];
  if (u.type !== 'word' || u.capsLine || !isCapitalised(u.text) || u.parts.length > 1 || u.possessive) return false;
  if (!genitiveOnlyPlace(lex, u) || isCommon(lex, u) || isRole(lex, u)) return false;
  const prev = i > 0 ? us[i - 1] : null;
  if (prev && prev.type === 'word' && /^(des|eines|am|vom|zum|im|ins|beim)$/i.test(prev.text)) return false;
  if (lex.firstName(u.text) !== null) return true;
  const next = i + 1 < us.length ? us[i + 1] : null;
  return !!next && !next.newline && next.type === 'word' && personWord(lex, next) && !lookupPlace(lex, next);
}

/**
 * A listed first name (lexicon `firstName`) that may open a person's name here: capitalised, in
 * running text, no role or organisation word, and no place of its own („Paris“, „Sofia“,
 * „Dallas“ stay places; a genitive-only place like „Nils“ counts as a name).
 */
export function knownFirstName(lex: Lexicon, us: Unit[], i: number): boolean {
  const u = us[i];
  if (u.type !== 'word' || u.capsLine || u.possessive || !isCapitalised(u.text)) return false;
  if (lex.firstName(u.text) === null || isRole(lex, u) || orgHeadOf(lex, u)) return false;
  const place = lookupPlace(lex, u);
  return !place || place.weak || genitiveFirstName(lex, us, i);
}

/** Unit i follows a binding name particle after a name word: „Haifa“ in „Karim Abu Haifa“. */
export function afterBindingParticle(lex: Lexicon, us: Unit[], i: number): boolean {
  if (i < 2 || us[i].newline || us[i - 1].newline) return false;
  const p = us[i - 1];
  if (p.type !== 'word' || !BINDING_PARTICLES.has(p.text)) return false;
  return personWord(lex, us[i - 2], true) || isRole(lex, us[i - 2]);
}

/** A person-name word, or a first name that reads as a genitive place (see genitiveFirstName). */
export function nameStart(lex: Lexicon, us: Unit[], i: number, loose = false): boolean {
  return personWord(lex, us[i], loose) || genitiveFirstName(lex, us, i);
}

/**
 * Where a name is expected: a capitalised word inside a sentence whose only reading is a verb form
 * — German writes verbs in lower case, so „sagte Malte Hansen“ has a first name, not „malte“.
 */
function capitalisedVerbForm(lex: Lexicon, u: Unit): boolean {
  if (u.initial || !isCapitalised(u.text) || u.parts.length > 1) return false;
  const lower = u.text.charAt(0).toLowerCase() + u.text.slice(1);
  return lex.isVerb(lower) && !lex.isNoun(u.text) && !lex.isAdjective(lower) && !lex.isFunctionWord(lower);
}

/**
 * Name word where a name is expected: also a word that only splits as a compound of common
 * words ("Nagelsmann", "Hoffmann", "Steinmeier"), but no word the dictionary knows as it is.
 */
export function looseNameWord(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, LOOSE_NAME, w);
}
const LOOSE_NAME = entityFact('looseName', (lex, w) => looseNameWordRaw(lex, w));

function looseNameWordRaw(lex: Lexicon, w: string): boolean {
  if (!isCapitalised(w)) return false;
  if (isNameWord(lex, w)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.every((p) => p.length >= 2 && looseNameWord(lex, p))) return true;
    // a double surname whose parts are name words or listed surnames, the last maybe an adjective:
    // „Jochner-Weiß“, „Müller-Lange“ (not „Scholz-Kritik“: a noun is no surname part)
    if (parts.length !== 2 || parts.some((p) => p.length < 3 || !isCapitalised(p))) return false;
    const [a, b] = parts;
    if (!(looseNameWord(lex, a) || lex.surname(a) === 'd')) return false;
    if (looseNameWord(lex, b) || lex.surname(b) === 'd') return true;
    // („Schwarz-Weiß“: two adjectives are a colour pair)
    return lex.isAdjective(decapitalise(b)) && !lex.isAdjective(decapitalise(a));
  }
  if (w.length < 7 || lex.isCommonWord(w) || lex.isCommonWord(w.charAt(0).toLowerCase() + w.slice(1)) || isDayTime(w)) return false;
  if (/(?:hin|weise|dings|falls|mals|seits|wärts|maßen)$/.test(w)) return false;
  return lex.compoundHead(w) !== null; // common only through compound analysis
}

/**
 * A word that can be a first name before a surname that is a common word: a listed first name,
 * or a hyphenated given name with a lower-case second part („Ju-min“, „Jae-in“).
 */
function firstNameLike(lex: Lexicon, u: Unit): boolean {
  const w = u.text;
  if (lex.firstName(w) !== null || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w)) return true;
  // „Tim-Oliver“: a double first name; „Hannas Eltern“: a genitive first name (cut back in resolve)
  if (w.includes('-') && w.split('-').every((p) => p.length >= 2 && lex.firstName(p) !== null)) return true;
  return w.endsWith('s') && w.length > 3 && lex.firstName(w.slice(0, -1)) !== null;
}

/** The unit before k is an article or determiner ("der Nachrichtenagentur"). */
export function afterDeterminer(us: Unit[], k: number): boolean {
  return k > 0 && us[k - 1].type === 'word' && NAME_DETERMINERS.has(us[k - 1].text.toLowerCase());
}

/**
 * The end (exclusive) of a run of name words starting at unit k; k when there is none.
 * "Xi Jinping", "Mary J.K. Lawson", "Lee Jae Myung"; stops at punctuation, line breaks and
 * common words.
 */
export function nameRun(lex: Lexicon, us: Unit[], k: number, opts: RunOptions = {}): number {
  const max = opts.max ?? 4;
  let b = k;
  let names = 0;
  while (b < us.length && b - k < max) {
    const u = us[b];
    if (b > k && (u.newline || us[b - 1].possessive || u.type !== 'word')) break;
    // „Oberbürgermeister Meyer Führungsschwäche“: a word that is common only as a compound
    // („Nagelsmann“, „Führungsschwäche“) follows a first name or opens the run, never a surname
    if (b > k && opts.loose && !isNameWord(lex, u) && looseNameWord(lex, u) && !firstNameLike(lex, us[b - 1])) break;
    if (personWord(lex, u, !!opts.loose) || (b === k && genitiveFirstName(lex, us, b)) || (b > k && BINDING_PARTICLES.has(us[b - 1].text) && u.parts.length === 1 && isCapitalised(u.text) && !isCommon(lex, u) && !isRole(lex, u) && !orgHeadOf(lex, u))) {
      names++;
      b++;
      continue;
    }
    if (b > k && isInitials(u.text) && b + 1 < us.length && personWord(lex, us[b + 1], true)) {
      b++;
      continue;
    }
    // a middle initial before a surname that is a common word: „Carl H. Hahn“
    if (names >= 1 && isInitials(u.text) && commonSurnameAt(lex, us, b + 1)) {
      b += 2;
      break;
    }
    // a regnal numeral ends the name: „Ludwig XIV.“, „Benedikt XVI.“, „Elizabeth II.“
    if (names >= 1 && REGNAL.test(u.text) && !u.newline) {
      const dot = b + 1 < us.length && us[b + 1].text === '.' && us[b + 1].start === u.end;
      b += dot ? 2 : 1;
      break;
    }
    // an anonymised surname: "Rouven L.", "Maria K." (one letter, the run ends here)
    if (names === 1 && b - k === 1 && /^[A-ZÄÖÜ]\.$/.test(u.text)) {
      const next = b + 1 < us.length ? us[b + 1] : null;
      if (!next || next.newline || next.type !== 'word' || !isCapitalised(next.text) || isCommon(lex, next)) b++;
      break;
    }
    if (
      b === k &&
      opts.firstMayBeCommon &&
      u.type === 'word' &&
      isCapitalised(u.text) &&
      !u.capsLine &&
      !lex.isFunctionWord(u.text) &&
      !isRole(lex, u) &&
      !lookupPlace(lex, u) &&
      b + 1 < us.length &&
      !us[b + 1].newline &&
      personWord(lex, us[b + 1], true) &&
      baseNoun(lex, u.text)
    ) {
      b++;
      continue;
    }
    // name particles inside a name: "Abdel Fattah al-Sisi", "Ursula von der Leyen"
    if (names >= 1 && (NAME_PARTICLES.has(u.text) || CAP_NAME_PARTICLES.has(u.text) || (u.parts.length > 1 && NAME_PARTICLES.has(u.parts[0]) && isCapitalised(u.parts[u.parts.length - 1])))) {
      // „empfängt Macron von der Leyen“: a particle with its article after a surname opens a
      // second person; inside one name it follows a first name („Ursula von der Leyen“)
      if (ARTICLE_NAME_PARTICLES.has(us[b + 1]?.text ?? '') && lex.firstName(us[b - 1].text) === null && !us[b - 1].text.includes('-')) break;
      if (u.parts.length > 1) {
        b++;
        names++;
        continue;
      }
      // a particle run starts with no article: "von der Leyen", not "Min-jun der Associated Press"
      if (ARTICLE_NAME_PARTICLES.has(u.text) && !(b > k && (NAME_PARTICLES.has(us[b - 1].text) || CAP_NAME_PARTICLES.has(us[b - 1].text)))) break;
      let c = b;
      while (c < us.length && c - b < 2 && (NAME_PARTICLES.has(us[c].text) || (c === b && CAP_NAME_PARTICLES.has(us[c].text)))) c++;
      // „von Syd- og Sønderjyllands Politi“: a word cut at a hyphen opens a coordinated compound, no surname
      if (c + 1 < us.length && HYPHENS.has(us[c + 1].text) && us[c + 1].start === us[c].end) break;
      // „zu Wort“ is an idiom, „zu Guttenberg“ a name: after „zu“ a name word, no common noun
    // not an organisation after „von der“: „Julia Weber von der Privatbank Berenberg“
      // „Eva von Angern“, „Niek Jan van Damme“: after a listed first name a particle opens the surname even
      // where the word after it is also a town (a person „from“ a town is „aus“ it in news copy)
      // (also a word that is a common noun too: „Niek Jan van Damme“, „Anna von Stein“ — not a function word)
      const afterFirstName = b > k && lex.firstName(us[b - 1].text) !== null && u.text !== 'zu' && us[c]?.parts.length === 1 && !lex.isFunctionWord(us[c].text) && !isRole(lex, us[c]);
      if (c < us.length && !us[c].newline && us[c].type === 'word' && !orgHeadOf(lex, us[c]) && (personWord(lex, us[c], true) || (u.text !== 'zu' && isCapitalised(us[c].text) && (afterFirstName || surnameLike(lex, us[c]) || lex.surname(us[c].text) === 'd' || roleCompoundSurname(lex, us, c))))) {
        b = c + 1;
        names++;
        continue;
      }
      break;
    }
    if (
      opts.commonLast &&
      names === 1 &&
      b - k === 1 &&
      u.type === 'word' &&
      !u.initial &&
      isCapitalised(u.text) &&
      surnameLike(lex, u) &&
      !lookupPlace(lex, u) &&
      // „Thomas Müller“, „Ju-min Park“, not „Mikl-Leitner Bezug“, „Katwarn Alarm“, „Zehntausend Euro“
      // (after a role any name word that is no listed surname may be a first name: „Antony Blinken“)
      // (a listed surname may follow any name word: „der Waffenhersteller Sig Sauer“)
      (firstNameLike(lex, us[b - 1]) || lex.surname(u.text) !== null || (!!opts.loose && lex.surname(us[b - 1].text) === null)) &&
      !lex.unit(u.text)
    ) {
      const after = b + 1 < us.length ? us[b + 1] : null;
      if (!after || after.newline || after.type !== 'word' || !isCapitalised(after.text)) b++;
    }
    break;
  }
  return names > 0 ? b : k;
}

/**
 * Unit k, after a first name or a middle initial, is a surname that is also a common word
 * („Mücke“, „Hahn“): one capitalised word in its base form, no place, role or organisation word,
 * and no capitalised word follows it on the line (that would make it a noun phrase).
 */
function commonSurnameAt(lex: Lexicon, us: Unit[], k: number, sureFirst = false): boolean {
  const u = us[k];
  if (!u || u.newline || u.type !== 'word' || u.initial || u.possessive || u.parts.length > 1 || !isCapitalised(u.text)) return false;
  // a surname of the compiled list may be any common word („Stahl“, „Lieder“, „Herzog“)
  const listed = lex.surname(u.text) !== null;
  if (lex.isFunctionWord(u.text) || !(listed || surnameLike(lex, u)) || lookupPlace(lex, u) || (!listed && isRole(lex, u)) || orgHeadOf(lex, u)) return false;
  const after = k + 1 < us.length ? us[k + 1] : null;
  if (!after || after.newline || after.type !== 'word' || !isCapitalised(after.text)) return true;
  // „holten Anna Wendt Silber und Karl Geiger Bronze“: after a first name that is no common word,
  // a surname that is a noun may be followed by a common noun in its base form (the object), not
  // by a name word, an adjective or a noun in the genitive
  return sureFirst && !after.initial && isCommon(lex, after) && lex.isNoun(after.text) && !lex.isAdjective(decapitalise(after.text)) && baseNoun(lex, after.text) && !isRole(lex, after) && !orgHeadOf(lex, after) && !lookupPlace(lex, after);
}

/**
 * After „von“ in a name: a compound whose head is a role word but that the dictionary does not
 * know as a word („Judith von Rauchbauer“), no capitalised word after it.
 */
function roleCompoundSurname(lex: Lexicon, us: Unit[], c: number): boolean {
  const u = us[c];
  if (u.parts.length > 1 || u.text.length < 8 || !isRole(lex, u) || lex.isCommonWord(u.text) || /(?:in|innen|en|er)$/.test(u.text) && lex.nounLemma(u.text) !== u.text) return false;
  if (c < 1 || !/^(?:von|van)$/.test(us[c - 1].text)) return false;
  const after = c + 1 < us.length ? us[c + 1] : null;
  return !after || after.newline || after.type !== 'word' || !isCapitalised(after.text);
}

/**
 * A common word that may still be a surname after a first name: a noun in its base form
 * ("Müller", "Park", "Kaiser"), a nominalised infinitive ("Blinken"), or a verb or adjective form
 * written capitalised inside a sentence ("Scharf").
 */
function surnameLike(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, SURNAME_LIKE, w);
}
const SURNAME_LIKE = entityFact('surnameLike', (lex, w) => surnameLikeRaw(lex, w));

function surnameLikeRaw(lex: Lexicon, w: string): boolean {
  // a function word written capitalised inside a sentence is a name: "Stephan Weil", "Karl Wenn"
  if (lex.isFunctionWord(w)) return w.length >= 3 && !lex.isNoun(w);
  // abstract nouns and organisation words follow genitive names: "Trumps Regierung"
  // (the suffix after two letters at least: „Jung“ is a surname, no -ung noun)
  if (/..(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nahme)$/.test(w) || orgHeadOf(lex, w)) return false;
  if (baseNoun(lex, w)) return true;
  // a word taken for a noun only by its -nis ending, unknown to the dictionary and no compound
  // („Iohannis“, „Dionis“; „Ergebnis“ is a listed noun)
  if (/^\p{Lu}\p{Ll}+nis$/u.test(w) && !lex.isNoun(w) && lex.nounLemma(w) === null && lex.compoundHead(w) === null) return true;
  const lower = w.charAt(0).toLowerCase() + w.slice(1);
  // an adjective in its nominalised base form: „Günther Weiser“, „Felix Eitle“, „Ida Kluge“
  // (also one that is a verb form too: „Hendrik Lange“ — lange / langen)
  if (/(?:e|er)$/.test(w) && lex.isAdjective(lower) && lex.isNoun(w) && (!lex.isVerb(lower) || lex.adjectiveLemma(lower) !== lower)) return true;
  if (lex.isVerb(lower) && lex.verbLemma(lower) === lower) return true;
  // a word the dictionary has only as a capitalised adjective (a proper adjective: „Becker“,
  // „Mayer“, „Kohler“ beside „Berliner“) is a surname after a first name: „Anna Becker“
  return (lex.isVerb(lower) || lex.isAdjective(lower) || (lower !== w && lex.isAdjective(w))) && !lex.isNoun(w);
}

/**
 * „Maltz-Schwarzfischer“, „Rabl-Stadler“: two parts, the first a name word or a listed surname,
 * the second a noun in its base form in -er that is no role (an occupational surname: Fischer,
 * Stadler, Bauer). Only after a listed first name: alone „Trump-Anhänger“ is a noun.
 */
function doubleSurnameAfterFirstName(lex: Lexicon, u: Unit): boolean {
  if (u.type !== 'word' || u.capsLine || u.possessive) return false;
  const parts = u.text.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 3 || !isCapitalised(p))) return false;
  const [a, b] = parts;
  if (!(looseNameWord(lex, a) || lex.surname(a) !== null) || isRole(lex, a) || lookupPlace(lex, a) || orgHeadOf(lex, a)) return false;
  // (also a compound the dictionary lacks: „Schwarzfischer“ ends in Fischer)
  const head = lex.isNoun(b) ? b : lex.compoundHead(b);
  return /^\p{Lu}\p{Ll}{2,}er$/u.test(b) && !!head && /er$/.test(head) && lex.isNoun(head) && lex.nounLemma(head) === head && !isRole(lex, b) && !lex.isAdjective(decapitalise(b));
}

/** A noun in its own base form (singular nominative, no verb or adjective): "Park", "Müller", "Mark". */
function baseNoun(lex: Lexicon, w: string): boolean {
  if (!lex.isNoun(w) || lex.isVerb(w.toLowerCase()) || lex.isAdjective(w.toLowerCase())) return false;
  if (!isCommon(lex, w)) return false;
  return lex.nounLemma(w) === w;
}

/**
 * The end (exclusive) of a person's name opened by the listed first name at unit i (see
 * knownFirstName); i when none: the next word on the line is a name word where a name is
 * expected (also a compound-looking surname: „Nagelsmann“, „Steinhauer“) and no place, and name
 * words may follow („Marie Luise Steinhauer“). The first name may be a common noun („Ernst“, „Mark“).
 */
export function firstNameRun(lex: Lexicon, us: Unit[], i: number): number {
  const next = i + 1 < us.length ? us[i + 1] : null;
  if (!next || next.newline || next.type !== 'word' || us[i].possessive) return i;
  // a role word is no surname unless the surname list has it („Thomas Herzog“, „Anna Schütze“)
  if (orgHeadOf(lex, next) || (isRole(lex, next) && lex.surname(next.text) === null)) return i;
  // a first name that is a common noun after an article or a declined adjective is the noun:
  // „der Roman Schattenland“, „ihr neuer Roman Schattenland“
  // (a word that is also a finite verb, „verzichtete Horst Meierhofer“, is the adjective only after a determiner: „der bekannte Roman …“)
  const adjectiveBefore = i > 0 && /^\p{Ll}.*e[mnrs]?$/u.test(us[i - 1].text) && lex.isAdjective(us[i - 1].text) && (!lex.isVerb(us[i - 1].text) || afterDeterminer(us, i - 1));
  if (isCommon(lex, us[i]) && (afterDeterminer(us, i) || adjectiveBefore)) return i;
  // a quoted name is a title — a ship, a film, a book: die „Aurora Nordstern“, „Emma Blaufeld“
  // (a quote closing the line before is no opening quote: a statement line „…“ then „Julian Nagelsmann (Trainer …)“)
  if (i > 0 && !us[i].newline && /^[„“”"‚‘«»']$/.test(us[i - 1].text)) return i;
  // „Lukas Lieblingsverein“: a name in -s may be a possessive before a compound noun
  // (a listed surname is the surname: „Thomas Stahl“, „Klaus Wiese“); a name in -x, -z or -ß takes
  // an apostrophe in the genitive („Felix’ Buch“), so „Felix Niebergall“, „Moritz Hausberg“ are names
  if (/s$/.test(us[i].text) && !personWord(lex, next) && lex.surname(next.text) === null) return i;
  // a double surname whose second part is an agent noun in -er, as occupational surnames are:
  // „Gertrud Maltz-Schwarzfischer“, „Eva Rabl-Stadler“ (a role is none: „Merkel-Berater“)
  if (doubleSurnameAfterFirstName(lex, next) && !(i + 2 < us.length && !us[i + 2].newline && us[i + 2].type === 'word' && isCapitalised(us[i + 2].text))) return i + 2;
  if (!personWord(lex, next, true) && !isInitials(next.text) && !(isCapitalised(next.text) && (surnameLike(lex, next) || lex.surname(next.text) !== null))) return i;
  // a middle initial: „Carl H. Hahn“, „Anna M. Berg“ — the surname may be a common noun
  const k = isInitials(next.text) ? i + 2 : i + 1;
  if (k === i + 2 && (k >= us.length || us[k].newline || us[k].type !== 'word')) return i;
  // the surname may be a common noun or adjective in its base form („Oliver Mücke“, „Felix
  // Eitle“) when no capitalised word follows it (see nameRun's commonLast)
  const b = nameRun(lex, us, k, { loose: true, max: 3 });
  // two listed first names make a person: the surname after them may be a noun or adjective in
  // its base form („Ludwig Georg Braun“, „Anna Maria Klein“)
  if (b === k + 1 && knownFirstName(lex, us, k) && surnameAfterFirstNames(lex, us, b)) return b + 1;
  if (b > k) return b;
  return commonSurnameAt(lex, us, k, k === i + 1 && !isCommon(lex, us[i])) ? k + 1 : i;
}

/**
 * Unit c, after two listed first names, is a surname that is a common noun or adjective in its
 * base form („Braun“, „Klein“, „Lange“): capitalised inside a sentence, one word, no place, role,
 * organisation or function word, and no capitalised word after it.
 */
function surnameAfterFirstNames(lex: Lexicon, us: Unit[], c: number): boolean {
  const u = us[c];
  if (!u || u.newline || u.type !== 'word' || u.initial || u.possessive || u.parts.length > 1 || !isCapitalised(u.text)) return false;
  const lower = decapitalise(u.text);
  if (lex.isFunctionWord(lower) || lookupPlace(lex, u) || isRole(lex, u) || orgHeadOf(lex, u)) return false;
  if (!(lex.nounLemma(u.text) === u.text || lex.adjectiveLemma(lower) === lower)) return false;
  const after = c + 1 < us.length ? us[c + 1] : null;
  return !after || after.newline || after.type !== 'word' || !isCapitalised(after.text);
}

/**
 * Unit i is a descriptor compound before a listed first name, not part of the name: „Hollywood-
 * star Ida Berg“, „Schlagerikone Heike Brandt“ — a word that is no first name, splits as a
 * compound with a common head, and a first name follows with at least one more name word (b:
 * the end of the run found from i). After an article any word will do („die Routiniers Jupp X“).
 */
export function descriptorBefore(lex: Lexicon, us: Unit[], i: number, b: number): boolean {
  const u = us[i];
  if (b - i < 3 || u.type !== 'word' || lex.firstName(u.text) !== null) return false;
  // an agent noun in -er/-erin, also as the last part of a hyphen compound, the dictionary may lack:
  // „Knipser René Lewejohann“, „Pro-Ge-Chefverhandler Rainer Wimmer“
  const agent = /\p{Ll}(?:er|erin)$/u.test(u.parts[u.parts.length - 1]);
  if (u.parts.length > 1 && !agent) return false;
  // after an article the word is a noun, whatever it is: „die Routiniers Jupp Heynckes (64), …“
  // a person noun of the data list is a descriptor too: „sagte Anwohnerin Heike Brandt“
  if (!afterDeterminer(us, i) && !agent && (u.text.length < 7 || lex.compoundHead(u.text) === null) && !lex.list('person-nouns').has(u.text)) return false;
  return knownFirstName(lex, us, i + 1);
}
