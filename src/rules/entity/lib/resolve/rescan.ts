/**
 * Resolve step 5: every further occurrence of a known name, alias or unambiguous surname becomes
 * a mention (also with a genitive -s, and as the first part of a hyphen compound: „Scholz-Kritik“).
 * One pass over the words; a phrase is extended only while some known form starts with it.
 */
import { isAllCaps, isCapitalised, isCommon } from '../words.js';
import { strongPlace } from '../knowledge.js';
import { personTokens } from './names.js';
import { cmpStr, type Draft, type ResolveContext } from './state.js';

export function rescanMentions(drafts: Draft[], { doc, lexicon, us }: ResolveContext): void {
  // surnames usable alone: tokens of a person's name no other entity shares
  const tokenOwners = new Map<string, Set<number>>();
  drafts.forEach((d, idx) => {
    if (d.type !== 'PER' || !d.name.includes(' ')) return;
    for (const t of personTokens(d.name)) {
      if (t.length < 3 || isCommon(lexicon, t) || strongPlace(lexicon, t)) continue;
      if (!tokenOwners.has(t)) tokenOwners.set(t, new Set());
      tokenOwners.get(t)!.add(idx);
    }
  });
  const formOwner = new Map<string, number>();
  const ambiguous = new Set<string>();
  const addForm = (f: string, idx: number): void => {
    if (ambiguous.has(f)) return;
    const o = formOwner.get(f);
    if (o !== undefined && o !== idx) {
      ambiguous.add(f);
      formOwner.delete(f);
      return;
    }
    formOwner.set(f, idx);
  };
  drafts.forEach((d, idx) => {
    for (const f of d.forms) if (f.length >= 2 && (isCapitalised(f) || isAllCaps(f))) addForm(f, idx);
  });
  for (const [t, owners] of [...tokenOwners.entries()].sort((a, b) => cmpStr(a[0], b[0]))) {
    if (owners.size === 1) addForm(t, [...owners][0]);
    else ambiguous.add(t);
  }
  let maxWords = 1;
  // the word prefixes of the forms of several words: „Kim“, „Kim Jong-un“ of „Kim Jong-un Park“
  const prefixes = new Set<string>();
  for (const f of formOwner.keys()) {
    const words = f.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  const covered: Array<[number, number]> = drafts.flatMap((d) => d.mentions.map((m) => [m.start, m.end] as [number, number]));
  covered.sort((a, b) => a[0] - b[0]);
  const isCovered = (s: number, e: number): boolean => {
    // binary search on sorted starts
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][0] < e) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (covered[k][1] > s) return true;
    return false;
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    if (u.type !== 'word' || u.capsLine) continue;
    let acc = '';
    let hit: { idx: number; b: number } | null = null;
    for (let n = 1; n <= maxWords && i + n <= us.length; n++) {
      const w = us[i + n - 1];
      if (n > 1 && (w.type !== 'word' || w.newline || us[i + n - 2].possessive)) break;
      acc = n === 1 ? w.text : acc + ' ' + w.text;
      const own = formOwner.get(acc) ?? (acc.length > 3 && acc.endsWith('s') && !isAllCaps(acc) ? formOwner.get(acc.slice(0, -1)) : undefined);
      if (own !== undefined) hit = { idx: own, b: i + n };
      // a longer form starts with these words, or none does
      if (!prefixes.has(acc)) break;
    }
    if (!hit && u.parts.length > 1) {
      // the first part of a hyphen compound: "Verdi-Vize", "Scholz-Kritik"
      const first = u.parts[0];
      const own = formOwner.get(first);
      if (own !== undefined && first.length >= 2 && !isCovered(u.start, u.start + first.length)) {
        drafts[own].mentions.push({ text: doc.source.slice(u.start, u.start + first.length), start: u.start, end: u.start + first.length });
      }
      continue;
    }
    if (!hit) continue;
    const start = u.start;
    const end = us[hit.b - 1].end;
    if (isCovered(start, end)) continue;
    drafts[hit.idx].mentions.push({ text: doc.source.slice(start, end), start, end });
    i = hit.b - 1;
  }
}
