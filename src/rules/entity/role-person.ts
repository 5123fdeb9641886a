import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units, type Unit } from './lib/words.js';
import type { Lexicon } from '../../lexicon/index.js';
import { isRole, isTitle, lookupPlace } from './lib/knowledge.js';
import { genitiveFirstName, nameRun } from './lib/names.js';
import { ABBREVIATED_OFFICES } from '../../lexicon/de/entity-words.js';

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
      if (k >= us.length || us[k].newline || us[k].type !== 'word' || !isCapitalised(us[k].text)) continue;
      let b = nameRun(lexicon, us, k, { firstMayBeCommon: true, commonLast: true, max: 4, loose: true });
      // „Oberbürgermeister Müller ergänzt“: a listed surname that is a common noun too, alone
      // after the role (no capitalised word after it on the line)
      if (b === k && listedSurnameAlone(lexicon, us, k)) b = k + 1;
      if (b === k) continue;
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
