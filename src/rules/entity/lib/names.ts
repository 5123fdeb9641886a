/** Person-name runs shared by the person rules. */
import type { Lexicon } from '../../../lexicon/index.js';
import { isCapitalised, isCommon, isInitials, isNameWord, type Unit } from './words.js';
import { isRole, lookupPlace, outlets } from './knowledge.js';

export interface RunOptions {
  /** The first word may be a common noun when a name word follows ("Mark Rutte"). */
  firstMayBeCommon?: boolean;
  /** The last word may be a common noun in its base form ("Thomas Müller", "Ju-min Park"). */
  commonLast?: boolean;
  /** Most words in the run. */
  max?: number;
}

/** A word that can be part of a person's name here. */
export function personWord(lex: Lexicon, u: Unit): boolean {
  if (u.type !== 'word' || u.capsLine) return false;
  if (!isNameWord(lex, u.text)) return false;
  if (isRole(lex, u.text) || lookupPlace(lex, u.text) || outlets(lex).has(u.text)) return false;
  return true;
}

/**
 * The end (exclusive) of a run of name words starting at unit k; k when there is none.
 * "Kim Jong-un", "Timothy H.J. Nerozzi", "Choe Son Hui"; stops at punctuation, line breaks and
 * common words.
 */
export function nameRun(lex: Lexicon, us: Unit[], k: number, opts: RunOptions = {}): number {
  const max = opts.max ?? 4;
  let b = k;
  let names = 0;
  while (b < us.length && b - k < max) {
    const u = us[b];
    if (b > k && (u.newline || us[b - 1].possessive || u.type !== 'word')) break;
    if (personWord(lex, u)) {
      names++;
      b++;
      continue;
    }
    if (b > k && isInitials(u.text) && b + 1 < us.length && personWord(lex, us[b + 1])) {
      b++;
      continue;
    }
    if (
      b === k &&
      opts.firstMayBeCommon &&
      u.type === 'word' &&
      isCapitalised(u.text) &&
      !u.capsLine &&
      !lex.isFunctionWord(u.text) &&
      !isRole(lex, u.text) &&
      !lookupPlace(lex, u.text) &&
      b + 1 < us.length &&
      !us[b + 1].newline &&
      personWord(lex, us[b + 1]) &&
      baseNoun(lex, u.text)
    ) {
      b++;
      continue;
    }
    if (opts.commonLast && names >= 1 && u.type === 'word' && isCapitalised(u.text) && baseNoun(lex, u.text) && !isRole(lex, u.text) && !lookupPlace(lex, u.text)) {
      const after = b + 1 < us.length ? us[b + 1] : null;
      if (!after || after.newline || after.type !== 'word' || !isCapitalised(after.text)) b++;
    }
    break;
  }
  return names > 0 ? b : k;
}

/** A noun in its own base form (singular nominative, no verb or adjective): "Park", "Müller", "Mark". */
function baseNoun(lex: Lexicon, w: string): boolean {
  if (!lex.isNoun(w) || lex.isVerb(w.toLowerCase()) || lex.isAdjective(w.toLowerCase())) return false;
  if (!isCommon(lex, w)) return false;
  return lex.nounLemma(w) === w;
}
