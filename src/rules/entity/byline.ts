import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { isCapitalised, isCommon, isInitials, units, type Unit } from './lib/words.js';
import { isRole, outlets, strongPlace } from './lib/knowledge.js';
import { BYLINE_SEPARATORS, BYLINE_START } from '../../lexicon/de/entity-media.js';

const ID = 'entity/byline';
const CREDIT_WORDS = /^(herausgegeben|bearbeitet|redigiert|übersetzt|Redaktion|Bearbeitung|Mitarbeit|Editing|Reporting|berichtet|recherchiert|Text|Übersetzung|Mitwirkung)$/;

/**
 * Author credits: a parenthesised credit line „(Jack Kim, Ju-Min Park … herausgegeben von …)“, a
 * byline line „Von Anna Schmidt“ / a short line of names joined by „und“, „et“, and a possessive
 * outlet credit „Digital’s Mary J.K. Lawson und“ → PER for each name (two or three words).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„(Anna Lee, Min-Jun Choi und Tom Baker, herausgegeben von Claire Martin)“, „Von Anna Schmidt“ → PER' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const emit = (groups: Array<[number, number]>): void => {
      for (const [a, b] of groups) {
        const start = us[a].start;
        const end = us[b - 1].end;
        out.push({ text: doc.source.slice(start, end), start, end, type: 'PER', name: doc.text.slice(start, end), rule: ID, confidence: 3 });
      }
    };
    // 1. parenthesised credits
    for (let i = 0; i < us.length; i++) {
      if (us[i].text !== '(') continue;
      let j = i + 1;
      while (j < us.length && us[j].text !== ')' && j - i < 80) j++;
      if (j >= us.length || us[j].text !== ')') continue;
      const groups = nameGroups(lexicon, us, i + 1, j);
      const credit = us.slice(i + 1, j).some((u) => CREDIT_WORDS.test(u.text));
      if (groups.length >= 2 || (credit && groups.length >= 1)) emit(groups);
      i = j;
    }
    // 2. byline lines: "Von Anna Schmidt", "Par X et Y", a short line of names only
    let lineStart = 0;
    for (let i = 0; i <= us.length; i++) {
      if (i < us.length && !(i > lineStart && us[i].newline)) continue;
      const a = lineStart;
      const b = i;
      lineStart = i;
      if (b - a > 16 || b === a) continue;
      if (us.slice(a, b).some((u) => u.text === '.' || u.text === '!' || u.text === '?')) continue;
      const start = BYLINE_START.has(us[a].text) ? a + 1 + (us[a + 1]?.text === ':' ? 1 : 0) : a;
      const groups = nameGroups(lexicon, us, start, b);
      const covered = groups.reduce((n, [x, y]) => n + y - x, 0);
      const words = us.slice(start, b).filter((u) => u.type === 'word' && !BYLINE_SEPARATORS.has(u.text)).length;
      if (groups.length >= 1 && (start > a || groups.length >= 2) && covered >= words - 1 && covered >= 2) emit(groups);
    }
    // 3. possessive outlet credit: "Digital’s Mary J.K. Lawson und"
    for (let i = 0; i + 2 < us.length; i++) {
      if (!us[i].possessive || !us[i].initial) continue;
      const groups = nameGroups(lexicon, us, i + 1, Math.min(us.length, i + 12));
      if (groups.length && groups[0][0] === i + 1) emit([groups[0]]);
    }
    return out;
  },
};

/**
 * Groups of two to four capitalised words (or initials) separated by commas / und / et in units
 * [a, b); a leading common noun of a three-word group is dropped ("Paar Ju-min Park"), a group
 * ends at a lower-case word ("für die französische Version").
 */
function nameGroups(lex: Lexicon, us: Unit[], a: number, b: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let k = a;
  while (k < b) {
    const u = us[k];
    if (!(u.type === 'word' && isCapitalised(u.text) && !lex.isFunctionWord(u.text))) {
      k++;
      continue;
    }
    let e = k;
    while (e < b && us[e].type === 'word' && (isCapitalised(us[e].text) || isInitials(us[e].text)) && !BYLINE_SEPARATORS.has(us[e].text) && !(e > k && us[e].newline)) e++;
    let s = k;
    if (e - s >= 3 && isCommon(lex, us[s])) s++;
    const n = e - s;
    const ok =
      n >= 2 &&
      n <= 4 &&
      (e >= b || BYLINE_SEPARATORS.has(us[e].text) || us[e].type !== 'word' || /^[a-zäöü]/.test(us[e].text)) &&
      us.slice(s, e).some((x) => !isCommon(lex, x)) &&
      !isRole(lex, us[s]) &&
      !us.slice(s, e).some((x) => strongPlace(lex, x) || outlets(lex).has(x.text) || x.capsLine || CREDIT_WORDS.test(x.text));
    if (ok) groups.push([s, e]);
    k = e + 1;
  }
  return groups;
}

export default rule;
