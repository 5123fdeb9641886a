import { priorities, type Layer, type Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import age from './age.js';
import articleCount from './article-count.js';
import boundedNumber from './bounded-number.js';
import bracketAge from './bracket-age.js';
import compoundFigure from './compound-figure.js';
import countFrame from './count-frame.js';
import duration from './duration.js';
import money from './money.js';
import parallelList from './parallel-list.js';
import partitive from './partitive.js';
import percent from './percent.js';
import plainNumber from './plain-number.js';
import propertyVerb from './property-verb.js';
import range from './range.js';
import share from './share.js';
import sourceFigure from './source-figure.js';
import vaguePlural from './vague-plural.js';

const byId = (a: Rule<Quantity>, b: Rule<Quantity>) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);

const rules: Rule<Quantity>[] = [
  age,
  articleCount,
  boundedNumber,
  bracketAge,
  compoundFigure,
  countFrame,
  duration,
  money,
  parallelList,
  partitive,
  percent,
  plainNumber,
  propertyVerb,
  range,
  share,
  sourceFigure,
  vaguePlural,
].sort(byId);

/** Priorities of the layer's rules (`meta.priority`): at equal span length the more specific rule wins. */
const priorityOf = priorities(rules);

/**
 * Overlapping candidates: the longest span wins, then the higher rule priority, then the earlier
 * start. Output sorted by start, then end, then rule id.
 */
export function resolveQuantities(candidates: Quantity[]): Quantity[] {
  const ranked = candidates.slice().sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      priorityOf(b.rule) - priorityOf(a.rule) ||
      a.start - b.start ||
      a.value - b.value,
  );
  // Kept spans never overlap, so the offsets they cover are marked once: each candidate is
  // checked against its own span only (linear in the text, not quadratic in the candidates).
  const kept: Quantity[] = [];
  let size = 0;
  for (const c of candidates) size = Math.max(size, c.end + 1);
  const covered = new Uint8Array(size);
  for (const c of ranked) {
    let free = true;
    if (c.end > c.start) {
      for (let i = c.start; i < c.end; i++) {
        if (covered[i]) {
          free = false;
          break;
        }
      }
    } else if (c.start > 0 && covered[c.start - 1] === 1 && covered[c.start] === 1) {
      free = false; // an empty span strictly inside a kept one
    }
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** The quantity layer: its rules, sorted by id, and how their candidates become output. */
export const quantityLayer: Layer<Quantity, Quantity> = {
  name: 'quantity',
  rules,
  resolve: (candidates) => resolveQuantities(candidates),
};
