import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isCommon, units, type Unit } from './lib/words.js';
import type { Lexicon } from '../../lexicon/index.js';
import { PRIZE_CUE } from '../../lexicon/de/entity-media.js';

const ID = 'entity/prize-compound';
/** The head of a prize compound: „Preis“, „Publikumspreis“, „Förderpreis“ (singular only: „Preise“ are prices as often). */
const PRIZE_HEAD = /^(?:Preis|Preises|\p{Lu}\p{Ll}+preis|\p{Lu}\p{Ll}+preises)$/u;

/** A part before the head names the prize: a name, an acronym, a brand with a digit („3sat“) — no common noun („Öl“, „Strom“). */
function namingPart(lex: Lexicon, p: string): boolean {
  if (isAcronym(p) || /^\d+\p{L}+$/u.test(p)) return true;
  // a listed surname names a prize even where it splits as a compound („Bachmann“: Bach + Mann)
  return /^\p{Lu}\p{Ll}+$/u.test(p) && (lex.surname(p) !== null || !isCommon(lex, p));
}

/** A word of the text shows that prizes are awarded here: „verliehen“, „dotiert“, „Preisträger“, „Jury“. */
function prizeText(us: Unit[]): boolean {
  return us.some((u) => u.type === 'word' && PRIZE_CUE.test(u.text));
}

/**
 * A hyphenated prize name, in a text that awards prizes: „den mit 12.500 Euro dotierten
 * Deutschlandfunk-Preis“, „Kelag-Preis“, „3sat-Preis“, „BKS-Bank-Publikumspreis“ → MISC, the
 * compound whole. Its first part is a name (no common noun: „Öl-Preis“ is a price).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Sie erhielt den mit 10.000 Euro dotierten Hölderlin-Preis.“ → MISC Hölderlin-Preis' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    let cued: boolean | null = null;
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine || u.parts.length < 2 || !PRIZE_HEAD.test(u.parts[u.parts.length - 1])) continue;
      // „3sat-Preis“: the text layer splits the digits off the first part
      const digits = i > 0 && us[i - 1].type === 'number' && us[i - 1].end === u.start && /^\d+$/.test(us[i - 1].text) ? us[i - 1] : null;
      const first = (digits ? digits.text : '') + u.parts[0];
      if (!u.parts.slice(1, -1).every((p) => /^\p{Lu}/u.test(p)) || !namingPart(lexicon, first)) continue;
      cued ??= prizeText(us);
      if (!cued) break;
      // the genitive „des Bachmann-Preises“ is named in the nominative
      const start = digits ? digits.start : u.start;
      const whole = doc.text.slice(start, u.end);
      const name = /preises$/i.test(whole) ? whole.slice(0, -2) : whole;
      out.push({ text: doc.source.slice(start, u.end), start, end: u.end, type: 'MISC', name, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
