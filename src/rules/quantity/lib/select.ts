/**
 * How a quantity rule turns the shared number phrases into its findings: it picks the phrases of
 * its class and stamps them with its id and the quantity's `kind`.
 */
import type { RuleContext } from '../../types.js';
import type { Quantity, QuantityKind } from '../../../types.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { numberPhrases, type NumberPhrase } from './phrases.js';

/** The kind of a quantity whose unit has this `units.txt` class (null: a counted noun). */
export function kindOfUnitClass(unitClass: string | null): QuantityKind {
  if (unitClass === 'money' || unitClass === 'percent' || unitClass === 'duration') return unitClass;
  return unitClass == null || unitClass === 'count' ? 'count' : 'measure';
}

/** The kind of a quantity with this unit lemma (a bare number that took the unit of another figure). */
export function kindOfUnit(lex: Lexicon, unit: string): QuantityKind {
  let cls: string | null = null;
  try {
    cls = lex.unit(unit)?.class ?? null;
  } catch {
    cls = null; // a bare checkout without the compiled lexicon
  }
  return kindOfUnitClass(cls);
}

/**
 * A phrase whose class one of the class rules owns (age, money, percent, duration): the shape
 * rules (range, bounded-number, vague-plural, plain-number) leave it to them.
 */
export function hasClassRule(p: NumberPhrase): boolean {
  return p.age || p.unitClass === 'money' || p.unitClass === 'percent' || p.unitClass === 'duration';
}

/** The document's number phrases that `pick` selects, as findings of rule `id`. */
export function selectPhrases(ctx: RuleContext, id: string, pick: (p: NumberPhrase) => boolean, kind?: QuantityKind): Quantity[] {
  const out: Quantity[] = [];
  for (const p of numberPhrases(ctx)) {
    if (pick(p)) out.push({ ...p.quantity, rule: id, kind: kind ?? kindOfUnitClass(p.unitClass) });
  }
  return out;
}
