import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity } from './lib/bare.js';
import { countFrames } from './lib/frames.js';

const ID = 'quantity/count-frame';

/** Prepositions by which a „Zahl der X“ frame takes its number: „stieg auf sieben“, „liegt bei 12“, „wird mit 30 angegeben“, „von fünf auf sieben“. */
const FRAME_PREPS = new Set(['auf', 'bei', 'mit', 'von', 'um']);
/** Verbs that take the number without a preposition: „beträgt 12“. */
const FRAME_VERBS = /^(?:beträgt|betragen|betrug|betrugen|betrage)$/;

/**
 * „Die Zahl der Todesopfer stieg am Abend auf sieben“ → 7 Todesopfer: a number without its noun
 * that a „Zahl/Anzahl der X“ frame (or a -zahl compound, „Teilnehmerzahl“) of the same sentence
 * governs, after auf, bei, mit, von, um or „beträgt“, counts X. The frame holds until the next
 * frame („…, die der Verletzten auf 30“).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„Die Zahl der Todesopfer stieg auf sieben“ → 7 Todesopfer; „Die Teilnehmerzahl lag bei 12 000“ → 12000 Teilnehmer',
    priority: 35,
  },
  find(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const frames = countFrames(ctx);
    const out: Quantity[] = [];
    for (const b of bareNumbers(ctx)) {
      // the last frame before the number in its sentence
      const frame = frames.filter((f) => f.sentence === b.sentence && f.after <= b.first).pop();
      if (!frame) continue;
      const before = toks[b.first - 1];
      const lower = before?.text.toLowerCase() ?? '';
      if (!FRAME_PREPS.has(lower) && !FRAME_VERBS.test(lower)) continue;
      const q = bareQuantity(ctx, b, frame.unit, ID);
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
