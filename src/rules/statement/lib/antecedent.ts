/**
 * The statement a cue-less sentence continues (a verbless quote, a Konjunktiv-I sentence): the
 * most recent candidate of the first pass (the enabled rules' `find`) that ends within the last
 * few sentences. Continuation rules read it in their second pass (`continueFrom`), never by
 * running other rules, so a disabled rule's statements are continued by nothing.
 */
import type { RuleContext } from '../../types.js';
import { sentenceAt } from '../../../text/analyse.js';
import type { StatementCandidate } from './types.js';

/**
 * The latest candidate of `found` whose content ends before `pos`, at most `maxBack` sentences
 * back. Of two that end at the same offset, the indirect one (the reported clause around a
 * quote), then the later one in `found`.
 */
export function antecedentBefore(ctx: RuleContext, found: readonly StatementCandidate[], pos: number, maxBack: number): StatementCandidate | null {
  const sen = sentenceAt(ctx.doc, pos);
  const byEnd = endIndex(found);
  // the candidates by content end, latest first: the first end with a candidate that qualifies wins
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byEnd[mid].content.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; ) {
    const end = byEnd[k].content.end;
    // ends further back lie in earlier sentences only
    if (sen - sentenceAt(ctx.doc, end - 1) > maxBack) return null;
    // the candidates ending here, in the order of `found`: the last indirect one, else the first
    let best: StatementCandidate | null = null;
    let j = k;
    while (j >= 0 && byEnd[j].content.end === end) j--;
    for (let m = j + 1; m <= k; m++) {
      const c = byEnd[m];
      if (c.cue.start > pos) continue;
      if (!best || c.kind === 'indirect') best = c;
    }
    if (best) return best;
    k = j;
  }
  return null;
}

/** `found` sorted by content end (stable: the order of `found` among equal ends), once per list. */
const endIndexes = new WeakMap<readonly StatementCandidate[], { size: number; sorted: StatementCandidate[] }>();
function endIndex(found: readonly StatementCandidate[]): StatementCandidate[] {
  const known = endIndexes.get(found);
  if (known && known.size === found.length) return known.sorted;
  const sorted = found.slice().sort((a, b) => a.content.end - b.content.end);
  endIndexes.set(found, { size: found.length, sorted });
  return sorted;
}
