import { orgRule, nominative, orgHeadExact } from './lib/org.js';
import { isCapitalised, isCommon } from './lib/words.js';
import { isRole, lookupPlace, placeAt } from './lib/knowledge.js';
import { MONTHS } from '../../lexicon/de/months.js';

/**
 * An institution + its town or region: „Hochschule Koblenz“, „Polizei Berlin“, „des
 * Polizeipräsidiums Niederbayern“, „Verkehrsverbund Rhein-Ruhr“ (nominative head); a brand name
 * before it stays: „Helios Universitätsklinikum Wuppertal“; a court's number too: „Landgericht München I“.
 */
export default orgRule(
  { id: 'entity/org-institution-place', priority: 140, description: '„Professor Stefan Sell von der Hochschule Koblenz“ → ORG Hochschule Koblenz' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    if (!(i + 1 < us.length && isCapitalised(u.text) && !us[i + 1].newline && us[i + 1].type === 'word' && orgHeadExact(lexicon, u) && !isRole(lexicon, u))) return null;
    const nx = us[i + 1];
    // a town named in several words: „Staatsanwaltschaft Wiener Neustadt“, „Staatsanwaltschaft Krems an der Donau“
    const long = placeAt(lexicon, us, i + 1);
    if (long && long.len > 1 && long.hit.type === 'LOC' && (long.hit.kind === 'town' || long.hit.kind === 'city')) {
      const end = i + 1 + long.len;
      const next = end < us.length ? us[end] : null;
      if (next && next.type === 'word' && !next.newline && isCapitalised(next.text)) return null;
      const form = us.slice(i + 1, end).map((w) => w.text).join(' ');
      return { a: i, b: end, name: nominative(lexicon, u.text) + ' ' + form, confidence: 3, resume: end };
    }
    // the institution is the place context a small or common-word town needs: „Polizeiinspektion
    // Feucht“, „Verkehrspolizeiinspektion Amberg“
    const known = lookupPlace(lexicon, nx);
    const town = !known && nx.parts.length === 1 ? lexicon.gazetteer().lookup(nx.text, { commonTowns: true }) : null;
    const place = known ? { type: known.type, name: known.name } : town ? { type: town.type, name: town.canonical } : null;
    // (a first part that reads as a common word counts when every part is a place: „Mansfeld-Südharz“)
    const placeCompound =
      nx.parts.length > 1 && nx.parts.every((p) => isCapitalised(p)) && lookupPlace(lexicon, nx.parts[0])?.type === 'LOC' && (!isCommon(lexicon, nx.parts[0]) || nx.parts.every((p) => lookupPlace(lexicon, p)?.type === 'LOC'));
    const after = i + 2 < us.length ? us[i + 2] : null;
    if (!((place && place.type === 'LOC' && place.name === nx.text) || placeCompound)) return null;
    // a time noun before a month or year starts the next phrase: „Polizeipräsidium Südhessen Ende April“
    const timeAfter = !!after && lexicon.list('time-words').has(after.text.toLowerCase()) && i + 3 < us.length && (MONTHS.has(us[i + 3].text.toLowerCase()) || /^\d{4}$/.test(us[i + 3].text));
    if (after && after.type === 'word' && isCapitalised(after.text) && !after.newline && !timeAfter) return null;
    // a brand name before the institution: „Helios Universitätsklinikum Wuppertal“ — one unknown
    // capitalised word on the same line, no function word, role, place or first word of a sentence
    const pv = i > 0 && !u.newline ? us[i - 1] : null;
    const brand =
      !!pv && pv.type === 'word' && !pv.newline && !pv.initial && !pv.possessive && pv.parts.length === 1 && isCapitalised(pv.text) && !isCommon(lexicon, pv) &&
      !lexicon.isFunctionWord(pv.text.toLowerCase()) && !isRole(lexicon, pv) && !lookupPlace(lexicon, pv) && i > 1 && us[i - 2].type === 'word' && !/^[.!?:]$/.test(us[i - 2].text);
    if (brand) return { a: i - 1, b: i + 2, name: pv.text + ' ' + nominative(lexicon, u.text) + ' ' + nx.text, confidence: 3, resume: i + 2 };
    // a court numbered within its town: „des Landgerichts München I“, „Amtsgericht Berlin II“
    if (after && !after.newline && /^(?:I|II|III|IV)$/.test(after.text) && /gerichts?$/i.test(u.text)) {
      return { a: i, b: i + 3, name: nominative(lexicon, u.text) + ' ' + nx.text + ' ' + after.text, confidence: 3, resume: i + 3 };
    }
    return { a: i, b: i + 2, name: nominative(lexicon, u.text) + ' ' + nx.text, confidence: 3, resume: i + 2 };
  },
);
