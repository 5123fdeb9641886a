import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAllCaps, isNameWord, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, outlets } from './lib/knowledge.js';

const ID = 'entity/place-dateline';
/** An agency or outlet in brackets after a dateline place: „(dpa)“, „(AFP)“, „(ots)“. */
const AGENCY = /^[\p{L}\d/&.-]{2,12}$/u;

/**
 * A dateline written in capitals at the start of a line: „BERLIN (dpa) – …“, „KASSEL. Die …“,
 * „BAD HERSFELD/FULDA – …“. The capitals are read in title case („Bad Hersfeld“, „Fulda“); a name
 * the gazetteer knows (towns of any size, also those named like a common word) counts when a full
 * stop, a dash, a slash or a bracket follows, an unknown one only before an agency in brackets and
 * a dash. A headline in capitals (two or more words of four or more capitals) is no dateline.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„KASSEL. Die Stadt …“, „BERLIN (dpa) – …“ → LOC Kassel, LOC Berlin (datelines in capitals)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      if (!(i === 0 || us[i].newline)) continue;
      // „Wolkersried – Die Feuerwehr …“: an unknown name in title case before a dash, then a long line
      const plain = titleDateline(lexicon, us, i);
      if (plain) {
        out.push({ text: doc.source.slice(us[i].start, us[i].end), start: us[i].start, end: us[i].end, type: 'LOC', name: us[i].text, rule: ID, confidence: 2 });
        continue;
      }
      // one or two places: „PASSAU/DEGGENDORF –“
      let k = i;
      for (let round = 0; round < 2 && k < us.length; round++) {
        const len = capsName(us, k);
        if (len === 0) break;
        const after = k + len < us.length ? us[k + len] : null;
        if (!after || after.newline || !/^[–—\-/(.,:]$/.test(after.text)) break;
        const name = us
          .slice(k, k + len)
          .map((u) => titleCase(u.text))
          .join(' ');
        const hit = lookupPlace(lexicon, name) ?? townOf(lexicon, name);
        if (!hit && !(after.text === '(' && agencyThenDash(us, k + len))) break;
        if (hit && hit.type !== 'LOC') break;
        const start = us[k].start;
        const end = us[k + len - 1].end;
        out.push({ text: doc.source.slice(start, end), start, end, type: 'LOC', name: hit ? hit.name : name, rule: ID, confidence: 3 });
        if (after.text !== '/') break;
        k += len + 1;
      }
    }
    return out;
  },
};

/** Words in capitals from unit k (at most three: „BAD HERSFELD“), none a one-letter word. */
function capsName(us: Unit[], k: number): number {
  let n = 0;
  while (n < 3 && k + n < us.length) {
    const u = us[k + n];
    if (u.type !== 'word' || (n > 0 && u.newline) || u.text.length < 2 || !isAllCaps(u.text) || !/^\p{L}[\p{L}-]*$/u.test(u.text)) break;
    n++;
  }
  return n;
}

/**
 * A title-case dateline no gazetteer knows: one name word (no common word, first name, role,
 * outlet or organisation) first on its line, a dash, and at least eight more words on the line.
 */
function titleDateline(lex: Lexicon, us: Unit[], i: number): boolean {
  const u = us[i];
  const dash = us[i + 1];
  if (u.type !== 'word' || u.capsLine || isAllCaps(u.text) || !dash || !/^[–—-]$/.test(dash.text) || dash.newline) return false;
  if (!isNameWord(lex, u) || isRole(lex, u) || outlets(lex).has(u.text) || lex.firstName(u.text) !== null || lookupPlace(lex, u)) return false;
  let words = 0;
  for (let k = i + 2; k < us.length && !us[k].newline; k++) if (us[k].type === 'word') words++;
  return words >= 8;
}

/** „(dpa) –“: a short agency name in brackets, then a dash. */
function agencyThenDash(us: Unit[], open: number): boolean {
  const name = us[open + 1];
  const close = us[open + 2];
  const dash = us[open + 3];
  return !!name && !!close && !!dash && AGENCY.test(name.text) && close.text === ')' && /^[–—-]$/.test(dash.text);
}

/** „BAD-HERSFELD“ → „Bad-Hersfeld“, „KÖLN-DEUTZ“ → „Köln-Deutz“. */
function titleCase(w: string): string {
  return w
    .split('-')
    .map((p) => p.charAt(0) + p.slice(1).toLowerCase())
    .join('-');
}

/** A town of the gazetteer also when its name is a common word („HALLE.“, „ESSEN –“). */
function townOf(lex: Lexicon, name: string): { name: string; type: 'LOC' } | null {
  const e = lex.gazetteer().lookup(name, { commonTowns: true });
  return e && e.type === 'LOC' ? { name: e.canonical, type: 'LOC' } : null;
}

export default rule;
