/**
 * Numbers without their noun („zwölf wurden verletzt“, „stieg auf sieben“, „die Veranstalter von
 * 20.000“) and the figures with a unit they may take theirs from. Shared by the bare-number rules
 * (count-frame, partitive, property-verb, source-figure, parallel-list, bracket-age); each rule
 * decides which construction gives the unit.
 *
 * A bare number is a number of the parser that no candidate of the layer covers (no counted noun,
 * no unit), that is no ordinal, percent, reference („Artikel 5“), date, clock time or year (the
 * parser and `build` drop those), stands in no compound („10-Punkte-Plan“) and after no
 * determiner („die beiden“, „die drei“, „alle vier“: people named before, not a new figure).
 */
import type { RuleContext } from '../../types.js';
import { DEFINITE_ARTICLES, DEMONSTRATIVES, POSSESSIVES } from '../../../lexicon/de/index.js';
import type { Quantity, QuantityKind } from '../../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import type { NumberMatch } from '../../../text/numbers/index.js';
import { numberMatches, numberPhrases, quantityWithUnit } from './phrases.js';
import { kindOfUnit } from './select.js';
import { docMemo, tokenAt } from '../../../text/doc.js';

export interface Bare {
  match: NumberMatch;
  /** Span of the number with its qualifier. */
  start: number;
  end: number;
  /** First token of the span and the last token of the number. */
  first: number;
  last: number;
  sentence: number;
}

export interface Figure {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  unit: string;
  sentence: number;
  /** Written with a scale word („3 Millionen“): a bare „4“ after it drops the scale, so it is not continued. */
  scaled: boolean;
}

/** Scale words: a figure written with one is not continued by a bare number without one. */
export const SCALED = /(?:Tsd|Tausend|Mio|Million|Mrd|Milliard|Billion|Billiard)/i;

/** Words before a number that make it anaphoric („die drei“, „alle vier“, „diese zwei“). */
const DETERMINER_BEFORE: ReadonlySet<string> = new Set([
  ...DEFINITE_ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVES, 'alle', 'allen', 'aller', 'welche', 'beide', 'beiden', 'je', 'jeweils', 'nummer', 'nr', 'nr.',
]);

/** The token holding offset `pos`, else the next one: the text layer's `tokenAt`. */
export { tokenAt };

interface BareMemo {
  dates: unknown;
  bare: Bare[];
  figures: Figure[];
}

function compute(ctx: RuleContext): { bare: Bare[]; figures: Figure[] } {
  // the per-document memo's slot, recomputed when the date results differ
  const hit = docMemo<BareMemo>(ctx.doc, 'quantity/bare', () => ({ dates: null, bare: [], figures: [] }));
  if (hit.dates === ctx.results.dates) return hit;
  const { doc } = ctx;
  const cands = numberPhrases(ctx);
  const figures: Figure[] = [];
  for (const c of cands) {
    const q = c.quantity;
    if (!q.unit || !q.number || c.age) continue;
    figures.push({
      start: q.start, end: q.end, numStart: q.number.start, numEnd: q.number.end, unit: q.unit, sentence: q.sentence,
      scaled: SCALED.test(q.number.text),
    });
  }
  const bare: Bare[] = [];
  for (const m of numberMatches(ctx)) {
    if (m.type === 'ordinal' || m.type === 'percent' || m.percent || m.article) continue;
    if (m.type === 'range' && m.range && m.range.min != null && m.range.max != null) continue;
    if (cands.some((c) => c.quantity.start < m.end && m.start < c.quantity.end)) continue;
    // fractions are shares of something („bis zu zwei Drittel“), never a count
    if (!Number.isInteger(m.value) && /(?:tel|halb|halbe)$/i.test(ctx.doc.text.slice(m.numberStart ?? m.start, m.numberEnd ?? m.end))) continue;
    const probe = quantityWithUnit(ctx, m, 'X');
    if (!probe) continue;
    // the span with an approximation word before it („rund 3.000“, „gut 12 000“)
    const first = tokenAt(doc, probe.start);
    const last = tokenAt(doc, m.end - 1);
    const toks = doc.tokens;
    const after = toks[last + 1];
    // "10-Punkte-Plan", "3er-Gruppe": a compound modifier
    if (after && !after.space && (after.text === '-' || after.type === 'word')) continue;
    const before = toks[first - 1];
    if (before && before.type === 'word' && DETERMINER_BEFORE.has(before.text.toLowerCase())) continue;
    bare.push({ match: m, start: probe.start, end: probe.end, first, last, sentence: toks[first]?.sentence ?? 0 });
  }
  return Object.assign(hit, { dates: ctx.results.dates, bare, figures });
}

/** The document's numbers without their noun. */
export function bareNumbers(ctx: RuleContext): Bare[] {
  return compute(ctx).bare;
}

/** The document's figures with a unit (the candidates of the other quantity rules), by start. */
export function unitFigures(ctx: RuleContext): Figure[] {
  return compute(ctx).figures;
}

/**
 * The quantity of a bare number with the unit a rule found for it, stamped with the rule id and
 * the kind (by default the unit's: „28,4“ after „14,1 Prozent“ is a percent).
 */
export function bareQuantity(ctx: RuleContext, b: Bare, unit: string, rule: string, kind?: QuantityKind): Quantity | null {
  const q = quantityWithUnit(ctx, b.match, unit);
  return q ? { ...q, rule, kind: kind ?? kindOfUnit(ctx.lexicon, unit) } : null;
}

/** Tokens that end a clause: punctuation between clauses and brackets. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '„', '“', '”', '"', '«', '»']);

/** Token range [from, to) of the clause around token k (within its sentence). */
export function clauseAround(doc: Doc, k: number): [number, number] {
  const toks = doc.tokens;
  // No token there (k = -1 for a clause before the first token): an empty range (found by the fuzz suite).
  if (!toks[k]) {
    const at = Math.max(0, Math.min(k, toks.length));
    return [at, at];
  }
  const s = toks[k].sentence;
  let from = k;
  while (from > 0 && toks[from - 1].sentence === s && !CLAUSE_PUNCT.has(toks[from - 1].text)) from--;
  let to = k + 1;
  while (to < toks.length && toks[to].sentence === s && !CLAUSE_PUNCT.has(toks[to].text) && toks[to].text !== '.') to++;
  return [from, to];
}

export const lowerText = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
