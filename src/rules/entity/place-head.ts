import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAllCaps, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace } from './lib/knowledge.js';
import { FACILITY_HEADS, FOREIGN_STREET_HEAD, NAMED_PLACE_HEAD, PLACE_HEAD_WORDS, REGIONAL_ADJECTIVE, STREET_HEAD } from '../../lexicon/de/entity-places.js';

const ID = 'entity/place-head';
/** Words before a street name that make it a kind, not a name: „eine Zufahrtsstraße“. */
/** Agent and Latin nouns in -tor: „Sicherheitsdirektor“, „Cheforganisator“, „Wetterkontor“ are no gates. */
const AGENT_NOUN = /(?:[aei]tor|ktor|ssor|otor|utor|kontor)$/;
/** Modifiers of kinds of street, not names: „Haupteinkaufsstraße“, „Umgehungsstraße“, „Seitenstraße“. */
const GENERIC_STREET = /(?:einkaufs|zufahrts|durchgangs|umgehungs|ausfall|verkehrs|neben|seiten|wohn|land|bundes|kreis|staats|gemeinde|anlieger|zubringer|geschäfts|flaniermeile|fußgänger|ufer|schotter|waldweg|rad|fuß|privat|zugangs|autobahn|haupt)$/i;
const INDEFINITE = /^(ein|eine|einer|einem|einen|eines|keine|keiner|jede|jeder|jedem|viele|mehrere|alle|zwei|drei|diese|dieser)$/i;

/**
 * Places named by their head: streets and squares („in der Kanalstraße“, „am Willy-Brandt-Platz“,
 * „am Potsdamer Platz“, „Præstegårdsvej“), named structures whose modifier is a name („Holstentor“,
 * „Alexanderplatz“), a facility head with its name („Flughafen Hahn“, „Bahnhof Zoo“) and street
 * names with „Am“ inside a sentence („die Straße Am Hafentor“). A compound the dictionary knows
 * („Hauptstraße“, „Parkplatz“), a plural, or one after an indefinite article or a lower-case
 * adjective („eine gesperrte Zufahrtsstraße“) is no name.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„in der Kanalstraße“, „am Holstentor“, „am Flughafen BER“ → LOC (place names by their head)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const push = (a: number, b: number, name: string): void => {
      out.push({ text: doc.source.slice(us[a].start, us[b].end), start: us[a].start, end: us[b].end, type: 'LOC', name, rule: ID, confidence: 3 });
    };
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine || !isCapitalised(u.text) || u.possessive) continue;
      // „des Online-Markt- und Meinungsforschungsinstituts“: a compound cut at a hyphen shares its
      // head with the next one, no place
      if (i + 1 < us.length && us[i + 1].text === '-' && !us[i + 1].space && (i + 2 >= us.length || us[i + 2].space)) continue;
      const prev = i > 0 ? us[i - 1] : null;
      const described = !!prev && prev.type === 'word' && (INDEFINITE.test(prev.text) || (/^[a-zäöü]/.test(prev.text) && lexicon.isAdjective(prev.text) && !lexicon.isFunctionWord(prev.text)));
      const next = i + 1 < us.length ? us[i + 1] : null;
      const nextName = !!next && next.type === 'word' && !next.newline && (isCapitalised(next.text) || isAllCaps(next.text));
      // „Flughafen Hahn“, „Bahnhof Zoo“, „Flughafen BER“
      // „im Kloster St. Johann“, „Friedhof St. Georg“: a facility named after a saint
      if (FACILITY_HEADS.has(u.text) && !described && next?.text === 'St.' && !next.newline && saintName(lexicon, us, i + 2)) {
        push(i, i + 2, `${u.text} St. ${us[i + 2].text}`);
        i += 2;
        continue;
      }
      // „des Flugplatzes Dübendorf“ (a head in the genitive); „dem rheinland-pfälzischen Flughafen
      // Hahn“ (an adjective before the head describes it when a town of the gazetteer names it)
      const facility = FACILITY_HEADS.has(u.text) || (/e?s$/.test(u.text) && FACILITY_HEADS.has(u.text.replace(/e?s$/, '')));
      // („auf dem rheinland-pfälzischen Flughafen Hahn“: after a regional adjective the one word
      // ending the phrase is the name, even a common noun)
      const regional = !!prev && REGIONAL_ADJECTIVE.test(prev.text) && nextName && !next!.possessive && !followedByName(us, i + 2) && !isRole(lexicon, next!.text);
      if (facility && nextName && (!described || regional || (!INDEFINITE.test(prev!.text) && townName(lexicon, next!.text))) && (facilityName(lexicon, us, i + 1) || regional)) {
        push(i, i + 1, `${u.text} ${next!.text}`);
        i++;
        continue;
      }
      // „Am Hafentor“ inside a sentence: a street name
      if (u.text === 'Am' && !u.initial && nextName && !next!.possessive && streetWord(lexicon, next!.text) && !followedByName(us, i + 2)) {
        push(i, i + 1, `Am ${next!.text}`);
        i++;
        continue;
      }
      // „Potsdamer Platz“, „Brandenburger Tor“: a place adjective in -er and a head word
      if (/^\p{Lu}\p{Ll}+er$/u.test(u.text) && next && PLACE_HEAD_WORDS.has(next.text) && !next.newline && lookupPlace(lexicon, u.text.slice(0, -2))) {
        push(i, i + 1, `${u.text} ${next.text}`);
        i++;
        continue;
      }
      if (described) continue;
      // „Willy-Brandt-Platz“, „Konrad-Adenauer-Straße“: names joined to a head by hyphens
      if (u.parts.length > 1) {
        const head = u.parts[u.parts.length - 1];
        const mods = u.parts.slice(0, -1);
        if (PLACE_HEAD_WORDS.has(head) && mods.every((p) => isCapitalised(p) && (!isCommon(lexicon, p) || lexicon.firstName(p) !== null || lookupPlace(lexicon, p) !== null))) push(i, i, u.text);
        continue;
      }
      if (lexicon.isCommonWord(u.text) || lexicon.isNoun(u.text)) continue;
      // „Thomas Möllring“, „Anna Kaisersberg“: after a listed first name a street-looking word is the surname
      if (prev && prev.type === 'word' && !u.newline && isCapitalised(prev.text) && lexicon.firstName(prev.text) !== null && !lookupPlace(lexicon, u)) continue;
      // „am Præstegårdsvej“, „Drottninggatan“: a street head of a neighbouring language
      // (-parken, also a German verb noun „Falschparken“, only after „am“)
      if (FOREIGN_STREET_HEAD.test(u.text) && (!u.text.endsWith('parken') || /^(?:am|Am)$/.test(prev?.text ?? ''))) {
        push(i, i, u.text);
        continue;
      }
      const street = STREET_HEAD.exec(u.text);
      if (street && !GENERIC_STREET.test(street[1])) {
        push(i, i, u.text);
        continue;
      }
      const named = NAMED_PLACE_HEAD.exec(u.text);
      if (named && !isRole(lexicon, u) && !AGENT_NOUN.test(u.text) && nameModifier(lexicon, named[1])) {
        // a stadium or arena with its town: „im Jahnstadion Regensburg“
        const nx = i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word' ? us[i + 1] : null;
        const town = !!nx && /(?:stadion|arena)$/.test(u.text) && isCapitalised(nx.text) && nx.parts.length === 1 && !followedByName(us, i + 2) && (lookupPlace(lexicon, nx) ?? lexicon.gazetteer().lookup(nx.text, { commonTowns: true }))?.type === 'LOC';
        if (town && lookupPlace(lexicon, nx)?.kind !== 'country') push(i, i + 1, u.text + ' ' + nx.text);
        else push(i, i, u.text);
      }
    }
    return out;
  },
};

/** The name after a facility head: a place, an acronym or a capitalised word no dictionary lists. */
function facilityName(lex: Lexicon, us: Unit[], k: number): boolean {
  const w = us[k].text;
  if (followedByName(us, k + 1)) return false;
  if (lookupPlace(lex, w)?.type === 'LOC' || lex.gazetteer().lookup(w, { commonTowns: true })?.type === 'LOC') return true;
  if (isAllCaps(w) && w.length >= 2 && w.length <= 5) return true;
  return !isCommon(lex, w) && !isRole(lex, w) && lex.firstName(w) === null;
}

/** A town of the gazetteer, also one named like a common word („Hahn“). */
function townName(lex: Lexicon, w: string): boolean {
  return lookupPlace(lex, w)?.type === 'LOC' || lex.gazetteer().lookup(w, { commonTowns: true })?.type === 'LOC';
}

/** The name after „St.“: a capitalised word on the same line, no common word, and nothing capitalised after it. */
function saintName(lex: Lexicon, us: Unit[], k: number): boolean {
  const u = us[k];
  return !!u && u.type === 'word' && !u.newline && isCapitalised(u.text) && !isCommon(lex, u) && !followedByName(us, k + 1);
}

/** A street word after „Am“: a named-place compound or any capitalised word the dictionary lacks. */
function streetWord(lex: Lexicon, w: string): boolean {
  if (w.length < 4) return false;
  if (/(tor|platz|markt|graben|hang|berg|bach|ring|park|wall|kamp|hof|feld|anger|deich|hafen)$/.test(w) && !lex.isCommonWord(w)) return true;
  return !isCommon(lex, w);
}

/** The modifier of „Holstentor“, „Alexanderplatz“: a place, a first name or a word no dictionary lists. */
function nameModifier(lex: Lexicon, mod: string): boolean {
  if (lookupPlace(lex, mod)?.type === 'LOC' || lex.firstName(mod) !== null) return true;
  const bare = mod.replace(/(?<=\p{Ll}{3})(?:s|er|en|n)$/u, '');
  // „Parkplatz“, „Bürgersteig“: a noun before the head (maybe with a linking s/n/en/er)
  for (const m of new Set([mod, bare])) if (lex.isNoun(m) || lex.isAdjective(m.toLowerCase())) return false;
  return !isCommon(lex, mod);
}

/** Another capitalised word follows at unit k („Am Montag Abend“, a person's name). */
function followedByName(us: Unit[], k: number): boolean {
  const n = us[k];
  return !!n && n.type === 'word' && !n.newline && isCapitalised(n.text);
}

export default rule;
