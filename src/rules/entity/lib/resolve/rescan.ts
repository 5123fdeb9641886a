/**
 * Resolve step 5: every further occurrence of a known name, alias or unambiguous surname becomes
 * a mention (also with a genitive -s, and as the first part of a hyphen compound: „Scholz-Kritik“).
 * One pass over the words; a phrase is extended only while some known form starts with it.
 */
import { decapitalise, isAllCaps, isCapitalised, isCommon, isInitials, type Unit } from '../words.js';
import type { Lexicon } from '../../../../lexicon/index.js';
import { NAME_DETERMINERS, NAME_PARTICLES } from '../../../../lexicon/de/entity-words.js';
import { PREPOSITIONS } from '../../../../lexicon/de/prepositions.js';
import { strongPlace } from '../knowledge.js';
import { personTokens } from './names.js';
import { cmpStr, type Draft, type ResolveContext } from './state.js';

export function rescanMentions(drafts: Draft[], { doc, lexicon, us }: ResolveContext): void {
  // surnames usable alone: tokens of a person's name no other entity shares; the surname (last
  // token) also when it is a common word („Sebastian Kurz“ … „sagte Kurz“), then only where a
  // name can stand (see commonSurnameMention)
  const tokenOwners = new Map<string, Set<number>>();
  const commonTokens = new Set<string>();
  drafts.forEach((d, idx) => {
    if (d.type !== 'PER' || !d.name.includes(' ')) return;
    const tokens = personTokens(d.name);
    tokens.forEach((t, ti) => {
      if (t.length < 3 || strongPlace(lexicon, t)) return;
      if (isCommon(lexicon, t)) {
        if (ti !== tokens.length - 1 || !isCapitalised(t) || t.includes('-') || lexicon.isFunctionWord(decapitalise(t))) return;
        commonTokens.add(t);
      }
      if (!tokenOwners.has(t)) tokenOwners.set(t, new Set());
      tokenOwners.get(t)!.add(idx);
    });
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
    // „Ursula von der Leyen“ … „mahnte von der Leyen“, „Von der Leyen sagte“: the surname with its particles
    const words = d.type === 'PER' ? d.name.split(' ') : [];
    let p = words.length - 1;
    while (p > 1 && NAME_PARTICLES.has(words[p - 1])) p--;
    if (p < words.length - 1 && p > 0) {
      const tail = words.slice(p).join(' ');
      addForm(tail, idx);
      addForm(tail[0].toUpperCase() + tail.slice(1), idx);
    }
  });
  // a common-word surname found as a name of its own (a candidate's text) needs no context check;
  // one that is a word of an organisation's or place's name is no surname alone („Eitle“ beside
  // „Eitle Glas- und Metallbau GmbH“)
  const otherWords = new Set(drafts.filter((d) => d.type !== 'PER').flatMap((d) => d.name.split(/[\s-]+/)));
  for (const t of [...commonTokens]) {
    if (formOwner.has(t) || ambiguous.has(t)) commonTokens.delete(t);
    else if (otherWords.has(t)) {
      commonTokens.delete(t);
      tokenOwners.delete(t);
    }
  }
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
    if (hit.b === i + 1 && commonTokens.has(u.text) && !commonSurnameMention(lexicon, us, i)) continue;
    const start = u.start;
    const end = us[hit.b - 1].end;
    if (isCovered(start, end)) continue;
    drafts[hit.idx].mentions.push({ text: doc.source.slice(start, end), start, end });
    i = hit.b - 1;
  }
}

/**
 * Unit i, a person's surname that is also a common word („Kurz“, „Stahl“, „Grün“), is the person
 * here: capitalised inside a sentence and after no article, determiner or contracted preposition
 * („das Grün“, „im Grünen“) — after no preposition either when it is a noun („aus Stahl“), and
 * with no capitalised word after it („Stahl Werke“); at a sentence start only before a verb form
 * that is no participle („Kurz erinnerte“, not „Kurz nach 16 Uhr“, „Kurz gesagt“), or before a colon
 * and a quotation („Hort: »…«“).
 */
function commonSurnameMention(lex: Lexicon, us: Unit[], i: number): boolean {
  const u = us[i];
  if (u.possessive || u.parts.length > 1) return false;
  const next = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : undefined;
  if (next && next.type === 'word' && isCapitalised(next.text)) return false;
  if (u.initial || u.newline || i === 0) {
    // „Hort: »Im Ergebnis …«“: a colon and a quotation after it (the interview or colon-quote form)
    if (next && next.text === ':' && i + 2 < us.length && /^[„“"»«‚‘]$/.test(us[i + 2].text)) return true;
    if (!next || next.type !== 'word' || !/^\p{Ll}/u.test(next.text) || /^ge/.test(next.text) || PREPOSITIONS.has(next.text)) return false;
    return lex.verbLemmas(next.text).length > 0;
  }
  const prev = us[i - 1];
  if (prev.type !== 'word') return true;
  // an initial before it makes another name: „B. Braun“ (a company), „H. Kurz“
  if (isInitials(prev.text)) return false;
  const p = prev.text.toLowerCase();
  if (NAME_DETERMINERS.has(p) || /^(?:im|am|ins|zum|zur|vom|beim|ans|aufs|ums)$/.test(p)) return false;
  // a declined adjective before it makes it a noun: „guter Stahl“
  if (/^\p{Ll}.*e[mnrs]?$/u.test(prev.text) && lex.isAdjective(prev.text)) return false;
  return !(lex.isNoun(u.text) && PREPOSITIONS.has(p));
}
