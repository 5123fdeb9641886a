/**
 * Resolve step 1: valid candidates, no overlaps — the surer candidate wins (confidence), then the
 * longer span, then the earlier; a genitive name read as first name + surname is cut back.
 */
import type { EntityCandidate } from '../candidate.js';
import { isCommon } from '../words.js';
import { COMPANY_SUFFIXES, ENGLISH_ORG_HEADS } from '../../../../lexicon/de/entity-org.js';
import { cmpStr, type ResolveContext } from './state.js';

/** The candidates that survive, sorted by start (and rule). */
export function keepNonOverlapping(candidates: EntityCandidate[], { doc, lexicon }: ResolveContext): EntityCandidate[] {
  // a foreign fixed phrase of name shape is no person: „Corpus Delicti“, „Status Quo“
  const phrases = lexicon.list('foreign-phrases');
  const valid0 = candidates.filter((c) => c.start < c.end && c.end <= doc.source.length && doc.source.slice(c.start, c.end) === c.text && c.name.trim() !== '' && !(c.type === 'PER' && phrases.has(c.text)));
  // a known organisation name that opens a longer organisation name gives way to it: „Fresenius“
  // in „Fresenius Medical Care“ (else the known name wins and the rest reads as a person)
  // („Siemens AG“ stays Siemens: a legal form adds no name)
  const orgEnds = new Map<number, number>();
  for (const c of valid0) {
    if (c.type !== 'ORG' || c.confidence === 3) continue;
    const last = c.text.slice(c.text.lastIndexOf(' ') + 1);
    if (!COMPANY_SUFFIXES.has(last)) orgEnds.set(c.start, Math.max(orgEnds.get(c.start) ?? 0, c.end));
  }
  // a known place that opens an English institution name gives way to it too: „Ohio“ in „Ohio
  // State University“, „Hamburg“ in „Hamburg Port Authority“
  const englishEnds = new Map<number, number>();
  for (const c of valid0) {
    if (c.type === 'ORG' && c.confidence < 3 && ENGLISH_ORG_HEADS.has(c.text.slice(c.text.lastIndexOf(' ') + 1))) englishEnds.set(c.start, Math.max(englishEnds.get(c.start) ?? 0, c.end));
  }
  // (by whole words: „Continental-Konzern“ stays Continental)
  // a known place after a name particle inside a person's name gives way to the person: „Angern“ in
  // „Eva von Angern“, „Damme“ in „Niek Jan van Damme“ (a person from a town is „aus“ it in news copy)
  const particlePlaces = new Set<number>();
  for (const c of valid0) {
    if (c.type !== 'PER') continue;
    const m = /^(.+? )(?:von|van|de|zu)(?: der| den)? (?=\S+$)/u.exec(c.text);
    if (m) particlePlaces.add(c.start + m[0].length);
  }
  const valid = valid0.filter((c) => !(c.type === 'LOC' && particlePlaces.has(c.start)) && !(c.confidence === 3 && doc.source[c.end] === ' ' && ((c.type === 'ORG' && (orgEnds.get(c.start) ?? 0) > c.end) || (c.type === 'LOC' && (englishEnds.get(c.start) ?? 0) > c.end))));
  const order = [...valid].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start || cmpStr(a.rule, b.rule) || cmpStr(a.name, b.name),
  );
  const kept: EntityCandidate[] = [];
  const taken = new Uint8Array(doc.source.length + 1);
  for (const c of order) {
    let free = true;
    for (let p = c.start; p < c.end; p++) {
      if (taken[p]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  kept.sort((a, b) => a.start - b.start || cmpStr(a.rule, b.rule));
  return kept;
}

/**
 * "Putins Krieg" (a genitive name + a common noun read as first name + surname): when the name
 * without -s is known from another candidate, keep only the genitive name.
 */
export function cutGenitiveFirstNames(kept: EntityCandidate[], { doc, lexicon }: ResolveContext): void {
  const perTokens = new Set<string>();
  // the last word of a longer person's name: „Lafontaines Vorstoß“ after „Oskar Lafontaines“
  const surnames = new Set<string>();
  for (const c of kept) {
    if (c.type !== 'PER') continue;
    const words = c.name.split(' ');
    for (const t of words) perTokens.add(t);
    if (words.length > 1) surnames.add(words[words.length - 1]);
  }
  for (const c of kept) {
    if (c.type !== 'PER' || c.rule !== 'entity/name-shape') continue;
    const parts = c.name.split(' ');
    if (parts.length !== 2 || !parts[0].endsWith('s') || !(perTokens.has(parts[0].slice(0, -1)) || surnames.has(parts[0]))) continue;
    if (!isCommon(lexicon, parts[1])) continue;
    c.end = c.start + parts[0].length;
    c.text = doc.source.slice(c.start, c.end);
    c.name = parts[0];
  }
}
