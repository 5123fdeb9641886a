import type { Lexicon } from '../../lexicon/index.js';
import { orgRule } from './lib/org.js';
import { isAllCaps, isCapitalised, isCommon, type Unit } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import { COMPANY_SUFFIXES } from '../../lexicon/de/entity-org.js';

/** „und Söhne“ / „& Sohn“ after a family name: a family firm („Dehn und Söhne“, „Brenninkmeyer & Co“). */
const FAMILY_FIRM = new Set(['Söhne', 'Sohn', 'Co', 'Cie', 'Partner', 'Partners', 'Company']);

/** A partner's name in „X & Y“: capitalised, no function word, role or place. */
function partnerName(lex: Lexicon, u: Unit | undefined): boolean {
  return !!u && u.type === 'word' && !u.newline && !u.capsLine && isCapitalised(u.text) && !lex.isFunctionWord(u.text) && !isRole(lex, u) && !lookupPlace(lex, u);
}

/**
 * „Procter & Gamble“, „Challenger, Gray & Christmas“: names joined by an ampersand, one of them at
 * least no common word (units [a, b), or null). „&“ joins names, never two common nouns in German prose.
 */
function ampersandFirm(lex: Lexicon, us: Unit[], i: number): { a: number; b: number } | null {
  if (!partnerName(lex, us[i]) || us[i + 1]?.text !== '&' || us[i + 1].newline || !partnerName(lex, us[i + 2])) return null;
  if (!(!isCommon(lex, us[i]) || !isCommon(lex, us[i + 2]))) return null;
  let a = i;
  // one more partner before a comma: „Challenger, Gray & Christmas“
  if (a >= 2 && us[a - 1].text === ',' && partnerName(lex, us[a - 2]) && !us[a - 2].initial && !isCommon(lex, us[a - 2])) a -= 2;
  return { a, b: i + 3 };
}

function nameWord(u: Unit): boolean {
  return u.type === 'word' && (isCapitalised(u.text) || isAllCaps(u.text));
}

/**
 * A company name with its legal form: „Siemens AG“, „Deutsche Bank AG“, „Apple Inc.“; the name may
 * hold a shortened compound before „und“ („Berg Holz- und Stahlbau GmbH“); a family name + „und
 * Söhne“ („Dehn und Söhne“) or „& Co“; partners joined by „&“ („Procter & Gamble“); „GmbH & Co. KG“ whole.
 */
export default orgRule(
  { id: 'entity/org-company-form', priority: 30, description: '„Die Siemens AG meldete einen Gewinnsprung“ → ORG Siemens AG' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    const family =
      i + 2 < us.length && nameWord(u) && (!isCommon(lexicon, u) || (us[i + 1].text === '&' && lexicon.isNoun(u.text) && lexicon.nounLemma(u.text) === u.text && !lookupPlace(lexicon, u))) && !lexicon.isFunctionWord(u.text) && (us[i + 1].text === 'und' || us[i + 1].text === '&') && FAMILY_FIRM.has(us[i + 2].text) && !us[i + 1].newline && !us[i + 2].newline;
    if (family) {
      const dot = i + 3 < us.length && us[i + 3].text === '.' && us[i + 3].start === us[i + 2].end && /^C/.test(us[i + 2].text);
      return { a: i, b: i + (dot ? 4 : 3), name: doc.text.slice(u.start, us[i + (dot ? 3 : 2)].end), resume: i + 3 };
    }
    const amp = ampersandFirm(lexicon, us, i);
    if (amp) return { a: amp.a, b: amp.b, name: doc.text.slice(us[amp.a].start, us[amp.b - 1].end), resume: amp.b };
    if (!(i + 1 < us.length && COMPANY_SUFFIXES.has(us[i + 1].text) && !us[i + 1].newline && (isCapitalised(u.text) || isAllCaps(u.text)))) return null;
    let a = i;
    for (;;) {
      if (a - 1 >= 0 && nameWord(us[a - 1]) && !us[a].newline && !us[a - 1].initial && !lexicon.isFunctionWord(us[a - 1].text)) a--;
      // „Holz- und Stahlbau“: a shortened compound and „und“ belong to the name
      else if (a - 2 >= 0 && us[a - 1].text === 'und' && /^\p{Lu}\p{L}+-$/u.test(us[a - 2].text) && !us[a].newline && !us[a - 1].newline) a -= 2;
      else if (a - 3 >= 0 && us[a - 1].text === 'und' && us[a - 2].text === '-' && us[a - 2].start === us[a - 3].end && nameWord(us[a - 3]) && !us[a].newline && !us[a - 1].newline && !us[a - 2].newline) a -= 3;
      else break;
    }
    // „Herbers GmbH & Co. KG“: a limited partnership whose partner is the GmbH is one name
    let b = i + 2;
    if (us[b]?.text === '&' && /^Co\.?$/.test(us[b + 1]?.text ?? '') && COMPANY_SUFFIXES.has(us[b + 2]?.text ?? '') && !us[b].newline && !us[b + 1].newline && !us[b + 2].newline) b += 3;
    return { a, b, name: doc.text.slice(us[a].start, us[b - 1].end), resume: b };
  },
);
