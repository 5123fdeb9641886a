import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { units, type Unit } from './lib/words.js';
import { WORK_NOUN } from '../../lexicon/de/entity-media.js';

const ID = 'entity/work-title';
const OPENING = new Set(['„', '"', '»', '‚', '“']);
const CLOSING = new Set(['“', '"', '«', '‘', '”']);
/** The longest title taken, in units. */
const MAX_UNITS = 12;

/** A word that names a kind of work: „Ballett“, „Theaterstück“, „Fernsehserie“, „Titel“. */
function isWorkNoun(u: Unit): boolean {
  return u.type === 'word' && /^[A-ZÄÖÜ]/.test(u.text) && WORK_NOUN.test(u.parts[u.parts.length - 1].toLowerCase());
}

/**
 * The title of a work in quotes after the noun naming its kind: „das Ballett „Der Widerspenstigen
 * Zähmung““, „die Serie „Breaking Bad““, „der Film „Im Westen nichts Neues““ → MISC, the title whole.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„das Schauspiel "Die lächerliche Finsternis"“ → MISC Die lächerliche Finsternis' },
  find({ doc }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 2 < us.length; i++) {
      const q = us[i + 1];
      if (!isWorkNoun(us[i]) || q.type !== 'punct' || !OPENING.has(q.text) || q.newline) continue;
      const first = us[i + 2];
      if (first.type !== 'word' && first.type !== 'number') continue;
      if (!/^[A-ZÄÖÜ0-9]/.test(first.text)) continue;
      let e = i + 2;
      while (e < us.length && e - i - 2 < MAX_UNITS && !us[e].newline && !(us[e].type === 'punct' && CLOSING.has(us[e].text))) e++;
      if (e >= us.length || e - i - 2 >= MAX_UNITS || us[e].newline || e === i + 2) continue;
      const start = first.start;
      const end = us[e - 1].end;
      const title = doc.text.slice(start, end);
      if (/[.!?]$/.test(title) && e - i - 2 > 6) continue; // a quoted sentence, not a title
      out.push({ text: doc.source.slice(start, end), start, end, type: 'MISC', name: title, rule: ID, confidence: 2 });
      i = e;
    }
    return out;
  },
};
export default rule;
