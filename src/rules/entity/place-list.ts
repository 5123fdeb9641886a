import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isNameWord, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, outlets, placeAt } from './lib/knowledge.js';
import { CARDINAL_DIRECTION, PLACE_LIST_NOUNS, PLACE_PREPOSITION, ROUTE_HEAD } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-list';
const CONJUNCTION = new Set(['und', 'oder', 'sowie', 'bis', 'beziehungsweise', 'bzw.']);

interface Member {
  start: number;
  len: number;
  /** LOC of the gazetteer: 'strong' (the gazetteer rule finds it anywhere), 'weak' (a small town or common word), or null (unknown name). */
  known: 'strong' | 'weak' | null;
  name: string;
}

/**
 * Places that share a place slot: the members of a list after a place preposition whose first
 * member is a known place („in Köln, Bonn und Siegburg“), both sides of „zwischen X und Y“ (one a
 * known place, or any two after a route: „die Straße zwischen X und Y“), the list after „Städten wie“ / „Orten wie“
 * (or right after the plural: „den Städten Dornbirn und Hohenems“), both ends of a way („von Borken
 * ins Ruhrgebiet“, „von Wipfeld bis Münsterschwarzach“), a chain of names joined by slashes with
 * two towns among them („Volkach/Kolitzheim/Gerolzhofen“) and the name after „Richtung“. Small
 * towns, towns named like a common word and unknown names then count as LOC; persons, roles,
 * outlets, organisations and common nouns do not.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„zwischen Müncheberg und Hoppegarten“, „in Städten wie Plattling oder Osterhofen“ → LOC (places in a list)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const emit = (m: Member): void => {
      if (m.known === 'strong' || !bare(us, m)) return; // the gazetteer rule has it; „nach Olaf Scholz“
      const a = us[m.start];
      const b = us[m.start + m.len - 1];
      out.push({ text: doc.source.slice(a.start, b.end), start: a.start, end: b.end, type: 'LOC', name: m.name, rule: ID, confidence: 2 });
    };
    for (let i = 0; i + 1 < us.length; i++) {
      const w = us[i];
      if (w.type !== 'word' || w.capsLine) continue;
      const low = w.text.toLowerCase();
      if (w.text === 'Richtung' || (low === 'richtung' && i > 0 && /^(in|aus)$/i.test(us[i - 1].text))) {
        const m = member(lexicon, us, i + 1);
        if (m && !CARDINAL_DIRECTION.test(us[i + 1].text)) emit(m);
        continue;
      }
      // „Volkach/Kolitzheim/Gerolzhofen“, „Kaufungen/Helsa/Niestetal/Kassel.“: a chain of names
      // joined by slashes, two of them towns of the gazetteer (no surname), names places all
      const chain = slashChain(lexicon, us, i);
      if (chain) {
        for (const m of chain) emit(m);
        i = chain[chain.length - 1].start + chain[chain.length - 1].len - 1;
        continue;
      }
      // „von Borken ins Ruhrgebiet“, „von Wipfeld bis Münsterschwarzach“: both ends of a way from a place
      const way = low === 'von' || low === 'aus' ? wayAt(lexicon, us, i + 1) : null;
      if (way) {
        for (const m of way) emit(m);
        i = way[1].start + way[1].len - 1;
        continue;
      }
      let trigger: 'zwischen' | 'like' | 'named' | 'preposition' | null = null;
      let from = i + 1;
      if (low === 'zwischen') trigger = 'zwischen';
      else if (PLACE_LIST_NOUNS.has(w.text)) {
        if (us[from]?.text === ',') from++;
        // „in den Städten Dornbirn und Hohenems“: the names right after the plural
        if (us[from]?.text !== 'wie') trigger = 'named';
        else {
          from++;
          trigger = 'like';
        }
      } else if (PLACE_PREPOSITION.has(low) && !w.newline) trigger = 'preposition';
      if (!trigger) {
        // „Die Ausweichmöglichkeiten Burg, Brandenburg und Stendal“: a list with no place word before it, all of
        // its members places of the gazetteer, one of them a place found anywhere, the others no surname
        if (i > 0 && (us[i - 1].text === ',' || CONJUNCTION.has(us[i - 1].text))) continue;
        const bareList = listAt(lexicon, us, i);
        if (bareList.length >= 2 && bareList.some((m) => m.known === 'strong') && bareList.every((m) => m.known === 'strong' || (m.known && lexicon.surname(us[m.start].text) === null && lexicon.firstName(us[m.start].text) === null))) {
          for (const m of bareList) emit(m);
          i = bareList[bareList.length - 1].start + bareList[bareList.length - 1].len - 1;
        }
        continue;
      }
      // „auf der Kreisstraße zwischen Veckenstedt und Schmatzfeld“: after a route both ends are
      // places, also words that read as compounds the dictionary lacks („Schmatzfeld“)
      const route = trigger === 'zwischen' && i > 0 && us[i - 1].type === 'word' && ROUTE_HEAD.test(us[i - 1].text.toLowerCase());
      const list = listAt(lexicon, us, from, route);
      if (list.length < (trigger === 'like' ? 1 : 2)) continue;
      const placeCount = list.filter((m) => m.known).length;
      const strong = list.some((m) => m.known === 'strong');
      if (trigger === 'preposition') {
        // „in Köln, Bonn und Siegburg“: the first member is a place the gazetteer finds here
        if (!list[0].known) continue;
        // (a small town before unknown names: three members or more, none a listed surname — „aus
        // Brandis, Beucha und Polenz“)
        const villages = list.length >= 3 && list.every((m) => m.known || lexicon.surname(us[m.start].text) === null);
        if (!strong && !villages && list.some((m) => !m.known)) continue;
        for (const m of list.slice(1)) emit(m);
      } else if (trigger === 'zwischen') {
        // after a route even where none is known, but no listed surname („die Straße zwischen Müller und Roth“)
        const routeEnds = route && list.every((m) => m.known || lexicon.surname(us[m.start].text) === null);
        // a town and an unknown name that is no listed surname: „zwischen Oberkaufungen und Helsa“
        const townEnds = placeCount > 0 && list.every((m) => m.known || lexicon.surname(us[m.start].text) === null);
        if (list.length !== 2 || (!routeEnds && !townEnds && (placeCount === 0 || (!strong && list.some((m) => !m.known))))) continue;
        for (const m of list) emit(m);
      } else if (trigger === 'named') {
        // without „wie“ only places and unknown names that are no listed surname, one a known place
        if (placeCount === 0 || list.some((m) => !m.known && lexicon.surname(us[m.start].text) !== null)) continue;
        for (const m of list) emit(m);
      } else {
        for (const m of list) emit(m);
      }
      i = list[list.length - 1].start + list[list.length - 1].len - 1;
    }
    return out;
  },
};

/**
 * The members of a list from unit k: „A, B und C“, „A oder B“ (one to six members, each a place
 * name or an unknown capitalised name; the list stops at anything else). Members after commas
 * count only when a conjunction closes the list; an empty array when the first is no member.
 */
function listAt(lex: Lexicon, us: Unit[], k: number, loose = false): Member[] {
  const first = member(lex, us, k, loose);
  if (!first) return [];
  const list = [first];
  let closed = 1;
  let at = first.start + first.len;
  while (list.length < 6 && at + 1 < us.length) {
    const sep = us[at];
    const isComma = sep.text === ',';
    if (!isComma && !(sep.type === 'word' && CONJUNCTION.has(sep.text))) break;
    const m = member(lex, us, at + 1, loose);
    if (!m) break;
    list.push(m);
    if (!isComma) closed = list.length;
    at = m.start + m.len;
    if (!isComma) break;
  }
  return list.slice(0, closed);
}

/**
 * A list member at unit k: a LOC of the gazetteer (maybe several words) or an unknown name word
 * (loose: also a word that only reads as a compound, no dictionary word: „Schmatzfeld“).
 */
function member(lex: Lexicon, us: Unit[], k: number, loose = false, lineStart = false): Member | null {
  const u = us[k];
  if (!u || u.type !== 'word' || (u.newline && !lineStart) || u.capsLine || !isCapitalised(u.text) || u.possessive) return null;
  const at = placeAt(lex, us, k);
  if (at) {
    if (at.hit.type !== 'LOC') return null;
    const weak = at.hit.weak || at.hit.commonWord;
    return { start: k, len: at.len, known: weak ? 'weak' : 'strong', name: at.hit.name };
  }
  const town = u.parts.length === 1 ? lex.gazetteer().lookup(u.text, { commonTowns: true }) : null;
  if (town && town.type === 'LOC') return { start: k, len: 1, known: 'weak', name: town.canonical };
  if (!(isNameWord(lex, u) || (loose && u.parts.length === 1 && !lex.isCommonWord(u.text))) || isRole(lex, u) || outlets(lex).has(u.text) || lookupPlace(lex, u) || lex.firstName(u.text)) return null;
  return { start: k, len: 1, known: null, name: u.text };
}

/** Words after the start of a way that name its end: „nach“, „bis“, „ins“, „in“, „zum“. */
const WAY_END = /^(?:nach|bis|ins|in|zum|zur|Richtung)$/;

/**
 * „von X nach Y“, „aus X ins Y“, „von X bis Y“ from unit k (X's first word): both ends are places
 * when one is a town of the gazetteer and the other a place or an unknown name that is no listed
 * surname or first name („von Merkel bis Scholz“ has no place; „von Montag bis Freitag“ no names).
 */
function wayAt(lex: Lexicon, us: Unit[], k: number): Member[] | null {
  const a = member(lex, us, k);
  if (!a) return null;
  const sep = us[a.start + a.len];
  if (!sep || sep.type !== 'word' || sep.newline || !WAY_END.test(sep.text)) return null;
  const b = member(lex, us, a.start + a.len + 1);
  if (!b || !(a.known || b.known)) return null;
  if ([a, b].some((m) => !m.known && lex.surname(us[m.start].text) !== null)) return null;
  return [a, b];
}

/**
 * A chain of two or more names joined by slashes from unit i: every link a place or an unknown
 * name word, two of them towns of the gazetteer that are no listed surname („Müller/Schmidt“ are
 * authors). Null when there is none.
 */
function slashChain(lex: Lexicon, us: Unit[], i: number): Member[] | null {
  if (i > 0 && us[i - 1].text === '/') return null;
  // (a dateline opens a line: „Kaufungen/Helsa/Niestetal/Kassel. …“)
  const first = member(lex, us, i, true, true);
  if (!first || us[first.start + first.len]?.text !== '/') return null;
  const chain = [first];
  let at = first.start + first.len;
  while (at + 1 < us.length && us[at].text === '/' && !us[at + 1].newline) {
    // (loose: also a word that only reads as a compound the dictionary lacks: „Niestetal“)
    const m = member(lex, us, at + 1, true);
    if (!m) return null;
    chain.push(m);
    at = m.start + m.len;
  }
  const towns = chain.filter((m) => m.known && lex.surname(us[m.start].text) === null).length;
  return chain.length >= 2 && towns >= 2 ? chain : null;
}

/** A member not followed by a capitalised word („nach Olaf Scholz“ is no list of places). */
function bare(us: Unit[], m: Member): boolean {
  const next = us[m.start + m.len];
  return !next || next.type !== 'word' || next.newline || !isCapitalised(next.text);
}

export default rule;
