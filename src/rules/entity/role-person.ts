import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units } from './lib/words.js';
import { isRole, isTitle, lookupPlace } from './lib/knowledge.js';
import { genitiveFirstName, nameRun } from './lib/names.js';
import { ABBREVIATED_OFFICES } from '../../lexicon/de/entity-words.js';

const ID = 'entity/role-person';

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
      const b = nameRun(lexicon, us, k, { firstMayBeCommon: true, commonLast: true, max: 4, loose: true });
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
