/**
 * The text-matching primitives of `claims eval`. They are deliberately forgiving about spelling
 * (umlauts, hyphens, quotation marks, case, a genitive -s) and strict about meaning (the value,
 * the unit stem, the speaker's words). `docs/gold-format.md` documents them for users.
 */

/**
 * Folds a text for comparison: lower case; ä/ö/ü → a/o/u, ß → ss; hyphens and dashes become
 * spaces; quotation marks and parentheses become spaces; runs of white space collapse to one.
 */
export function fold(s: string | null | undefined): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/[„“”"‚‘’'«»›‹()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text; a final `s` is dropped from words longer than four letters (genitive). */
export function words(s: string | null | undefined): string[] {
  return fold(s)
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** True when the words of `needle` occur as a contiguous run of whole words in `hay`. */
export function containsWords(hay: string | null | undefined, needle: string | null | undefined): boolean {
  const h = words(hay);
  const n = words(needle);
  if (n.length === 0) return false;
  for (let i = 0; i + n.length <= h.length; i++) {
    if (n.every((w, j) => h[i + j] === w)) return true;
  }
  return false;
}

const UNIT_SUFFIXES = ['ern', 'en', 'er', 'e', 'n', 's'] as const;

/**
 * A crude stem of a unit noun: folded letters only, then the first of the inflection endings
 * -ern, -en, -er, -e, -n, -s removed when at least four letters remain
 * ("Containern" → "contain", "Soldaten" → "soldat", "Soldat" → "soldat").
 */
export function unitStem(unit: string): string {
  let s = fold(unit).replace(/[^a-z]/g, '');
  for (const suffix of UNIT_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 4) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s;
}

/**
 * Whether a predicted unit is acceptable for a gold item's list of units: no gold units accept
 * anything; otherwise the predicted unit must exist and its stem equal one gold stem, or one stem
 * end the other when both are at least four letters long (compounds: "Artilleriegranate" ~ "Granate").
 */
export function unitOk(pred: string | null | undefined, goldUnits: readonly string[] | undefined): boolean {
  if (!goldUnits || goldUnits.length === 0) return true;
  if (!pred) return false;
  const p = unitStem(pred);
  return goldUnits.some((g) => {
    const s = unitStem(g);
    return p === s || (Math.min(p.length, s.length) >= 4 && (p.endsWith(s) || s.endsWith(p)));
  });
}

/** Numeric equality with a relative tolerance of 1e-6 (absolute below 1). */
export function sameValue(pred: unknown, gold: number): boolean {
  return typeof pred === 'number' && Math.abs(pred - gold) <= 1e-6 * Math.max(1, Math.abs(gold));
}

/** A value or a list of acceptable values, as a list. */
export function asList<T>(x: T | readonly T[] | null | undefined): T[] {
  if (Array.isArray(x)) return [...x];
  return x == null ? [] : [x as T];
}

/** Half-open spans overlap. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** A reported figure rounded to three decimals. */
export function round3(x: number): number {
  return +x.toFixed(3);
}
