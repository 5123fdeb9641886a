import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity, lowerText, type Bare } from './lib/bare.js';
import { CONTRACTED, PREPOSITIONS } from './lib/verbs.js';
import { scaleFits, antecedentBefore } from './lib/antecedent.js';

const ID = 'quantity/partitive';

/** Words after the number that make it a part of the figure before: „neun davon (schwer)“, „zwei von ihnen“. */
const AFTER = [['davon'], ['von', 'ihnen'], ['von', 'denen'], ['unter', 'ihnen']];
/** Words before it: „davon neun schwer verletzt“, „darunter 12“, „von denen neun“. */
const BEFORE = [['davon'], ['darunter'], ['von', 'denen'], ['unter', 'ihnen'], ['von', 'ihnen'], ['davon', 'allein'], ['darunter', 'allein']];

/**
 * A part of the figure before it: „zwölf wurden verletzt, neun davon schwer“ → 9 Verletzte,
 * „240 Menschen wurden evakuiert, darunter 35“ → 35 Mensch, „zwei von ihnen“, „Der Landtag hat 88
 * Sitze. Davon gehen 32 an …“ („davon“ and a finite verb before the number). The unit is the
 * nearest figure's of the same or previous sentence (a figure with a noun, a number whose verb
 * names it, or a „Zahl der X“ frame).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwölf wurden verletzt, neun davon schwer“ → 9 Verletzte; „300 Gäste, darunter 40 …“; „davon 12“, „Davon gehen 32 an …“ (a part of the figure before)',
    priority: 30,
  },
  find(ctx) {
    const toks = ctx.doc.tokens;
    const out: Quantity[] = [];
    const matches = (from: number, words: string[], step: 1 | -1) =>
      words.every((w, j) => lowerText(toks[from + step * j]) === (step === 1 ? w : words[words.length - 1 - j]));
    /** „Davon gehen 32 an die AfD“, „davon entfallen 12 auf …“: „davon“ and a finite verb before the number. */
    const davonVerb = (first: number): boolean => {
      const verb = toks[first - 1];
      if (lowerText(toks[first - 2]) !== 'davon' || verb?.type !== 'word' || !/^\p{Ll}/u.test(verb.text)) return false;
      try {
        return ctx.lexicon.verbLemmas(verb.text).length > 0;
      } catch {
        return false;
      }
    };
    const bare = bareNumbers(ctx);
    /** The preposition at token k („an“, „ans“ → an), or null. */
    const prepAfter = (k: number): string | null => {
      const w = lowerText(toks[k]);
      const p = CONTRACTED[w] ?? w;
      return PREPOSITIONS.has(p) ? p : null;
    };
    /** Where the next list member of `b` starts: after its prepositional phrase and a comma or „und“. */
    const nextSlot = (b: Bare): number => {
      let k = b.last + 1;
      while (k < toks.length && toks[k].sentence === b.sentence && toks[k].type !== 'number' && toks[k].text !== ',' && !/^(?:und|sowie|oder)$/.test(toks[k].text)) k++;
      return k + 1;
    };
    for (const b of bare) {
      const after = AFTER.some((ws) => matches(b.last + 1, ws, 1));
      const before = BEFORE.some((ws) => matches(b.first - 1, ws, -1)) || davonVerb(b.first);
      if (!after && !before) continue;
      const a = antecedentBefore(ctx, b.start, b.sentence, false);
      if (!a || !scaleFits(ctx, a, b)) continue;
      const q = bareQuantity(ctx, b, a.unit, ID);
      if (q) out.push(q);
      // the list it opens: „Davon gehen 32 an die AfD, 23 an die CDU und 6 an die SPD“
      const prep = prepAfter(b.last + 1);
      if (!prep || !davonVerb(b.first)) continue;
      let prev = b;
      for (const n of bare) {
        if (n.start <= prev.start) continue;
        if (n.sentence !== b.sentence || n.first !== nextSlot(prev) || prepAfter(n.last + 1) !== prep) break;
        const m = bareQuantity(ctx, n, a.unit, ID);
        if (m) out.push(m);
        prev = n;
      }
    }
    return out;
  },
};

export default rule;
