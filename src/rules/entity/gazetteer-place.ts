import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { capitalise, isCommon, isCapitalised, isNameWord, units, type Unit } from './lib/words.js';
import { lookupPlace, placeAt } from './lib/knowledge.js';
import { afterBindingParticle, genitiveFirstName } from './lib/names.js';
import { PLACE_PREPOSITION, PLACE_NOUN_BEFORE_NAME, REGION_HEADS, PLACE_NOUN, PLACE_NOUN_ABBREVIATION, DIRECTION_NOUN, TOPONYM_ENDING } from '../../lexicon/de/entity-places.js';

const ID = 'entity/gazetteer-place';
const COMPASS = /^(Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral|Mittel)(.{4,})$/;
/**
 * Places from the gazetteer (countries, cities, regions; supranational organisations as ORG),
 * in any case form: „Südkoreas“ → Südkorea, „in den Vereinigten Staaten“ → USA, the first part of
 * „US-Sanktionen“ / „NATO-Generalsekretär“, and compass compounds „Ostrussland“.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Südkoreas Militär … in den Vereinigten Staaten“ → LOC Südkorea, LOC USA (gazetteer, genitive, inflection)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine) continue;
      // „In Neustadt/Dosse“, „Frankfurt/Oder“: a town and its river after a slash are one name
      const river = townSlashRiver(lexicon, us, i);
      if (river) {
        const last = us[i + 2];
        out.push({ text: doc.source.slice(u.start, last.end), start: u.start, end: last.end, type: 'LOC', name: `${u.text}/${last.text}`, rule: ID, confidence: 3 });
        i += 2;
        continue;
      }
      const at = placeAt(lexicon, us, i);
      if (at) {
        const last = us[i + at.len - 1];
        const form = doc.text.slice(u.start, last.end);
        // a place that is also a common word ("Essen", "Halle") needs a place preposition
        const prev = i > 0 ? us[i - 1].text.toLowerCase() : '';
        // (the gazetteer's commonWord flag also marks proper nouns of the dictionary: München, USA)
        if (at.len === 1 && lexicon.isCommonWord(form.toLowerCase()) && !PLACE_PREPOSITION.has(prev)) continue;
        // a place noun before a name is no place: „im Kanton Appenzell“ (Kanton = Guangzhou)
        const nextU = i + at.len < us.length ? us[i + at.len] : null;
        if (at.len === 1 && PLACE_NOUN_BEFORE_NAME.test(form) && nextU && nextU.type === 'word' && !nextU.newline && isCapitalised(nextU.text)) continue;
        // a currency after an amount: „2400 Franken“, „1,1 Milliarden Franken“
        if (at.len === 1 && i > 0 && lexicon.unit(form)?.class === 'money' && (us[i - 1].type === 'number' || /^(Millionen|Milliarden|Mio\.?|Mrd\.?|Tausend|Hundert|Billionen)$/.test(us[i - 1].text))) continue;
        // inhabitants or a team, not the region: „die Niedersachsen gewannen“, „den Bayern fehlte“
        if (at.len === 1 && lexicon.list('inhabitant-regions').has(form) && pluralArticleBefore(lexicon, us, i)) continue;
        // a declined common noun read as a genitive place: „des Saales“ (Saal), not the Saale
        if (at.len === 1 && at.hit.genitive && (lexicon.nounLemma(form) ?? at.hit.name) !== at.hit.name) continue;
        // a first name read as a genitive place: „Nils Petersen“ is no Nile
        if (at.len === 1 && genitiveFirstName(lexicon, us, i)) continue;
        // a surname after a name particle: „Karim Abu Haifa“, „Ahmed bin Baz“
        if (at.len === 1 && afterBindingParticle(lexicon, us, i)) continue;
        // a small town before a surname is a first name: „von Achim Lenz“
        if (at.hit.weak && at.len === 1 && nextU && nextU.type === 'word' && !nextU.newline && !nextU.capsLine && isNameWord(lexicon, nextU) && !lookupPlace(lexicon, nextU) && !nextU.possessive) continue;
        // a small town ("Strobl", "Plattling") only in a place context: in/nach/aus …, Stadt/Gemeinde …
        // (also after an abbreviated place noun: „(Lkr. Kulmbach)“, „Kr. Olpe“)
        const abbreviatedPlaceNoun = i > 1 && us[i - 1].text === '.' && PLACE_NOUN_ABBREVIATION.test(us[i - 2].text);
        // (a listed name with its river or region is context enough: „Raststation Ybbs an der Donau“)
        const qualified = at.len > 2 && us.slice(i + 1, i + at.len - 1).some((w) => w.type === 'word' && /^(an|am|im|in|ob|der|bei)$/.test(w.text));
        if (at.hit.weak && !qualified && !PLACE_PREPOSITION.has(prev) && !PLACE_NOUN.test(i > 0 ? us[i - 1].text : '') && !DIRECTION_NOUN.test(i > 0 ? us[i - 1].text : '') && !abbreviatedPlaceNoun && !dateline(us, i, at.len)) continue;
        // „Mülheim an der Ruhr“, „Weil am Rhein“: a town and the river or region it lies on are one name
        const on = at.hit.type === 'LOC' && (at.hit.kind === 'town' || at.hit.kind === 'city') ? onRiver(lexicon, us, i + at.len) : 0;
        if (on > 0) {
          const end = us[i + at.len + on - 1].end;
          out.push({ text: doc.source.slice(u.start, end), start: u.start, end, type: 'LOC', name: doc.text.slice(u.start, end), rule: ID, confidence: 3 });
          i += at.len + on - 1;
          continue;
        }
        out.push({ text: doc.source.slice(u.start, last.end), start: u.start, end: last.end, type: at.hit.type, name: at.hit.name, rule: ID, confidence: 3 });
        i += at.len - 1;
        continue;
      }
      if (u.parts.length > 1) {
        // "Rhein-Main-Gebiet", "Rhein-Neckar-Region", "Saar-Lor-Lux-Raum": places joined into a region
        // name with a region noun as the last part are one LOC, not its places
        const head = u.parts[u.parts.length - 1];
        if (REGION_HEADS.has(head) && u.parts.slice(0, -1).every((p) => lookupPlace(lexicon, p)?.type === 'LOC')) {
          out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: /(Gebiets|Raums|Kreises)$/.test(u.text) ? u.text.replace(/e?s$/, '') : u.text, rule: ID, confidence: 3 });
          continue;
        }
        // "im Landkreis Ostprignitz-Ruppin", „der Rems-Murr-Kreis“: a district's hyphenated name is one LOC
        const prevWord = i > 0 ? us[i - 1].text : '';
        if (u.parts.every((p) => isCapitalised(p)) && ((PLACE_NOUN_BEFORE_NAME.test(prevWord) && !isCommon(lexicon, u.parts[u.parts.length - 1])) || /^Kreis(es)?$/.test(u.parts[u.parts.length - 1]))) {
          if (u.parts.slice(0, -1).some((p) => lookupPlace(lexicon, p)?.type === 'LOC' || !isCommon(lexicon, p))) {
            out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text.replace(/(?<=-Kreis)es$/, ''), rule: ID, confidence: 3 });
            continue;
          }
        }
        // "Köln-Deutz", "Hamburg-Neuwiedenthal": a town and its quarter (a town or an unknown name) are one LOC
        if (u.parts.length === 2 && cityAndQuarter(lexicon, u.parts[0], u.parts[1])) {
          out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 3 });
          continue;
        }
        // "US-Sanktionen", "NATO-Generalsekretär", "Ukraine-Krieg": the place part alone
        for (let p = 0; p < u.parts.length - 1; p++) {
          const hit = lookupPlace(lexicon, u.parts[p]);
          if (!hit) continue;
          const start = u.partStarts[p];
          const end = start + u.parts[p].length;
          out.push({ text: doc.source.slice(start, end), start, end, type: hit.type, name: hit.name, rule: ID, confidence: 3 });
        }
        continue;
      }
      const m = COMPASS.exec(u.text);
      if (m && isCapitalised(u.text) && !isCommon(lexicon, u)) {
        const rest = capitalise(m[2]);
        const hit = lookupPlace(lexicon, rest);
        if (hit && hit.type === 'LOC') {
          const genitive = rest.endsWith('s') && lookupPlace(lexicon, rest.slice(0, -1)) !== null;
          const name = genitive ? u.text.slice(0, -1) : u.text;
          out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'LOC', name, rule: ID, confidence: 3 });
        }
      }
    }
    return out;
  },
};
/**
 * „Neustadt/Dosse“, „Frankfurt/Oder“: a town of the gazetteer (also one named like a common word,
 * then after a place preposition), a slash without spaces and a capitalised word that is no town,
 * city or country („Passau/Deggendorf“ are two places).
 */
function townSlashRiver(lex: Lexicon, us: Unit[], i: number): boolean {
  const slash = us[i + 1];
  const river = us[i + 2];
  if (!slash || !river || slash.text !== '/' || slash.space || river.space || river.type !== 'word' || !isCapitalised(river.text) || river.parts.length > 1) return false;
  const after = us[i + 3];
  if (after && after.type === 'word' && !after.newline && isCapitalised(after.text)) return false; // „Gaza/Tel Aviv“
  const town = lex.gazetteer().lookup(us[i].text, { commonTowns: true });
  if (!town || town.type !== 'LOC' || !(town.kind === 'town' || town.kind === 'city')) return false;
  const prev = i > 0 ? us[i - 1].text.toLowerCase() : '';
  if ((town.commonWord || (town as { population?: number }).population! < 100000) && !PLACE_PREPOSITION.has(prev)) return false;
  const other = lex.gazetteer().lookup(river.text, { commonTowns: true });
  if (other) return other.type === 'LOC' && other.kind === 'region';
  return lex.firstName(river.text) === null && !lex.isNoun(river.text);
}

/** Units of „an der Ruhr“, „am Rhein“ from k: a place preposition of a town's qualified name and a listed region (river), or 0. */
function onRiver(lex: Lexicon, us: Unit[], k: number): number {
  const a = us[k];
  if (!a || a.type !== 'word' || a.newline) return 0;
  const n = a.text === 'am' || a.text === 'im' ? 1 : (a.text === 'an' || a.text === 'ob' || a.text === 'in') && us[k + 1]?.text === 'der' ? 2 : 0;
  const r = n > 0 ? us[k + n] : undefined;
  if (!r || r.type !== 'word' || r.newline || !isCapitalised(r.text)) return 0;
  const next = us[k + n + 1];
  if (next && next.type === 'word' && !next.newline && isCapitalised(next.text)) return 0;
  const hit = lex.gazetteer().lookup(r.text, { towns: false });
  return hit && hit.type === 'LOC' && hit.kind === 'region' && hit.canonical === r.text ? n + 1 : 0;
}

/** „Köln-Deutz“: a city or town, then a town or an unknown capitalised name (no common word: „Köln-Besuch“). */
function cityAndQuarter(lex: Lexicon, town: string, quarter: string): boolean {
  const t = lex.gazetteer().lookup(town, { commonTowns: true });
  if (!t || t.type !== 'LOC' || !(t.kind === 'town' || t.kind === 'city') || t.canonical !== town) return false;
  if (!isCapitalised(quarter) || quarter.length < 3) return false;
  const q = lex.gazetteer().lookup(quarter, { commonTowns: true });
  if (q) return q.type === 'LOC' && q.kind === 'town' && q.canonical === quarter;
  if (lex.firstName(quarter) !== null) return false;
  // „Bruchsal-Helmsheim“: a village name the dictionary splits as a compound (Helm|s|heim) but does not know
  return !isCommon(lex, quarter) || (TOPONYM_ENDING.test(quarter) && !lex.isCommonWord(quarter) && !lex.isNoun(quarter));
}

/** A plural article before unit i, maybe with an adjective between: „die Niedersachsen“, „den abstiegsbedrohten Franken“. */
function pluralArticleBefore(lex: Lexicon, us: Unit[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && us[k].type === 'word' && /^[a-zäöü]/.test(us[k].text) && lex.isAdjective(us[k].text) && !lex.isFunctionWord(us[k].text)) k--;
  return k >= 0 && us[k].type === 'word' && /^(die|der|den)$/i.test(us[k].text) && !us[i].newline;
}

/**
 * A dateline place: first on its line and followed by a dash, a slash, „(dpa)“ or a full stop
 * („Deggendorf. Die Bilanz …“, „Passau/Deggendorf – …“, „Plattling (dpa) – …“); also the second
 * place of „Ort/Ort –“.
 */
function dateline(us: Unit[], i: number, len: number): boolean {
  const next = i + len < us.length ? us[i + len] : null;
  if (!next || !/^[–—\-/(.]$/.test(next.text)) return false;
  if (i === 0 || us[i].newline) return true;
  return i >= 2 && us[i - 1].text === '/' && (i - 2 === 0 || us[i - 2].newline);
}

export default rule;
