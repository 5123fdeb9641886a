import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAllCaps, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import type { Lexicon } from '../../lexicon/index.js';
import { isRole, isTitle, lookupPlace, orgHeadOf } from './lib/knowledge.js';
import { genitiveFirstName, knownFirstName, nameRun } from './lib/names.js';
import { ABBREVIATED_OFFICES, ARTICLE_NAME_PARTICLES } from '../../lexicon/de/entity-words.js';

const ID = 'entity/role-person';

/** Unit k is a listed surname in its base form with no capitalised word after it: „Müller“, „Weber“. */
function listedSurnameAlone(lex: Lexicon, us: Unit[], k: number): boolean {
  const u = us[k];
  if (u.type !== 'word' || u.parts.length > 1 || u.possessive || lex.surname(u.text) === null || lex.isFunctionWord(u.text) || isRole(lex, u) || lookupPlace(lex, u)) return false;
  if (lex.nounLemma(u.text) !== null && lex.nounLemma(u.text) !== u.text) return false;
  const after = k + 1 < us.length ? us[k + 1] : null;
  return !after || after.newline || after.type !== 'word' || !isCapitalised(after.text);
}

/**
 * Unit c, after a role and a listed first name, is the surname whatever word it reads as: one
 * capitalised word on the line (or a double surname of two such parts), no function word, place or organisation head, and the phrase ends
 * after it (punctuation, a lower-case word, the end of the text). A role word there is a surname
 * too: the first name before it wins („FPÖ-Chef Udo Landbauer wurde“, „Trainer Tim Fischer sagte“).
 */
function commonSurnameAfterRole(lex: Lexicon, us: Unit[], c: number): boolean {
  const u = us[c];
  if (!u || u.newline || u.type !== 'word' || u.capsLine || u.parts.length > 2 || !isCapitalised(u.text) || isAllCaps(u.text)) return false;
  // a double surname: „Oberbürgermeisterin Brigitte Merk-Erbe wird“ (two capitalised parts, no place or organisation)
  if (u.parts.length === 2 && !u.parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && !lookupPlace(lex, p) && !orgHeadOf(lex, p))) return false;
  if (lex.isFunctionWord(u.text) || lex.isFunctionWord(u.text.toLowerCase()) || lookupPlace(lex, u) || orgHeadOf(lex, u)) return false;
  const after = c + 1 < us.length ? us[c + 1] : null;
  return !after || after.newline || after.type !== 'word' || /^[a-zäöüß]/.test(after.text);
}

/** Particles that open a surname after a role; an article particle may follow the first („von der“). */
const SURNAME_OPENERS = new Set(['von', 'van', 'de', 'zu']);

/**
 * Units k… as „von der Leyen“, „van Damme“, „von Graffenried“: a particle, at most one article
 * particle, then one capitalised word that is no common word, role, organisation head or place,
 * and the phrase ends after it. Returns the end unit, or k when there is none.
 */
function particleSurname(lex: Lexicon, us: Unit[], k: number): number {
  if (k >= us.length || us[k].type !== 'word' || !SURNAME_OPENERS.has(us[k].text)) return k;
  let c = k + 1;
  if (c < us.length && ARTICLE_NAME_PARTICLES.has(us[c].text) && us[k].text !== 'zu') c++;
  const u = us[c];
  if (!u || u.newline || u.type !== 'word' || u.parts.length > 1 || !isCapitalised(u.text) || isAllCaps(u.text)) return k;
  if (isCommon(lex, u) || isRole(lex, u) || orgHeadOf(lex, u) || lookupPlace(lex, u)) return k;
  const after = c + 1 < us.length ? us[c + 1] : null;
  if (after && !after.newline && after.type === 'word' && isCapitalised(after.text)) return k;
  return c + 1;
}

/** The end of the name run at unit k after a role (k when there is none). */
function nameEnd(lex: Lexicon, us: Unit[], k: number): number {
  let b = nameRun(lex, us, k, { firstMayBeCommon: true, commonLast: true, max: 4, loose: true });
  // „Oberbürgermeister Müller ergänzt“: a listed surname that is a common noun too, alone
  // after the role (no capitalised word after it on the line)
  if (b === k && listedSurnameAlone(lex, us, k)) b = k + 1;
  // „Bürgermeister Gerhard Häuser an“, „Juryvorsitzender Hubert Winkels sprach“: after a role,
  // a listed first name and one more capitalised word that ends the phrase — the surname, even
  // where it reads as a common noun (Häuser, Winkels, Landbauer)
  if (b === k + 1 && knownFirstName(lex, us, k) && commonSurnameAfterRole(lex, us, k + 1)) b = k + 2;
  return b;
}

/**
 * A role or title before a name: „NATO-Generalsekretär Jens Stoltenberg“, „der russische Botschafter
 * Sergej X“, „Bundeskanzler Olaf Scholz“, „Trainerin Y“, „Der Führer Nordkoreas, Kim Jong-un“,
 * „Dr. Anna Schmidt“ → PER (the name only, without the role).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„NATO-Generalsekretär Jens Stoltenberg“, „Bundeskanzler Olaf Scholz“ → PER Jens Stoltenberg, Olaf Scholz' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      const r = us[i];
      if (r.type !== 'word' || r.capsLine || !(isRole(lexicon, r) || isTitle(r.text) || ABBREVIATED_OFFICES.has(r.text))) continue;
      let k = i + 1;
      // "der Führer Nordkoreas, Kim Jong-un" / "Präsident Frankreichs Emmanuel X"
      if (k < us.length && us[k].type === 'word' && us[k].text.endsWith('s') && lookupPlace(lexicon, us[k]) && !genitiveFirstName(lexicon, us, k)) k++;
      if (k < us.length && us[k].text === ',' && k > i + 1) k++;
      // „Verteidigungsministerin von der Leyen“, „Stadtpräsident von Graffenried“: a surname with its particle
      // right after the role — not a place („Bürgermeister von Angern“) or a common noun („von der Stadt“)
      const particle = particleSurname(lexicon, us, k);
      if (particle > k) {
        out.push({ text: doc.source.slice(us[k].start, us[particle - 1].end), start: us[k].start, end: us[particle - 1].end, type: 'PER', name: doc.text.slice(us[k].start, us[particle - 1].end), rule: ID, confidence: 2 });
        i = particle - 1;
        continue;
      }
      if (k >= us.length || us[k].newline || us[k].type !== 'word' || !isCapitalised(us[k].text)) continue;
      let b = nameEnd(lexicon, us, k);
      if (b === k) continue;
      // „Spartenleiter Fußball Patric Kollmar“, „Sprecherin Jugend Anna Keller“: a common noun between
      // the role and a first name + surname names the role's field, not the person
      if (b - k >= 2 && isCommon(lexicon, us[k]) && !knownFirstName(lexicon, us, k) && (knownFirstName(lexicon, us, k + 1) || (b - k >= 3 && !isCommon(lexicon, us[k + 1])))) {
        const b2 = nameEnd(lexicon, us, k + 1);
        if (b2 - (k + 1) >= 2) {
          k++;
          b = b2;
        }
      }
      // „der Sprecher Personenverkehr, Holger Auferkamp,“: a common noun after the role names its
      // field when a person named in full follows after a comma
      if (b - k === 1 && isCommon(lexicon, us[k]) && b + 1 < us.length && us[b].text === ',' && knownFirstName(lexicon, us, b + 1)) continue;
      // "Premier League: …" — a role word opening a headline label is no role
      if (b - k === 1 && (r.initial || r.newline) && b < us.length && us[b].text === ':') continue;
      const start = us[k].start;
      const end = us[b - 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'PER', name: doc.text.slice(start, end), rule: ID, confidence: 2 });
      i = b - 1;
    }
    return out;
  },
};
export default rule;
