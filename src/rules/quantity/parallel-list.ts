import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity, clauseAround, lowerText, SCALED, unitFigures, type Bare } from './lib/bare.js';
import { PREPOSITIONS } from './lib/verbs.js';

const ID = 'quantity/parallel-list';

/** Prepositions that open parallel clauses of places, parties or times: „in Hamburg …, in Kiel …“. */
const FRAME_OPENERS = new Set(['in', 'im', 'bei', 'beim', 'aus', 'an', 'am', 'für']);
/** Words that join gapped clauses („die SPD 30 und die Grünen 12“). */
const COORDINATORS = new Set(['und', 'sowie', 'oder']);
/** Articles before the name of a gapped clause („die SPD 30“). */
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

interface Slot {
  start: number;
  /** Token index of the number's first token (its qualifier) and of its clause. */
  first: number;
  clause: [number, number];
  sentence: number;
  unit: string | null;
  scaled: boolean;
  bare?: Bare;
}

/**
 * A coordinated list that names the unit once: „Die SPD kam auf 28,4, die Grünen auf 14,1
 * Prozent“ → 28.4 Prozent; „In Hamburg demonstrierten 30 000 Menschen, in Kiel gut 12 000“ →
 * ≈ 12000 Mensch. A number without its noun takes the unit of a figure in the same or a
 * neighbouring clause of its sentence (before or after it) when both stand after the same
 * preposition („auf …, auf …“), or when both clauses open with the same preposition and the bare
 * number ends its clause („in Hamburg …, in Kiel gut 12 000“). Chains pass the unit on („auf 28,4,
 * auf 14,1, auf 9,8 Prozent“).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„die SPD kam auf 28,4, die Grünen auf 14,1 Prozent“ → 28.4 Prozent; „in Hamburg 30 000 Menschen, in Kiel gut 12 000“ → 12000 Mensch',
  },
  find(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const first = (pos: number) => {
      let k = 0;
      while (k < toks.length && toks[k].end <= pos) k++;
      return k;
    };
    const slots: Slot[] = [];
    for (const f of unitFigures(ctx)) {
      const k = first(f.start);
      slots.push({ start: f.start, first: k, clause: clauseAround(doc, k), sentence: f.sentence, unit: f.unit, scaled: f.scaled });
    }
    for (const b of bareNumbers(ctx)) slots.push({ start: b.start, first: b.first, clause: clauseAround(doc, b.first), sentence: b.sentence, unit: null, scaled: SCALED.test(doc.text.slice(b.start, b.end)), bare: b });
    slots.sort((a, b) => a.start - b.start);
    const prepOf = (s: Slot) => lowerText(toks[s.first - 1]);
    const opener = (s: Slot) => lowerText(toks[s.clause[0]]);
    /**
     * A gapped clause: an optional article, one to three capitalised words (a party, a place, a
     * club) and the number, nothing else — the verb and the noun are the neighbouring clause's.
     */
    const gappedName = (s: Slot): boolean => {
      // The segment runs from the clause start or a coordinating word to the number, which ends
      // the clause or stands before the next coordinating word („die SPD 30 und die Grünen 12“).
      const after = s.bare!.last + 1;
      if (after !== s.clause[1] && !COORDINATORS.has(lowerText(toks[after]))) return false;
      let k = s.clause[0];
      for (let i = s.first - 1; i > s.clause[0]; i--) {
        if (COORDINATORS.has(lowerText(toks[i]))) {
          k = i + 1;
          break;
        }
      }
      if (k < s.first && ARTICLES.has(lowerText(toks[k]))) k++;
      const names = s.first - k;
      if (names < 1 || names > 3) return false;
      for (let i = k; i < s.first; i++) if (!/^\p{Lu}/u.test(toks[i].text)) return false;
      return true;
    };
    /** Neighbouring clauses: the same, or adjacent ones (one clause boundary between). */
    const near = (a: Slot, b: Slot) =>
      a.sentence === b.sentence && (a.clause[0] === b.clause[0] || a.clause[1] + 1 === b.clause[0] || b.clause[1] + 1 === a.clause[0]);
    const parallel = (a: Slot, b: Slot): boolean => {
      if (!near(a, b) || a.first === b.first) return false;
      const pa = prepOf(a);
      if (PREPOSITIONS.has(pa) && pa === prepOf(b)) return true;
      // „Die CDU erhielt 41 Sitze, die SPD 30 und die Grünen 12“: a gapped clause of a name and a number
      const bare = a.bare ? a : b;
      if (gappedName(bare)) return true;
      // „In Hamburg demonstrierten 30 000 Menschen, in Kiel gut 12 000“
      const o = opener(a);
      if (a.clause[0] === b.clause[0] || !FRAME_OPENERS.has(o) || o !== opener(b)) return false;
      return bare.bare!.last + 1 === bare.clause[1];
    };
    // pass units along chains, up to three steps
    for (let step = 0; step < 3; step++) {
      let changed = false;
      for (const s of slots) {
        if (s.unit || !s.bare) continue;
        const src = slots.filter((o) => o.unit && (!o.scaled || s.scaled) && parallel(s, o)).sort((x, y) => Math.abs(x.start - s.start) - Math.abs(y.start - s.start))[0];
        if (src) {
          s.unit = src.unit;
          changed = true;
        }
      }
      if (!changed) break;
    }
    const out: Quantity[] = [];
    for (const s of slots) {
      if (!s.bare || !s.unit) continue;
      const q = bareQuantity(ctx, s.bare, s.unit, ID);
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
