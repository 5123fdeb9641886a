/**
 * Resolve step 0: the organisation rules are the sub-patterns of one left-to-right scan (see
 * ../org.ts). Their candidates carry where they matched; this keeps what that scan keeps: at
 * each word the match of highest priority (lowest number), then the scan goes on at its `resume`
 * word — matches at words it skips, and lower-priority matches at the same word, are dropped.
 * Candidates of other rules pass unchanged. Linear after sorting.
 */
import type { EntityCandidate } from '../candidate.js';

export function applyScanOrder(candidates: EntityCandidate[]): EntityCandidate[] {
  const scanned: EntityCandidate[] = [];
  const out: EntityCandidate[] = [];
  for (const c of candidates) (c.scan ? scanned : out).push(c);
  if (!scanned.length) return candidates;
  scanned.sort((a, b) => a.scan!.anchor - b.scan!.anchor || a.scan!.priority - b.scan!.priority);
  let pos = 0;
  for (let k = 0; k < scanned.length; ) {
    const anchor = scanned[k].scan!.anchor;
    let end = k;
    while (end < scanned.length && scanned[end].scan!.anchor === anchor) end++;
    if (anchor >= pos) {
      const win = scanned[k];
      for (let j = k; j < end && scanned[j].scan!.priority === win.scan!.priority; j++) out.push(scanned[j]);
      pos = win.scan!.resume;
    }
    k = end;
  }
  return out;
}
