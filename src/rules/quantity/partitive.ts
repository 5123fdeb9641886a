import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity, lowerText } from './lib/bare.js';
import { scaleFits, antecedentBefore } from './lib/antecedent.js';

const ID = 'quantity/partitive';

/** Words after the number that make it a part of the figure before: „neun davon (schwer)“, „zwei von ihnen“. */
const AFTER = [['davon'], ['von', 'ihnen'], ['von', 'denen'], ['unter', 'ihnen']];
/** Words before it: „davon neun schwer verletzt“, „darunter 12“, „von denen neun“. */
const BEFORE = [['davon'], ['darunter'], ['von', 'denen'], ['unter', 'ihnen'], ['von', 'ihnen'], ['davon', 'allein'], ['darunter', 'allein']];

/**
 * A part of the figure before it: „zwölf wurden verletzt, neun davon schwer“ → 9 Verletzte,
 * „240 Menschen wurden evakuiert, darunter 35“ → 35 Mensch, „zwei von ihnen“. The unit is the
 * nearest figure's of the same or previous sentence (a figure with a noun, a number whose verb
 * names it, or a „Zahl der X“ frame).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwölf wurden verletzt, neun davon schwer“ → 9 Verletzte; „300 Gäste, darunter 40 …“; „davon 12“ (a part of the figure before)',
  },
  find(ctx) {
    const toks = ctx.doc.tokens;
    const out: Quantity[] = [];
    const matches = (from: number, words: string[], step: 1 | -1) =>
      words.every((w, j) => lowerText(toks[from + step * j]) === (step === 1 ? w : words[words.length - 1 - j]));
    for (const b of bareNumbers(ctx)) {
      const after = AFTER.some((ws) => matches(b.last + 1, ws, 1));
      const before = BEFORE.some((ws) => matches(b.first - 1, ws, -1));
      if (!after && !before) continue;
      const a = antecedentBefore(ctx, b.start, b.sentence, false);
      if (!a || !scaleFits(ctx, a, b)) continue;
      const q = bareQuantity(ctx, b, a.unit, ID);
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
