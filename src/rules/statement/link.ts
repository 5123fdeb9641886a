import type { Quantity, Statement } from '../../types.js';

/**
 * Links every quantity whose span lies inside a statement's content to that statement (the
 * `statement` index: who claims the number). The innermost content wins when contents nest.
 * Returns new quantity objects; the input is not changed.
 */
export function linkQuantities(quantities: Quantity[], statements: Statement[]): Quantity[] {
  return quantities.map((q) => {
    let best = -1;
    for (let i = 0; i < statements.length; i++) {
      const c = statements[i].content;
      if (q.start < c.start || q.end > c.end) continue;
      if (best < 0) best = i;
      else {
        const b = statements[best].content;
        if (c.end - c.start < b.end - b.start) best = i;
      }
    }
    if (best < 0) {
      if (q.statement === undefined) return q;
      const { statement: _drop, ...rest } = q;
      return rest;
    }
    return { ...q, statement: best };
  });
}
