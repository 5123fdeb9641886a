import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isAllCaps, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, orgHeadOf, outlets } from './lib/knowledge.js';
import { firstNameRun, knownFirstName, personWord } from './lib/names.js';
import { nominative } from './lib/org.js';
import type { Lexicon } from '../../lexicon/index.js';

const ID = 'entity/acronym-definition';
const CONNECTORS = new Set(['für', 'for', 'of', 'and', '&', 'und', 'der', 'des', 'de', 'du']);

/**
 * An acronym defined in parentheses after its long form: „Nationaler Nachrichtendienst (NIS)“ →
 * ORG „Nationaler Nachrichtendienst“ with alias NIS (both are mentions); after a mere common noun
 * („der südkoreanische Geheimdienst (NIS)“) the acronym itself is the name.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Südkoreas Nationaler Nachrichtendienst (NIS)“ → ORG Nationaler Nachrichtendienst, alias NIS' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 1; i + 2 < us.length; i++) {
      if (us[i].text !== '(' || us[i + 2].text !== ')') continue;
      const acr = us[i + 1];
      // "Bodo Ramelow (Linke)", "Anton Hofreiter (Grüne)": a party word after a person's name
      if (acr.type === 'word' && isCapitalised(acr.text) && !isAcronym(acr.text) && afterPerson(lexicon, us, i) && !lookupPlace(lexicon, acr) && !isRole(lexicon, acr)) {
        out.push({ text: doc.source.slice(acr.start, acr.end), start: acr.start, end: acr.end, type: 'ORG', name: acr.text, rule: ID, confidence: 2 });
        continue;
      }
      if (acr.type !== 'word' || !isAcronym(acr.text)) continue;
      // „des Bundes für Umwelt und Naturschutz Deutschland (BUND)“: an acronym that reads as a
      // common word counts only where its long form spells it letter by letter
      const commonAcr = isCommon(lexicon, acr);
      if (commonAcr && !spelledLongForm(us, i, acr.text)) continue;
      // „das Betriebsergebnis (EBITDA)“, „vor Steuern (EBT)“: a financial metric, no organisation
      if (lexicon.list('finance-metrics').has(acr.text)) continue;
      // "Tel Aviv/Beirut (AFP)": a dateline source, no definition
      if (outlets(lexicon).has(acr.text)) continue;
      // "Olaf Scholz (SPD)": a party or organisation after a person's name, no definition
      if (afterPerson(lexicon, us, i)) {
        if (!acrPlaceOf(lexicon, acr.text)) out.push({ text: doc.source.slice(acr.start, acr.end), start: acr.start, end: acr.end, type: 'ORG', name: acr.text, rule: ID, confidence: 2 });
        continue;
      }
      const plain = longForm(lexicon, us, i, acr.text);
      const spelled = spelledLongForm(us, i, acr.text);
      const long = spelled && (!plain || spelled.a < plain.a) ? spelled : plain;
      const acrPlace = lookupPlace(lexicon, acr);
      if (long) {
        const start = us[long.a].start;
        const end = us[long.b - 1].end;
        const name = doc.text.slice(start, end);
        const place = lookupPlace(lexicon, name);
        // a known place before an acronym that names something else: no definition
        if (place && place.type === 'LOC' && (!acrPlace || acrPlace.name !== place.name)) continue;
        const type = place ? place.type : acrPlace ? acrPlace.type : 'ORG';
        // (that long form in the nominative: „des Bundes für …“ → „Bund für …“)
        const first = us[long.a].text;
        const canonical = place ? place.name : commonAcr ? nominative(lexicon, first) + name.slice(first.length) : name;
        out.push({ text: doc.source.slice(start, end), start, end, type, name: canonical, rule: ID, confidence: 3, aliases: [acr.text] });
        out.push({ text: doc.source.slice(acr.start, acr.end), start: acr.start, end: acr.end, type, name: canonical, rule: ID, confidence: 3, aliases: [acr.text] });
      } else if (us[i - 1].type === 'word' && isCapitalised(us[i - 1].text) && acrPlace?.type !== 'LOC') {
        // "der südkoreanische Geheimdienst (NIS)": a common noun describes the acronym
        out.push({ text: doc.source.slice(acr.start, acr.end), start: acr.start, end: acr.end, type: 'ORG', name: acr.text, rule: ID, confidence: 3 });
      }
    }
    return out;
  },
};

function acrPlaceOf(lex: Lexicon, w: string): boolean {
  return lookupPlace(lex, w)?.type === 'LOC';
}

/** The words before "(" are a person's name: a role before them, or every word a name word. */
function afterPerson(lex: Lexicon, us: Unit[], paren: number): boolean {
  let a = paren;
  while (a - 1 >= 0 && us[a - 1].type === 'word' && isCapitalised(us[a - 1].text) && !us[a].newline && paren - a < 4) a--;
  if (a === paren) return false;
  const words = us.slice(a, paren);
  // „haben am Mittwoch Wilfried Haslauer (ÖVP) gewählt“: a listed first name and its surname
  // end the words — any capitalised word before them (a weekday, a noun) is no part of a long form
  // (unless the initials spell the acronym: „Bündnis Sahra Wagenknecht (BSW)“)
  const spelled = paren + 1 < us.length && spelledLongForm(us, paren, us[paren + 1].text) !== null;
  for (let k = paren - 2; k >= a && !spelled; k--) if (knownFirstName(lex, us, k) && firstNameRun(lex, us, k) === paren) return true;
  if (words.some((w) => isRole(lex, w))) return words.length >= 2 && !isRole(lex, words[words.length - 1]);
  if (a - 1 >= 0 && us[a - 1].type === 'word' && isRole(lex, us[a - 1])) return true;
  return words.length >= 2 && words.every((w) => personWord(lex, w, true));
}

/**
 * A common noun that names no organisation and is no adjective: „Angaben“, „Zahlen“, „Streik“ in
 * „Angaben des Bayerischen Landesamts für Umwelt (LfU)“ are no part of the long form.
 */
function plainNoun(lex: Lexicon, w: string): boolean {
  return isCapitalised(w) && lex.isNoun(w) && !orgHeadOf(lex, w) && !lex.isAdjective(w.charAt(0).toLowerCase() + w.slice(1)) && !isRole(lex, w);
}

/**
 * The proper long form before "(" at unit `paren`: capitalised words (and connectors between
 * them) of which at least one is no plain common noun — a capitalised adjective
 * („Nationaler“), an unknown word or an English word. A leading genitive place is not part of it.
 */
function longForm(lex: Lexicon, us: Unit[], paren: number, acronym = ''): { a: number; b: number } | null {
  const b = paren;
  let a = paren;
  while (a - 1 >= 0) {
    const w = us[a - 1];
    if (w.type === 'symbol' && w.text === '&') {
      a--;
      continue;
    }
    if (w.type !== 'word' || w.possessive) break;
    if (isCapitalised(w.text) || isAllCaps(w.text)) {
      a--;
      if (w.initial || w.newline) break;
      continue;
    }
    if (CONNECTORS.has(w.text) && a - 2 >= 0 && isCapitalised(us[a - 2].text)) {
      a--;
      continue;
    }
    break;
  }
  // drop leading connectors, genitive places ("Südkoreas") and articles at sentence start
  while (a < b && (CONNECTORS.has(us[a].text) || us[a].text === '&' || (us[a].text.endsWith('s') && lookupPlace(lex, us[a]) && a + 1 < b) || /^(der|die|das|des|dem|den)$/i.test(us[a].text) || (us[a].initial && lex.isFunctionWord(us[a].text)))) a++;
  if (a >= b) return null;
  // the head noun before the name is no part of it: „Streik der Gewerkschaft Deutscher
  // Lokomotivführer (GDL)“, „Schätzungen des Bundesamts für Sozialversicherungen (BSV)“ — drop
  // leading words (with their der/des) while their initial is not the acronym's first letter
  const letter = acronym.charAt(0).toUpperCase();
  while (a + 2 < b && /^(der|des|von|vom)$/.test(us[a + 1].text) && isCapitalised(us[a + 2].text) && ((us[a].text.charAt(0).toUpperCase() !== letter && us[a + 2].text.charAt(0).toUpperCase() === letter) || plainNoun(lex, us[a].text))) a += 2;
  // „Aubameyang (BVB)“, „Kowalski (HSV)“: one proper word whose initial is not the acronym's is a
  // name with its club or party, no long form
  if (b - a === 1 && letter && !isCommon(lex, us[a].text) && !lookupPlace(lex, us[a]) && us[a].text.charAt(0).toUpperCase() !== letter) return null;
  const capWords = us.slice(a, b).filter((u) => isCapitalised(u.text)).length;
  let proper = capWords >= 3 || us.slice(a, b).some((u) => u.text === 'für' || u.text === 'for' || u.text === 'of');
  for (let k = a; k < b; k++) {
    const t = us[k].text;
    if (!isCapitalised(t)) continue;
    if (!isCommon(lex, t) || (lex.isAdjective(t.charAt(0).toLowerCase() + t.slice(1)) && !us[k].initial)) proper = true;
  }
  // the initials of the words (and hyphen parts) spell the acronym: „Verkehrsverbund Rhein-Ruhr (VRR)“
  if (!proper && acronym.length >= 2) {
    const init = us
      .slice(a, b)
      .flatMap((u) => u.parts)
      .filter((w) => !CONNECTORS.has(w))
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
    if (init === acronym.replace(/[^A-ZÄÖÜ]/g, '')) proper = true;
  }
  return proper ? { a, b } : null;
}

/** Small words inside a long form that its acronym skips: „Bundesamt für Sicherheit in der Informationstechnik (BSI)“. */
const SKIPPED = new Set([...CONNECTORS, 'in', 'im', 'zur', 'zum', 'von', 'vom', 'an', 'am', 'auf', 'bei', 'die', 'das', 'dem', 'den', 'the', 'on', 'to']);

/**
 * The long form whose capitalised words spell the acronym exactly, reading back from "(" over
 * small words in between: „Bundesamt für Sicherheit in der Informationstechnik (BSI)“,
 * „Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA)“ (the acronym's capitals only).
 * Null unless the initials match letter for letter, so „die Rede von Olaf Scholz (SPD)“ is none.
 */
function spelledLongForm(us: Unit[], paren: number, acronym: string): { a: number; b: number } | null {
  const letters = acronym.replace(/[^A-ZÄÖÜ]/g, '');
  if (letters.length < 3) return null;
  let need = letters.length;
  let a = paren;
  while (a - 1 >= 0 && need > 0 && paren - a < 12) {
    const w = us[a - 1];
    if (w.type !== 'word' || w.newline) break;
    if (isCapitalised(w.text)) {
      // a hyphen compound counts each capitalised part: „Rhein-Ruhr“ → R, R
      const initials = w.parts.filter((p) => isCapitalised(p)).map((p) => p.charAt(0).toUpperCase());
      if (initials.length > need || initials.join('') !== letters.slice(need - initials.length, need)) return null;
      need -= initials.length;
      a--;
      continue;
    }
    if (SKIPPED.has(w.text) && a - 2 >= 0) {
      a--;
      continue;
    }
    return null;
  }
  return need === 0 && a < paren && isCapitalised(us[a].text) ? { a, b: paren } : null;
}

export default rule;
