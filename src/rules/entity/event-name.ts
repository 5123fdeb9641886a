import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isAcronym, isCapitalised, isCommon, units } from './lib/words.js';
import { EVENT_HEADS, TOURS } from '../../lexicon/de/entity-media.js';

const ID = 'entity/event-name';
/** German nouns naming a kind of event, before the event's acronym. */
/** Prize and festival nouns named by a capitalised adjective: „Deutscher Buchpreis“, „Bayreuther Festspiele“. */
const NAMED_EVENT_NOUN = /(?:preis|preises|festspiele|festspielen|festival|festivals|biennale|filmfest|musikfest)$/;
/** Articles before such a name (lower case: inside a sentence). */
const ARTICLE_BEFORE_NAME = new Set(['der', 'den', 'dem', 'des', 'die', 'beim', 'zum', 'vom', 'im']);
/** Day and feast nouns opening a named day: „Tag der Deutschen Einheit“. */
const DAY_NOUNS = new Set(['Tag', 'Tage', 'Nacht', 'Woche', 'Fest']);
const EVENT_NOUN = /(?:konferenz|gipfel|gipfeltreffen|messe|turnier|meisterschaft|festival|spiele|treffen|tagung)$/;

/**
 * Names of events and laws written with an English head: „die Australian Open“, „Fashion Week“,
 * „Digital Services Act“, „Grand Prix von Monaco“ → MISC (and no person).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„bei den Australian Open“, „der Digital Services Act“, „die Weltklimakonferenz COP29“, „bekam den Deutschen Buchpreis“ → MISC' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    // "die Weltklimakonferenz COP29", "beim Gipfel G20": an event noun + its name
    for (let i = 0; i + 1 < us.length; i++) {
      const u = us[i];
      const n = us[i + 1];
      if (u.type !== 'word' || n.type !== 'word' || n.newline || u.capsLine || !isCapitalised(u.text) || !EVENT_NOUN.test(u.text.toLowerCase())) continue;
      if (!(isAcronym(n.text) && /\d/.test(n.text))) continue;
      out.push({ text: doc.source.slice(n.start, n.end), start: n.start, end: n.end, type: 'MISC', name: n.text, rule: ID, confidence: 2 });
    }
    // "beim G20-Gipfel", "die COP28-Konferenz": an acronym with a digit + an event noun in one word
    // is the event as a whole (the acronym alone is no organisation here)
    for (const u of us) {
      if (u.type !== 'word' || u.capsLine || u.parts.length !== 2 || !(isAcronym(u.parts[0]) && /\d/.test(u.parts[0])) || !EVENT_NOUN.test(u.parts[1].toLowerCase())) continue;
      out.push({ text: doc.source.slice(u.start, u.end), start: u.start, end: u.end, type: 'MISC', name: u.text, rule: ID, confidence: 3 });
    }
    // "der G-20 Gipfel", "die COP28 Konferenz": the same written apart — an acronym with a digit
    // and an event noun after it
    for (let i = 0; i + 1 < us.length; i++) {
      const u = us[i];
      const n = us[i + 1];
      if (u.type !== 'word' || n.type !== 'word' || n.newline || u.capsLine || n.parts.length > 1 || !/\d/.test(u.text) || !isAcronym(u.text.replace(/-/g, ''))) continue;
      if (!isCapitalised(n.text) || !EVENT_NOUN.test(n.text.toLowerCase())) continue;
      out.push({ text: doc.source.slice(u.start, n.end), start: u.start, end: n.end, type: 'MISC', name: doc.text.slice(u.start, n.end), rule: ID, confidence: 3 });
      i++;
    }
    // race and tour names: "Tour de France", "Giro d'Italia", "Vuelta a España"
    for (let i = 0; i + 2 < us.length; i++) {
      if (!TOURS.has(us[i].text) || us[i].capsLine) continue;
      const p = us[i + 1];
      const n = us[i + 2];
      if (p.type !== 'word' || !/^(de|d'|a|of|du)$/.test(p.text) || n.type !== 'word' || n.newline || !isCapitalised(n.text)) continue;
      out.push({ text: doc.source.slice(us[i].start, n.end), start: us[i].start, end: n.end, type: 'MISC', name: doc.text.slice(us[i].start, n.end), rule: ID, confidence: 3 });
      i += 2;
    }
    // "den Deutschen Betriebsrätepreis", "der Gandersheimer Domfestspiele": after an article, a
    // capitalised adjective (a name's: Deutsch-, Gandersheim-er) + a prize or festival noun
    for (let i = 1; i + 1 < us.length; i++) {
      const art = us[i - 1];
      const adj = us[i];
      const n = us[i + 1];
      if (art.type !== 'word' || !ARTICLE_BEFORE_NAME.has(art.text) || adj.type !== 'word' || adj.initial || adj.capsLine || n.type !== 'word' || n.newline) continue;
      if (!isCapitalised(adj.text) || adj.parts.length > 1 || !/(?:er|en|e|es|em)$/.test(adj.text) || !isCapitalised(n.text) || !NAMED_EVENT_NOUN.test(n.text.toLowerCase())) continue;
      if (lexicon.isNoun(adj.text) && !lexicon.isCommonWord(adj.text.toLowerCase())) continue; // a noun, not an adjective
      out.push({ text: doc.source.slice(adj.start, n.end), start: adj.start, end: n.end, type: 'MISC', name: doc.text.slice(adj.start, n.end).replace(/(spiel|fest)en$/, '$1e'), rule: ID, confidence: 2 });
      i++;
    }
    // "am Tag der Deutschen Einheit", "die Nacht der Offenen Tür": a day or feast noun + der + a
    // capitalised adjective (a name's) + a noun
    for (let i = 0; i + 3 < us.length; i++) {
      const [d, art, adj, n] = [us[i], us[i + 1], us[i + 2], us[i + 3]];
      if (d.type !== 'word' || d.capsLine || !DAY_NOUNS.has(d.text) || art.text !== 'der' || adj.type !== 'word' || n.type !== 'word' || n.newline) continue;
      if (!isCapitalised(adj.text) || !/(?:en|e)$/.test(adj.text) || !lexicon.isCommonWord(adj.text.toLowerCase()) || !isCapitalised(n.text)) continue;
      out.push({ text: doc.source.slice(d.start, n.end), start: d.start, end: n.end, type: 'MISC', name: doc.text.slice(d.start, n.end), rule: ID, confidence: 2 });
      i += 3;
    }
    for (let h = 1; h < us.length; h++) {
      const head = us[h];
      if (head.type !== 'word' || head.newline || head.capsLine || !EVENT_HEADS.has(head.text)) continue;
      let a = h;
      while (
        a - 1 >= 0 &&
        h - a < 4 &&
        !us[a].newline &&
        us[a - 1].type === 'word' &&
        (isCapitalised(us[a - 1].text) || isAcronym(us[a - 1].text)) &&
        !(us[a - 1].initial && isCommon(lexicon, us[a - 1])) &&
        !lexicon.isFunctionWord(us[a - 1].text)
      )
        a--;
      if (a === h) continue;
      const start = us[a].start;
      const end = head.end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'MISC', name: doc.text.slice(start, end), rule: ID, confidence: 2 });
    }
    return out;
  },
};
export default rule;
