import type { Quantity, Statement } from '../../types.js';

/**
 * Links every quantity whose span lies inside a statement's content to that statement
 * (`quantity.statement` = index into `statements`): that is who claims the number. Where
 * contents nest, the innermost (shortest) content wins.
 */
export function linkQuantities(quantities: Quantity[], statements: Statement[]): Quantity[] {
  return quantities.map((q) => {
    let best = -1;
    let bestLen = Infinity;
    statements.forEach((s, i) => {
      const len = s.content.end - s.content.start;
      if (q.start >= s.content.start && q.end <= s.content.end && len < bestLen) {
        best = i;
        bestLen = len;
      }
    });
    if (best < 0) {
      const { statement: _drop, ...rest } = q;
      return rest;
    }
    return { ...q, statement: best };
  });
}
