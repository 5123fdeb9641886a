import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units, type Unit } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';
import { INDEFINITE_ARTICLE } from './lib/org.js';
import { PAPER_ADJECTIVE, PAPER_HEAD, PAPER_HEAD_AFTER, WEB_DOMAIN, SOURCE_CUE } from '../../lexicon/de/entity-media.js';

const ID = 'entity/news-outlet-name';
const OPENING_QUOTES = /^[„“”"»«‚']$/;

/** „Wiesbadener“ (Wiesbaden), „Höchster“ (Höchst), „Solinger“ (Solingen): a town + „er“. */
function townAdjective(lex: Lexicon, w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}er$/u.test(w)) return false;
  const stem = w.slice(0, -2);
  const town = (s: string): boolean => lookupPlace(lex, s)?.type === 'LOC' || lex.gazetteer().lookup(s, { commonTowns: true })?.type === 'LOC';
  return town(stem) || (/[^aeiou]$/.test(stem) && town(stem + 'en'));
}

/** „Kuriers“, „Kreisblattes“, „Allgemeinen“ → „Kurier“, „Kreisblatt“, „Allgemeine“ (an inflected head of a paper's name). */
function nominativeHead(w: string): string {
  if (/allgemeinen$/i.test(w)) return w.slice(0, -1); // „der Augsburger Allgemeinen“ → Allgemeine
  return w.endsWith('s') ? w.replace(/(?<=blatt|kurier|bote|anzeiger|spiegel)e?s$/i, '') : w;
}

/** A word of a source phrase near unit k (three units either side): „laut“, „zufolge“, „berichtete“. */
function sourceCueNear(us: Unit[], k: number, b: number): boolean {
  for (let j = Math.max(0, k - 3); j < Math.min(us.length, b + 3); j++) if (us[j].type === 'word' && SOURCE_CUE.test(us[j].text)) return true;
  return false;
}

/**
 * A newspaper named by a town adjective and a paper head („der Wiesbadener Kurier“, „dem Höchster
 * Kreisblatt zufolge“, „der Passauer Neuen Presse“), by a town and a head with a hyphen („der „Offenbach-Post““), any capitalised word + head in quotes („laut „Neue Presse““), and a news
 * website by its domain in a source phrase („laut faz.net“, „bundesliga.de fasst zusammen“) → ORG.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Das berichtete der Wiesbadener Kurier“, „laut faz.net“ → ORG Wiesbadener Kurier, faz.net' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine) continue;
      // a domain: „faz.net“, „t-online.de“ (not inside a URL or an e-mail address)
      const lowerStart = u.text.charCodeAt(0) >= 97 && u.text.charCodeAt(0) <= 122;
      if (lowerStart && ((u.text.includes('.') && WEB_DOMAIN.test(u.text)) || (i + 2 < us.length && us[i + 1].text === '.' && !us[i + 1].space && !us[i + 2].space && /^[a-z][A-Za-z0-9-]+$/.test(u.text) && WEB_DOMAIN.test(u.text + '.' + us[i + 2].text)))) {
        const b = WEB_DOMAIN.test(u.text) ? i + 1 : i + 3;
        const before = i > 0 ? us[i - 1] : null;
        const inUrl = !!before && !u.space && /^[./@:]$/.test(before.text);
        const afterU = b < us.length ? us[b] : null;
        const urlGoesOn = !!afterU && !afterU.space && /^[./@]$/.test(afterU.text) && b + 1 < us.length && !us[b + 1].space && us[b + 1].type === 'word';
        if (!inUrl && !urlGoesOn && (sourceCueNear(us, i, b) || (!!before && OPENING_QUOTES.test(before.text)))) {
          const end = us[b - 1].end;
          out.push({ text: doc.source.slice(u.start, end), start: u.start, end, type: 'ORG', name: doc.text.slice(u.start, end), rule: ID, confidence: 2 });
        }
        i = b - 1;
        continue;
      }
      // a town + hyphen + a paper head after an article, „laut“ or in quotes: „der „Offenbach-Post““
      if (u.parts.length === 2 && i > 0 && !u.newline && /^(?:der|die|dem|den|des|laut|Laut|[„“"»«])$/.test(us[i - 1].text)) {
        const [town, head] = u.parts;
        if ((PAPER_HEAD.test(head) || PAPER_HEAD_AFTER.test(head)) && lookupPlace(lexicon, town)?.type === 'LOC') {
          out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'ORG', name: u.text, rule: ID, confidence: 3 });
          continue;
        }
      }
      // a town adjective + an adjective + a head: „der Passauer Neuen Presse“
      const adj = i + 2 < us.length && !us[i + 1].newline && !us[i + 2].newline ? us[i + 1] : null;
      const head2 = adj ? us[i + 2] : null;
      if (adj && head2 && u.parts.length === 1 && adj.type === 'word' && head2.type === 'word' && PAPER_ADJECTIVE.test(adj.text) && (PAPER_HEAD.test(nominativeHead(head2.text)) || PAPER_HEAD_AFTER.test(head2.text)) && townAdjective(lexicon, u.text)) {
        const name = `${u.text} ${adj.text.replace(/(?<=e)[nrs]$/, '')} ${nominativeHead(head2.text)}`;
        out.push({ text: doc.source.slice(u.start, head2.end), start: u.start, end: head2.end, type: 'ORG', name, rule: ID, confidence: 3 });
        i += 2;
        continue;
      }
      // a town adjective (or, in quotes, any capitalised word) + a paper head: „Wiesbadener Kurier“
      const h = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : null;
      if (!h || h.type !== 'word' || u.parts.length > 1 || !isCapitalised(u.text) || !isCapitalised(h.text) || !PAPER_HEAD.test(nominativeHead(h.text))) continue;
      const before = i > 0 && !u.newline ? us[i - 1] : null;
      if (before && INDEFINITE_ARTICLE.test(before.text)) continue; // „ein Kölner Kurier“ is a courier
      // in quotes the whole quotation is the name: „„Neue Presse““ (not „„Die Nachrichten aus …“)
      const closing = i + 2 < us.length ? us[i + 2] : null;
      const quoted = !!before && OPENING_QUOTES.test(before.text) && !!closing && /^[“”"«»‘']$/.test(closing.text) && !lexicon.isFunctionWord(u.text.toLowerCase());
      if (!quoted && !townAdjective(lexicon, u.text)) continue;
      const next = i + 2 < us.length && !us[i + 2].newline ? us[i + 2] : null;
      if (next && next.type === 'word' && isCapitalised(next.text) && !quoted) continue;
      const name = u.text + ' ' + nominativeHead(h.text);
      out.push({ text: doc.source.slice(u.start, h.end), start: u.start, end: h.end, type: 'ORG', name, rule: ID, confidence: 3 });
      i += 1;
    }
    return out;
  },
};
export default rule;
