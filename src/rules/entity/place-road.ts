import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { units, type Unit } from './lib/words.js';
import { ROAD_CONTEXT, ROAD_LEAD, ROAD_NOUN } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-road';

/** A motorway or federal road number: „A“ or „B“ and 1–3 digits, apart or in one word („A 44“, „A7“, „B27“). */
const SHORT_JOINED = /^([AB])([1-9]\d{0,2})$/;
const LETTER = /^[AB]$/;
const NUMBER = /^[1-9]\d{0,2}$/;

/** Canonical form of a road: „A44“ and „A 44“ are one road, „Autobahn 44“ is „A 44“ too. */
function roadName(noun: string, number: string): string {
  if (/^(?:Bundes)?autobahn$/i.test(noun) || noun === 'A') return `A ${number}`;
  if (/^Bundesstra(?:ß|ss)e$/.test(noun) || noun === 'B') return `B ${number}`;
  return `${noun} ${number}`;
}

/** The unit before i is an article or local preposition that stands before roads („auf der“, „zur“, „bis zu“). */
function led(us: Unit[], i: number): boolean {
  const p = i > 0 ? us[i - 1] : null;
  return !!p && !p.newline && p.type === 'word' && ROAD_LEAD.has(p.text);
}

/**
 * Roads by their number: „die A 7“, „auf der A44“, „der B 7“, „A7-Anschlussstelle“ (the road part
 * of a hyphen compound), „Autobahn 44“ (→ A 44), „Bundesstraße 7“ (→ B 7), „Kreisstraße 7“ → LOC.
 * A short form („A 7“, „B27“) counts only after an article or local preposition or before a hyphen
 * compound, and only where the article speaks of roads (Autobahn, Anschlussstelle, Ausfahrt, Stau,
 * Verkehr …): „DIN A4“, „Vitamin B 12“, „Gruppe A 1“ are none. A road noun + number counts anywhere.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Der Stau auf der A 7 reichte bis zur Bundesstraße 27“ → LOC A 7, LOC B 27 (roads by number)' },
  find({ doc }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const roadTalk = ROAD_CONTEXT.test(doc.text);
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word') continue;
      const n = i + 1 < us.length ? us[i + 1] : null;
      const numberNext = !!n && !n.newline && n.space && n.type === 'number' && NUMBER.test(n.text);
      // „Autobahn 44“, „Bundesstraße 7“, „Kreisstraße 7“
      if (ROAD_NOUN.test(u.text) && numberNext) {
        out.push({ text: doc.source.slice(u.start, n!.end), start: u.start, end: n!.end, type: 'LOC', name: roadName(u.text, n!.text), rule: ID, confidence: 3 });
        i++;
        continue;
      }
      if (!roadTalk) continue;
      // „A 44“, „A 44-Abschnittes“
      if (LETTER.test(u.text) && numberNext) {
        const after = i + 2 < us.length ? us[i + 2] : null;
        const compound = !!after && after.text === '-' && after.start === n!.end;
        if (!led(us, i) && !compound) continue;
        out.push({ text: doc.source.slice(u.start, n!.end), start: u.start, end: n!.end, type: 'LOC', name: roadName(u.text, n!.text), rule: ID, confidence: 3 });
        i++;
        continue;
      }
      // „A44“, „A7-Anschlussstelle“, „B7-Wegfall“
      const m = SHORT_JOINED.exec(u.parts[0]);
      if (!m || (u.parts.length === 1 && !led(us, i))) continue;
      const end = u.partStarts[0] + u.parts[0].length;
      out.push({ text: doc.source.slice(u.partStarts[0], end), start: u.partStarts[0], end, type: 'LOC', name: roadName(m[1], m[2]), rule: ID, confidence: 3 });
    }
    return out;
  },
};

export default rule;
