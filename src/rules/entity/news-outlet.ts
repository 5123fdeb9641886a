import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isAllCaps, isCapitalised, isCommon, units } from './lib/words.js';
import { outlets } from './lib/knowledge.js';
import { MEDIA_SUFFIX } from '../../lexicon/de/entity-media.js';

const ID = 'entity/news-outlet';
/** Heads of newspaper names written as one word. */
const PAPER = /^[A-ZÄÖÜ][a-zäöüß]{2,}(?:blatt|blattes|blatts|spiegel|spiegels|post|rundschau|anzeiger|kurier|tagblatt|zeitung)$/;
/**
 * News agencies and outlets from the outlet list, longest name first („die New York Times“, not
 * „New York“), with a media suffix („AP News“, „SBS TV“) → ORG. A listed name that is also a
 * common word needs the full listed form or quotation marks of its own („der „Bild““).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„wie die Associated Press berichtete“, „laut Reuters“, „gegenüber SBS TV“ → ORG' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const list = outlets(lexicon);
    const out: EntityCandidate[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine) continue;
      const wordAt = (declined: boolean) => (k: number): string | null => {
        if (i + k >= us.length) return null;
        const w = us[i + k];
        if (k > 0 && (w.type !== 'word' || w.newline || us[i + k - 1].possessive)) return null;
        return declined && /^\p{Lu}\p{Ll}+en$/u.test(w.text) ? w.text.slice(0, -1) : w.text;
      };
      let hit = list.trie.longest(wordAt(false));
      // „sagte sie der Deutschen Presse-Agentur“: a listed name of two words or more with its
      // adjective declined (-en for -e) — named in the listed form
      let declined = false;
      if (!hit && /^\p{Lu}\p{Ll}+en$/u.test(u.text)) {
        const d = list.trie.longest(wordAt(true));
        if (d && d.len > 1) [hit, declined] = [d, true];
      }
      // „Der WESER-KURIER wirft“: a listed name written in capitals (one unit, inside a sentence)
      let capsTitle = '';
      // (one word in capitals, not a phrase set in capitals: „DAS BILD DER STADT“)
      const capsNeighbour = (k: number) => k >= 0 && k < us.length && us[k].type === 'word' && us[k].text.length >= 2 && isAllCaps(us[k].text);
      if (!hit && u.text.length >= 4 && isAllCaps(u.text) && !u.initial && !capsNeighbour(i - 1) && !capsNeighbour(i + 1)) {
        const title = u.text.toLowerCase().replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
        if (list.has(title)) [hit, capsTitle] = [{ len: 1, value: true }, title];
      }
      let best = hit ? hit.len : 0;
      const form = capsTitle || (hit ? us.slice(i, i + best).map((_, k) => wordAt(declined)(k)).join(' ') : '');
      // a listed name that is a common word counts in quotation marks alone after an article or „laut“,
      // or alone in brackets: „sagte der „Bild““, „laut „Stern““, „der Journalist („Stern“)“
      const quotedAlone = best === 1 && i > 1 && i + 1 < us.length && /^[„“"»«]$/.test(us[i - 1].text) && /^[“”"«»]$/.test(us[i + 1].text) && (/^(?:der|die|dem|des|laut|Laut|gegenüber)$/.test(us[i - 2].text) || (us[i - 2].text === '(' && i + 2 < us.length && us[i + 2].text === ')'));
      // (with a media suffix it is the outlet: „auf Nachfrage von Tagesspiegel Online“)
      const suffixed = best === 1 && i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word' && MEDIA_SUFFIX.has(us[i + 1].text);
      // (a listed name of hyphen parts is no common word: „Weser-Kurier“)
      // (nor one written in capitals inside a sentence: „erklärte gegenüber BILD“)
      if (best === 1 && u.parts.length === 1 && isCapitalised(form) && isCommon(lexicon, form) && !quotedAlone && !suffixed && !capsTitle) best = 0;
      let name = form;
      // media suffix after a listed outlet or an acronym: "AP News", "SBS TV"
      const headEnd = best > 0 ? i + best : isAcronym(u.text) && !isCommon(lexicon, u) ? i + 1 : -1;
      if (headEnd > 0 && headEnd < us.length && !us[headEnd].newline && us[headEnd].type === 'word' && MEDIA_SUFFIX.has(us[headEnd].text)) {
        name = doc.text.slice(u.start, us[headEnd].end);
        best = headEnd + 1 - i;
      }
      // a newspaper name by its head: "das Handelsblatt", "der Tagesspiegel", "die Morgenpost"
      if (best === 0 && u.parts.length === 1 && !u.initial && PAPER.test(u.text) && !lexicon.isCommonWord(u.text) && i > 0 && /^(das|der|die|dem|den|des|laut)$/i.test(us[i - 1].text)) {
        best = 1;
        name = u.text.replace(/(?<=blatt|spiegel)e?s$/, '');
      }
      if (best === 0) continue;
      const end = us[i + best - 1].end;
      out.push({ text: doc.source.slice(u.start, end), start: u.start, end, type: 'ORG', name, rule: ID, confidence: 3 });
      i += best - 1;
    }
    return out;
  },
};
export default rule;
