import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAllCaps, isCapitalised, units } from './lib/words.js';

const ID = 'entity/place-headline-colon';

/**
 * A town opening a line before a colon, in title case: the place a local headline is about
 * („Vöhringen: Noch einmal sprechen“, „Bad Liebenzell: Trockner löst Brand aus“). One to three
 * words the gazetteer knows as a town of any size, but none named like a common word („Essen:“,
 * „Halle:“ may be labels), and words after the colon on the same line.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Vöhringen: Noch einmal sprechen“ → LOC Vöhringen (a town opening a headline before a colon)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      if (!(i === 0 || us[i].newline)) continue;
      for (let len = 1; len <= 3 && i + len < us.length; len++) {
        const words = us.slice(i, i + len);
        if (words.some((u, k) => u.type !== 'word' || (k > 0 && u.newline) || u.capsLine || isAllCaps(u.text) || !isCapitalised(u.text))) break;
        const colon = us[i + len];
        if (colon.text !== ':' || colon.newline) continue;
        const after = i + len + 1 < us.length ? us[i + len + 1] : null;
        if (!after || after.newline || after.type !== 'word') break;
        const name = words.map((u) => u.text).join(' ');
        const hit = lexicon.gazetteer().lookup(name);
        if (!hit || hit.type !== 'LOC' || hit.commonWord || hit.canonical !== name) break;
        out.push({ text: doc.source.slice(words[0].start, words[len - 1].end), start: words[0].start, end: words[len - 1].end, type: 'LOC', name, rule: ID, confidence: 2 });
        break;
      }
    }
    return out;
  },
};
export default rule;
