import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, isCommon, isNameWord, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, outlets } from './lib/knowledge.js';
import { looseNameWord } from './lib/names.js';
import { PLACE_CONTEXT_PREPOSITIONS, PLACE_NOUNS, GEO_PREFIX, GEO_PARTICLE, TOPONYM_ENDING } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-context';
/** At a sentence start only „In“ and „Aus“ are sure place cues („Bei Amoxicillin …“, „Nach Trump …“ are not). */
const SENTENCE_START_PREPOSITION = /^(In|Aus)$/;
/** Named city quarters: the modifier is a name, the head a word for a quarter. */
const DISTRICT = /^([A-ZÄÖÜ][a-zäöüß]{2,})(?:viertel|kiez|quartier)$/;
/** A street noun after „der“ whose name follows: „in der Straße Waldwinkel“, „an der Gasse „Am Graben““. */
const STREET_NOUN = /^(?:Straße|Strasse|Gasse)$/;
const OPEN_QUOTE = /^[„"»]$/;
const CLOSE_QUOTE = /^[“”"«]$/;
function isStreet(us: Unit[], i: number): boolean {
  const prev = us[i - 1];
  return prev.type === 'word' && STREET_NOUN.test(prev.text) && i >= 2 && us[i - 2].text === 'der';
}

/**
 * „beim Penaltyschießen“, „nach Penaltyschießen“: a contracted article or „nach“ + a compound whose
 * head is a verb's infinitive is an activity, no place (place-name endings like -hausen, -bergen aside).
 */
/** Verb infinitives that end town names: „Möllbergen“, „Laufen“, „Oberweiden“. */
const TOWN_VERB_ENDING = /^(?:bergen|laufen|weiden|graben|leben|hausen|stetten|lassen)$/;

function nominalisedVerb(lex: Lexicon, prev: string, w: string): boolean {
  if (!/^(?:beim|zum|nach)$/.test(prev) || TOPONYM_ENDING.test(w)) return false;
  for (let i = 3; i <= w.length - 5; i++) {
    const tail = w.slice(i);
    if (/^[a-zäöüß]+en$/.test(tail) && !TOWN_VERB_ENDING.test(tail) && lex.verbLemma(tail) === tail) return true;
  }
  return false;
}

/**
 * An unknown capitalised word in a place slot: after „in“, „nach“, „aus“, „bei“, „Nähe von“ or a
 * place noun („Region Donezk“, „Gebiet Kursk“) and not followed by another capitalised word
 * → LOC. Known common words and names of people do not qualify.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„in der Nähe von Vladiwostok“, „in der Region Kupjansk“ → LOC (unknown names in a place context)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    // foreign geographic names: "Col du Galibier", "Mont Blanc", "Lake Tahoe", "Monte Rosa"
    for (let i = 0; i + 1 < us.length; i++) {
      const g = us[i];
      if (g.type !== 'word' || g.capsLine || !GEO_PREFIX.has(g.text)) continue;
      let b = i + 1;
      while (b < us.length && b - i <= 4 && us[b].type === 'word' && !us[b].newline && (GEO_PARTICLE.has(us[b].text) || (isCapitalised(us[b].text) && !isCommon(lexicon, us[b])))) b++;
      while (b > i + 1 && GEO_PARTICLE.has(us[b - 1].text)) b--;
      if (b === i + 1) continue;
      out.push({ text: doc.source.slice(g.start, us[b - 1].end), start: g.start, end: us[b - 1].end, type: 'LOC', name: doc.text.slice(g.start, us[b - 1].end), rule: ID, confidence: 2 });
      i = b - 1;
    }
    for (let i = 1; i < us.length; i++) {
      const u = us[i];
      // a street's name in quotation marks after the noun: „an der Straße „Am Busch““ (one to four
      // words, the first capitalised, the last word before the closing mark)
      if (isStreet(us, i) && OPEN_QUOTE.test(u.text)) {
        let b = i + 1;
        while (b < us.length && b - i <= 4 && us[b].type === 'word' && !us[b].newline) b++;
        const first = us[i + 1];
        if (b > i + 1 && b < us.length && CLOSE_QUOTE.test(us[b].text) && first && isCapitalised(first.text)) {
          const last = us[b - 1];
          out.push({ text: doc.source.slice(first.start, last.end), start: first.start, end: last.end, type: 'LOC', name: doc.text.slice(first.start, last.end), rule: ID, confidence: 2 });
          i = b;
        }
        continue;
      }
      if (u.type !== 'word' || u.capsLine || u.newline || !isCapitalised(u.text)) continue;
      // a named quarter: „im Bremer Ostertorviertel“, „im Wrangelkiez“ (not „Bahnhofsviertel“)
      const quarter = DISTRICT.exec(u.text);
      if (quarter && u.parts.length === 1 && !lexicon.isCommonWord(u.text)) {
        const mod = quarter[1].replace(/s$/, '');
        if (![quarter[1], mod].some((m) => lexicon.isCommonWord(m) || lexicon.isCommonWord(m.toLowerCase()))) {
          out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 2 });
          continue;
        }
      }
      const prev = us[i - 1];
      const street = isStreet(us, i);
      // „in St. Andrä-Wördern“, „nach St. Wolkenberg“: a place named after a saint, after a place preposition
      if (u.text === 'St.' && prev.type === 'word' && PLACE_CONTEXT_PREPOSITIONS.has(prev.text)) {
        const n = us[i + 1];
        const after = us[i + 2];
        if (n && n.type === 'word' && !n.newline && isCapitalised(n.text) && !isCommon(lexicon, n) && lexicon.firstName(n.text) === null && !(after && after.type === 'word' && !after.newline && isCapitalised(after.text))) {
          out.push({ text: doc.source.slice(u.start, n.end), start: u.start, end: n.end, type: 'LOC', name: `St. ${n.text}`, rule: ID, confidence: 2 });
          i++;
          continue;
        }
      }
      const cue =
        (prev.type === 'word' && (PLACE_CONTEXT_PREPOSITIONS.has(prev.text) || (prev.initial && SENTENCE_START_PREPOSITION.test(prev.text)))) ||
        (prev.type === 'word' && PLACE_NOUNS.test(prev.text)) ||
        street ||
        (prev.text === 'von' && i >= 2 && /^Nähe$/.test(us[i - 2].text));
      if (!cue) continue;
      // after a place noun ("Landkreis Pfaffenhofen") an unknown compound-looking word will do too
      // after a place noun ("Landkreis Pfaffenhofen") an unknown singular compound will do too;
      // not after a bare preposition ("in Echtzeit", "in Grenznähe")
      const looseCue = (prev.type === 'word' && PLACE_NOUNS.test(prev.text)) || street;
      // after a bare preposition a compound with a place-name ending the dictionary lacks: „in Klostermoor“
      const toponym = TOPONYM_ENDING.test(u.text) && u.parts.length === 1 && !lexicon.isCommonWord(u.text) && !lexicon.isNoun(u.text);
      const nameLike = isNameWord(lexicon, u) || ((looseCue || toponym) && looseNameWord(lexicon, u) && lexicon.nounLemma(u.text) === u.text);
      if (!nameLike || isRole(lexicon, u) || outlets(lexicon).has(u.text) || u.parts.length > 2) continue;
      if (lookupPlace(lexicon, u)) continue; // the gazetteer rule has it
      if (nominalisedVerb(lexicon, prev.text, u.text)) continue;
      // a word that is no place + an abbreviation: „nach Hämorrhoiden-OP“, „in Corona-WG“ — no place
      const hy = u.text.split('-');
      if (hy.length === 2 && /^\p{Lu}{2,4}$/u.test(hy[1]) && !lookupPlace(lexicon, hy[0])) continue;
      const next = i + 1 < us.length ? us[i + 1] : null;
      if (next && next.type === 'word' && !next.newline && isCapitalised(next.text)) continue; // "in Putins Krieg", "nach Olaf Scholz"
      if (u.possessive) continue;
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
