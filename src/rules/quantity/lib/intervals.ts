/**
 * Intervals of quantities (see docs/quantities.md):
 *   eq            [v, v]
 *   gte / gt      [v, ∞) / (v, ∞)           mindestens · mehr als, über
 *   lte / lt      (-∞, v] / (-∞, v)         bis zu, höchstens · weniger als, unter
 *   approx        [0.9·v, 1.1·v]            rund, etwa, ca., circa, ungefähr, annähernd, in etwa (±10 %)
 *                 [0.9·v, v]                knapp, fast, beinahe, nahezu (just under v)
 *                 [v, 1.1·v]                gut ("gut 100" = a little more than 100)
 *   range         [min, max], value = min, bound gte     zwischen 10 und 20 · 10 bis 20 · 10-20
 *   vague plural  [v, 10·v) (Dutzende [12, 100)), value = v, bound gte    Tausende → [1000, 10000)
 */
import type { Bound, Interval } from '../../../types.js';

/** Which side of the value an approximation opens: „rund“ both, „knapp“ below, „gut“ above. */
export type Side = 'both' | 'below' | 'above';

/** Relative tolerance of `approx` bounds (±10 %). */
export const APPROX_TOLERANCE = 0.1;

/** Rounds away binary noise (3500 × 1.1 = 3850.0000000000005 → 3850). */
export const round = (x: number): number => Number(x.toPrecision(12));

export function intervalFor(bound: Bound, v: number, side: Side = 'both'): Interval {
  switch (bound) {
    case 'eq': return { min: v, max: v, minInclusive: true, maxInclusive: true };
    case 'gte': return { min: v, max: null, minInclusive: true, maxInclusive: false };
    case 'gt': return { min: v, max: null, minInclusive: false, maxInclusive: false };
    case 'lte': return { min: null, max: v, minInclusive: false, maxInclusive: true };
    case 'lt': return { min: null, max: v, minInclusive: false, maxInclusive: false };
    case 'approx': {
      const a = round(v * (1 - APPROX_TOLERANCE));
      const b = round(v * (1 + APPROX_TOLERANCE));
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      if (side === 'below') return { min: v < 0 ? v : lo, max: v < 0 ? hi : v, minInclusive: true, maxInclusive: true };
      if (side === 'above') return { min: v < 0 ? lo : v, max: v < 0 ? v : hi, minInclusive: true, maxInclusive: true };
      return { min: lo, max: hi, minInclusive: true, maxInclusive: true };
    }
  }
}

/** A share lies in [0, 1]: "mehr als die Hälfte" is (0.5, 1]. */
export function shareInterval(i: Interval): Interval {
  return {
    min: i.min == null ? 0 : Math.max(0, i.min),
    max: i.max == null ? 1 : Math.min(1, i.max),
    minInclusive: i.min == null ? true : i.minInclusive,
    maxInclusive: i.max == null ? true : i.maxInclusive,
  };
}

