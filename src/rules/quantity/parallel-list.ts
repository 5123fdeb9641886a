import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { bareNumbers, bareQuantity, clauseAround, lowerText, SCALED, tokenAt, unitFigures, type Bare } from './lib/bare.js';
import { CONTRACTED, PREPOSITIONS } from './lib/verbs.js';
import { DEFINITE_ARTICLES, LIST_COORDINATORS } from '../../lexicon/de/index.js';

const ID = 'quantity/parallel-list';

/** Prepositions that open parallel clauses of places, parties or times: „in Hamburg …, in Kiel …“. */
const FRAME_OPENERS = new Set(['in', 'im', 'bei', 'beim', 'aus', 'an', 'am', 'für']);
/** Words that join gapped clauses („die SPD 30 und die Grünen 12“). */
/** Articles before the name of a gapped clause („die SPD 30“). */
const ARTICLES = DEFINITE_ARTICLES;

interface Slot {
  start: number;
  /** Token index of the number's first token (its qualifier) and of its clause. */
  first: number;
  clause: [number, number];
  sentence: number;
  /** Token index of the first token after the figure (after its noun, for a figure with one). */
  next: number;
  unit: string | null;
  scaled: boolean;
  bare?: Bare;
}

/** Articles of a genitive attribute after a figure („2,4 Millionen Beschäftigte der Kommunen und 134.000 des Bundes“). */
const GENITIVE = new Set(['der', 'des']);
/**
 * Words that may stand between the numbers of a list that names the unit once at its end: the
 * lexicon's approximators („rund“, „knapp“) and the words of bounds („mindestens“, „bis zu“, „mehr als“).
 */
const BOUND_WORDS = new Set(['über', 'unter', 'mehr', 'weniger', 'als', 'mindestens', 'höchstens', 'bis', 'zu']);

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
    priority: 20,
  },
  find(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const approximators = ctx.lexicon.table('approximators');
    const first = (pos: number) => tokenAt(doc, pos);
    const slots: Slot[] = [];
    for (const f of unitFigures(ctx)) {
      const k = first(f.start);
      slots.push({ start: f.start, first: k, next: tokenAt(doc, f.end), clause: clauseAround(doc, k), sentence: f.sentence, unit: f.unit, scaled: f.scaled });
    }
    for (const b of bareNumbers(ctx)) slots.push({ start: b.start, first: b.first, next: b.last + 1, clause: clauseAround(doc, b.first), sentence: b.sentence, unit: null, scaled: SCALED.test(doc.text.slice(b.start, b.end)), bare: b });
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
      if (after !== s.clause[1] && !LIST_COORDINATORS.has(lowerText(toks[after]))) return false;
      let k = s.clause[0];
      for (let i = s.first - 1; i > s.clause[0]; i--) {
        if (LIST_COORDINATORS.has(lowerText(toks[i]))) {
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
    /** The word after a figure, contractions and genitive articles normalised („ans“ → an, „des“ → der). */
    const nextWord = (s: Slot): string => {
      const w = lowerText(toks[s.next]);
      return CONTRACTED[w] ?? (GENITIVE.has(w) ? 'der' : w);
    };
    /**
     * „28, 56 und 78 Jahre“, „mindestens 800.000 oder bis zu 1,3 Millionen Menschen“: the bare
     * number `a` is followed, after a comma or a coordinating word and qualifiers only, by `b`.
     */
    const listedBefore = (a: Slot, b: Slot): boolean => {
      if (!a.bare || b.start <= a.start || a.sentence !== b.sentence) return false;
      let k = a.bare.last + 1;
      if (!(toks[k]?.text === ',' || LIST_COORDINATORS.has(lowerText(toks[k])))) return false;
      for (k++; k < b.first; k++) {
        const w = lowerText(toks[k]);
        if (!BOUND_WORDS.has(w) && !approximators.has(w) && !approximators.has(w + '.')) return false;
      }
      return k === b.first;
    };
    /**
     * „32 an die AfD, 23 an die CDU“, „… Beschäftigte der Kommunen und 134.000 des Bundes“: the
     * bare number stands at the start of its conjunct and the same preposition or a genitive
     * article follows both.
     */
    const sameNext = (a: Slot, b: Slot): boolean => {
      const bare = a.bare ? a : b;
      const lead = toks[bare.first - 1];
      if (!lead || !(lead.text === ',' || LIST_COORDINATORS.has(lowerText(lead)))) return false;
      const w = nextWord(a);
      // after the bare number only „des“: „14 der Mitglieder“ is a partitive with its own noun
      if (w === 'der' && lowerText(toks[bare.next]) !== 'des') return false;
      return (PREPOSITIONS.has(w) || w === 'der') && w === nextWord(b);
    };
    const parallel = (a: Slot, b: Slot): boolean => {
      if (listedBefore(a, b) || listedBefore(b, a)) return true;
      if (!near(a, b) || a.first === b.first) return false;
      if (sameNext(a, b)) return true;
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
    /** A number of 1,000 or more written in digits leaves out no scale word („3 Millionen …, 134.000 …“). */
    const written = (s: Slot): boolean => !!s.bare && s.bare.match.digits === true && Math.abs(s.bare.match.value) >= 1000;
    // pass units along chains, up to six steps
    for (let step = 0; step < 6; step++) {
      let changed = false;
      for (const s of slots) {
        if (s.unit || !s.bare) continue;
        const src = slots.filter((o) => o.unit && (!o.scaled || s.scaled || listedBefore(s, o) || written(s)) && parallel(s, o)).sort((x, y) => Math.abs(x.start - s.start) - Math.abs(y.start - s.start))[0];
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
