/**
 * The noun of an earlier figure, for numbers that continue it („zwölf wurden verletzt, neun davon
 * schwer“, „die Polizei gibt 8.000 an“ after „… 8.000 Teilnehmer …“): figures with a unit, numbers
 * whose property verb names their unit, and „Zahl der X“ frames, of the same or previous sentence.
 */
import type { RuleContext } from '../../types.js';
import { bareNumbers, clauseAround, lowerText, SCALED, unitFigures, type Bare } from './bare.js';

/** Words that join conjuncts within a clause. */
import { countFrames } from './frames.js';
import { PREPOSITIONS, propertyOfClause } from './verbs.js';
import { LIST_COORDINATORS } from '../../../lexicon/de/index.js';

export interface Antecedent {
  /** Where the figure or frame stands. */
  start: number;
  unit: string;
  sentence: number;
  scaled: boolean;
}

/** Units that are measures, not counts: a bare number never continues them across clauses. */
const MEASURES = /^(?:Prozent|Prozentpunkt|Jahr|Monat|Woche|Tag|Stunde|Minute|Sekunde|Grad)$/;

const VERBS = new WeakMap<object, { bare: Bare; unit: string }[]>();

/**
 * Bare numbers that are the subject of a property verb: „zwölf wurden verletzt“, „fünf kamen ums
 * Leben“ (not after a preposition: „bei 12 wurden …“).
 */
export function verbFigures(ctx: RuleContext): { bare: Bare; unit: string }[] {
  const bare = bareNumbers(ctx);
  const hit = VERBS.get(bare);
  if (hit) return hit;
  const { doc, lexicon: lex } = ctx;
  const out: { bare: Bare; unit: string }[] = [];
  for (const b of bare) {
    const before = doc.tokens[b.first - 1];
    if (before && PREPOSITIONS.has(before.text.toLowerCase())) continue;
    const [from, to] = clauseAround(doc, b.first);
    // the conjunct of the number („drei getötet und acht verletzt“: „acht verletzt“) first, then
    // the clause; a gapped „werden“ may stand anywhere in the clause or in the clause before it
    let cf = from;
    let ct = to;
    for (let i = b.first - 1; i >= from; i--) if (LIST_COORDINATORS.has(lowerText(doc.tokens[i]))) { cf = i + 1; break; }
    for (let i = b.last + 1; i < to; i++) if (LIST_COORDINATORS.has(lowerText(doc.tokens[i]))) { ct = i; break; }
    const prev = from > 1 && doc.tokens[from - 1].text === ',' ? clauseAround(doc, from - 2)[0] : from;
    const aux: [number, number] = [prev, to];
    const unit = (cf > from || ct < to ? propertyOfClause(doc, lex, cf, ct, aux) : null) ?? propertyOfClause(doc, lex, from, to, aux);
    if (unit) out.push({ bare: b, unit });
  }
  VERBS.set(bare, out);
  return out;
}

/**
 * Every figure a later bare number may continue, by position. `counts`: leave out measures
 * (percents, durations, temperatures), which a source's „8.000“ does not continue.
 */
export function antecedents(ctx: RuleContext, counts: boolean): Antecedent[] {
  const out: Antecedent[] = [];
  for (const f of unitFigures(ctx)) if (!counts || !MEASURES.test(f.unit)) out.push({ start: f.numStart, unit: f.unit, sentence: f.sentence, scaled: f.scaled });
  for (const v of verbFigures(ctx)) out.push({ start: v.bare.start, unit: v.unit, sentence: v.bare.sentence, scaled: false });
  for (const f of countFrames(ctx)) out.push({ start: ctx.doc.tokens[f.at].start, unit: f.unit, sentence: f.sentence, scaled: false });
  return out.sort((a, b) => a.start - b.start);
}

/** The nearest figure before `pos` in the same or the previous sentence. */
export function antecedentBefore(ctx: RuleContext, pos: number, sentence: number, counts: boolean): Antecedent | null {
  let best: Antecedent | null = null;
  for (const a of antecedents(ctx, counts)) {
    if (a.start >= pos) break;
    if (a.sentence === sentence || a.sentence === sentence - 1) best = a;
  }
  return best;
}

/** A bare number may take the unit of `a` unless `a` had a scale word that `b` lacks („3 Millionen Euro …, von 4“). */
export function scaleFits(ctx: RuleContext, a: Antecedent, b: Bare): boolean {
  return !a.scaled || SCALED.test(ctx.doc.text.slice(b.start, b.end));
}
