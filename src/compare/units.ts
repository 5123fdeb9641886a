/**
 * When two quantities count the same kind of thing. A unit is described by its lemma, its compound
 * head ("Artilleriecontainer" → "container"), its unit class from `unit-classes.txt` (Soldat,
 * Truppe, Spezialkraft → one class) and its modifier ("Artillerie-Hantel" → "artillerie").
 */
import { ROLE_LEMMAS } from './facts.js';
import { fold } from './text.js';

export interface UnitEnv {
  /** Folded lemma → class name, from the `unit-classes` word list (`lemma<TAB>class`). */
  classes: ReadonlyMap<string, string>;
  /** Splits a compound noun and returns its head (any case), when the lexicon knows. */
  compoundHead?: (word: string) => string | null;
  /** Whether a (capitalised) word is a known noun, for the suffix fallback. */
  isNoun?: (word: string) => boolean;
  /** Folded unit lemmas seen in the whole input (heads found among them). */
  lemmas: ReadonlySet<string>;
  /** A unit of measurement (Euro, Prozent, Kilometer, Jahr) rather than a counted noun. */
  isMeasure?: (unit: string) => boolean;
  /** Class → parent class (`casualties` → `people`); `DEFAULT_CLASS_PARENTS` when not given. */
  parents?: ReadonlyMap<string, string>;
}

/**
 * The class hierarchy: a class of people counted in a role (the dead, the displaced, workers) is
 * also a count of people. "vier Menschen" (people) and "drei Vermisste" (casualties) may be the
 * same figure; such a link is weaker (tier 1) and needs more shared context than a link within
 * one class. Military personnel stay out: an army's soldiers are rarely reported as "Menschen".
 */
export const DEFAULT_CLASS_PARENTS: ReadonlyMap<string, string> = new Map([
  ['people', 'people'],
  ['casualties', 'people'],
  ['displaced', 'people'],
  ['workers', 'people'],
  ['unemployed', 'people'],
  ['patients', 'people'],
  ['prisoners', 'people'],
  ['police', 'people'],
  ['responders', 'people'],
]);

/** The unit of ages ("24-Jähriger", "19 Jahre alter"): only ever compared with other ages. */
export const AGE_UNIT = '#age';

export interface UnitInfo {
  /** Folded lemma, letters only. */
  lemma: string;
  /** Folded compound head (the lemma itself when not a compound). */
  head: string;
  klass: string | null;
  /** Parent of the class in the class hierarchy ("people" for casualties), or null. */
  family: string | null;
  /** Folded first 7 letters of the modifier of a compound, or null. */
  mod: string | null;
  /**
   * A unit of measurement: numbers in different units (Euro vs Dollar, Monat vs Jahr) are not
   * comparable, so measures only match the same lemma or head, never by class or modifier.
   */
  measure: boolean;
  /**
   * A count of people in a role: the dead, the injured, the missing, the arrested, the evacuated
   * (from the predicate, "zwei Seeleute verletzt", or the noun, "Verletzte"), or null. Two counts
   * in different roles never match, whatever their nouns ("24 Seeleute an Bord" vs "drei Seeleute
   * verletzt").
   */
  role: string | null;
  /** The class of the noun itself, before a role from the predicate ("Soldat": military-personnel). */
  nounClass: string | null;
}

/** Nouns for anybody: in a role they match any other noun in that role ("14 Menschen getötet" ~ "sechs Kämpfer getötet"). */
const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['mensch', 'menschen', 'person', 'personen', 'leute']);

/**
 * The class of a specific noun in a role from its predicate ("Soldaten getötet": military-personnel),
 * or null for a generic noun ("Menschen"), a role noun ("Verletzte") or an unclassed one. Counts in one
 * role with two different specific classes are different counts.
 */
export function roleSpecific(u: UnitInfo): string | null {
  return u.role !== null && u.nounClass !== null && !GENERIC_PEOPLE.has(u.lemma) && u.nounClass !== u.klass ? u.nounClass : null;
}

/** The class of animals in the unit-classes list: a role never joins them with people. */
const ANIMALS = 'animals';

export type UnitMatch = 'lemma' | 'head' | 'class' | 'family' | 'modifier';

/** How two units match: same lemma, head, class, parent class (family) or modifier; null: not at all. */
export function unitMatch(a: UnitInfo, b: UnitInfo): UnitMatch | null {
  if (a.role !== null || b.role !== null) {
    if (a.measure || b.measure) return null;
    if (a.role !== null && b.role !== null) {
      if (a.role !== b.role) return null;
      if (a.lemma === b.lemma) return 'lemma';
      // Dead animals ("Tiere gekeult", "Schweine verendet") are never dead people, not even "Menschen".
      if ((a.nounClass === ANIMALS) !== (b.nounClass === ANIMALS)) return null;
      // The dead soldiers are not the dead civilians: two specific nouns of different classes stay apart.
      const sa = roleSpecific(a);
      const sb = roleSpecific(b);
      if (sa !== null && sb !== null && sa !== sb) return null;
      return 'class';
    }
    // One in a role, one not: only through the classes ("Menschen" may be the dead, weakly).
    if (a.klass !== null && a.klass === b.klass) return 'class';
    if ((a.klass !== null && a.klass === b.family) || (b.klass !== null && b.klass === a.family)) return 'family';
    return null;
  }
  if (a.lemma === b.lemma) return 'lemma';
  if (a.head === b.head) return 'head';
  if (a.measure || b.measure) return null;
  if (a.klass !== null && a.klass === b.klass) return 'class';
  // A class and its parent ("Tote" ~ "Menschen"), never two sibling classes (the dead vs workers).
  if ((a.klass !== null && a.klass === b.family) || (b.klass !== null && b.klass === a.family)) return 'family';
  if (a.mod !== null && (a.mod === b.mod || sharesModifier(a.mod, b))) return 'modifier';
  if (b.mod !== null && sharesModifier(b.mod, a)) return 'modifier';
  return null;
}

const TIER: Record<UnitMatch, number> = { lemma: 3, head: 2, class: 2, family: 1, modifier: 1 };

/** How closely two units match: 3 same lemma, 2 same head or class, 1 same parent class or modifier, 0 none. */
export function unitTier(a: UnitInfo, b: UnitInfo): number {
  const m = unitMatch(a, b);
  return m ? TIER[m] : 0;
}

/** A long lemma the lexicon could not split may still begin with the other's modifier. */
function sharesModifier(mod: string, other: UnitInfo): boolean {
  return other.lemma.length >= MIN_COMPOUND && other.lemma.length > mod.length + 3 && other.lemma.startsWith(mod);
}

/** Lemmas this long are probably compounds: blocked by their first letters too. */
export const MIN_COMPOUND = 10;

/** Block keys for compound modifiers: the modifier, or the first 7 letters of a long lemma. */
export function modifierKey(u: UnitInfo): string | null {
  if (u.mod) return u.mod;
  return u.lemma.length >= MIN_COMPOUND ? u.lemma.slice(0, 7) : null;
}

const letters = (s: string) => fold(s).replace(/[^a-z]/g, '');

/** Parse `lemma<TAB>class` lines (already without comments) into a folded lemma → class map. */
export function parseUnitClasses(lines: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...lines].sort();
  for (const line of sorted) {
    const [lemma, klass] = line.split('\t');
    if (!lemma || !klass) continue;
    const key = letters(lemma);
    if (key && !out.has(key)) out.set(key, klass.trim());
  }
  return out;
}

/** The folded lemma of a quantity's unit (letters only), or null. */
export function unitLemmaKey(unit: string | null): string | null {
  if (!unit) return null;
  const k = letters(unit);
  return k.length ? k : null;
}

/**
 * Nominalised adjectives and participles are lemmatised inconsistently ("Toten", "Toter",
 * "Streikenden", "Verletzten"): a folded lemma ending in -en/-er/-em/-es whose form without the
 * last letter (-e) is a classed unit or a unit lemma of the input is read as that form.
 */
export function normaliseLemma(lemma: string, env: Pick<UnitEnv, 'classes' | 'lemmas'>): string {
  if (env.classes.has(lemma) || lemma.length < 5) return lemma;
  if (/e[nrms]$/.test(lemma)) {
    const base = lemma.slice(0, -1);
    if (env.classes.has(base) || env.lemmas.has(base)) return base;
  }
  return lemma;
}

/** The unit info of an age: a unit of its own, never compared with durations. */
export function ageUnit(): UnitInfo {
  return { lemma: AGE_UNIT, head: AGE_UNIT, klass: null, family: null, mod: null, measure: true, role: null, nounClass: null };
}

/** The role key of a role noun lemma: its class, unless that is the generic `people` ("vermisste"). */
export function roleKey(roleLemma: string, classes: ReadonlyMap<string, string>): string {
  const c = classes.get(roleLemma);
  return (c && c !== 'people' ? c : roleLemma) + severity(roleLemma);
}

/** The seriously injured are a role of their own: "Schwerverletzte", "schwer verletzt". */
function severity(lemma: string): string {
  return /^schwer(?:st)?verletzt|^schwerverwundet/.test(lemma) ? ':schwer' : '';
}

/**
 * `role`: the role noun lemma the predicate gives ("verletzte" for "… verletzt"), if any. Without
 * one, a role noun itself ("Verletzte", "Todesopfer": a class a role noun has) is in its role.
 */
export function unitInfo(unit: string, nounText: string | undefined, env: UnitEnv, role: string | null = null): UnitInfo {
  const lemma = normaliseLemma(letters(unit), env);
  const parts = unit.split(/[-\s]+/).filter(Boolean);
  let head = lemma;
  let modifier: string | null = null;
  if (parts.length > 1) {
    head = letters(parts[parts.length - 1]);
    modifier = letters(parts[0]);
  } else {
    const fromLexicon = env.compoundHead?.(unit);
    if (fromLexicon && letters(fromLexicon).length >= 4 && letters(fromLexicon) !== lemma && lemma.endsWith(letters(fromLexicon))) {
      head = letters(fromLexicon);
    } else {
      // Fallback: the longest proper suffix (4+ letters) that is itself a unit in the input,
      // a classed unit, or a known noun: "artilleriecontainer" → "container".
      for (let i = 1; i + 4 <= lemma.length; i++) {
        const suffix = lemma.slice(i);
        if (i < 3) continue; // a modifier has at least 3 letters
        if (env.lemmas.has(suffix) || env.classes.has(suffix) || env.isNoun?.(suffix[0].toUpperCase() + suffix.slice(1))) {
          head = suffix;
          break;
        }
      }
    }
    if (head !== lemma) modifier = lemma.slice(0, lemma.length - head.length);
  }
  // The noun as written may carry a modifier the lemma lost ("Artillerie -Hanteln" → Hantel).
  if (modifier === null && nounText) {
    const np = nounText.split(/[-\s]+/).filter((p) => letters(p).length > 0);
    if (np.length > 1) modifier = letters(np[0]);
  }
  const nounClass = env.classes.get(lemma) ?? env.classes.get(head) ?? null;
  let klass = nounClass;
  const mod = modifier && modifier.length >= 5 ? modifier.slice(0, 7) : null;
  const measure = env.isMeasure?.(unit) ?? false;
  let roleOut: string | null = null;
  if (!measure) {
    if (role !== null) {
      roleOut = roleKey(role, env.classes);
      klass = env.classes.get(role) ?? klass;
    } else if (ROLE_LEMMAS.includes(lemma) || ROLE_LEMMAS.includes(head)) {
      roleOut = roleKey(ROLE_LEMMAS.includes(lemma) ? lemma : head, env.classes);
    } else if (klass !== null && ROLE_LEMMAS.some((r) => roleKey(r, env.classes) === klass)) {
      roleOut = klass + severity(lemma);
    }
  }
  const family = klass === null || measure ? null : ((env.parents ?? DEFAULT_CLASS_PARENTS).get(klass) ?? null);
  return { lemma, head, klass, family, mod: measure ? null : mod, measure, role: roleOut, nounClass };
}
