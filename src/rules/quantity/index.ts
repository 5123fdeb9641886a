import type { Layer, Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import age from './age.js';
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

/** At equal span length the more specific rule wins. */
const PRIORITY = [
  'quantity/age',
  'quantity/money',
  'quantity/percent',
  'quantity/share',
  'quantity/duration',
  'quantity/range',
  'quantity/bounded-number',
  'quantity/vague-plural',
  'quantity/plain-number',
  'quantity/compound-figure',
  // numbers without their noun (their spans never overlap the rules above): the construction that
  // names the unit most directly wins
  'quantity/bracket-age',
  'quantity/property-verb',
  'quantity/count-frame',
  'quantity/partitive',
  'quantity/source-figure',
  'quantity/parallel-list',
];
const rank = (id: string): number => {
  const k = PRIORITY.indexOf(id);
  return k < 0 ? PRIORITY.length : k;
};

/**
 * Overlapping candidates: the longest span wins, then the rule priority above, then the earlier
 * start. Output sorted by start, then end, then rule id.
 */
export function resolveQuantities(candidates: Quantity[]): Quantity[] {
  const ranked = candidates.slice().sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      rank(a.rule) - rank(b.rule) ||
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
