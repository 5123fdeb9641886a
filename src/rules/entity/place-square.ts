import type { Rule } from '../types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityCandidate } from './lib/candidate.js';
import { decapitalise, isCapitalised, units, type Unit } from './lib/words.js';
import { isRole, orgHeadOf } from './lib/knowledge.js';

const ID = 'entity/place-square';

/** Local prepositions with the article (or contracted) before a square or street: „am“, „auf dem“, „an der“. */
const CONTRACTED = new Set(['am', 'vom', 'zum', 'zur', 'beim', 'im']);
const LOCAL = new Set(['an', 'auf', 'in', 'von', 'bei', 'zu', 'über', 'hinter', 'vor', 'neben', 'entlang', 'unter']);
const ARTICLE = new Set(['der', 'dem', 'den', 'die', 'das']);
const QUOTE = /^[„“”"‚‘'«»]$/;
/** Adjective stems of compound square names: „Neumarkt“, „Altmarkt“, „Hochufer“. */
const STEM_HEAD = /^(Neu|Alt|Hoch|Groß|Klein|Ober|Unter|Nieder|Mittel|Heu|Holz|Fisch|Salz|Korn|Vieh|Rinder|Schweine|Pferde|Butter|Kohl|Hopfen|Wein|Rat|Rats|Burg|Dom|Kirch|Schloss|Münster|Stadt)(markt|platz|graben|wall|tor|ring|anger)$/;

/** Units [i, k) are a local preposition with its article or a contracted one; k = the word after. */
function afterLocalPreposition(us: Unit[], i: number): boolean {
  const p = i > 0 ? us[i - 1] : null;
  if (!p || p.type !== 'word') return false;
  if (CONTRACTED.has(p.text)) return true;
  const pp = i > 1 ? us[i - 2] : null;
  return ARTICLE.has(p.text) && !!pp && pp.type === 'word' && LOCAL.has(pp.text.toLowerCase());
}

/** A capitalised declined adjective inside a sentence („Alten“, „Hohe“) or a place adjective in -er („Deutzer“). */
function nameAdjective(lex: Lexicon, u: Unit): boolean {
  if (u.type !== 'word' || u.initial || u.capsLine || u.parts.length > 1 || !isCapitalised(u.text) || lex.firstName(u.text) !== null) return false;
  if (/^\p{Lu}\p{Ll}{2,}er$/u.test(u.text) && !lex.isCommonWord(u.text) && !lex.isNoun(u.text)) return true;
  const lower = decapitalise(u.text);
  return /e[mnrs]?$/.test(lower) && lex.isAdjective(lower) && !/^(?:erst|zweit|dritt|viert|letzt|nächst)/.test(lower);
}

/**
 * Local squares and streets named by a capitalised adjective before a place noun, or by an
 * adjective stem in the compound, after a local preposition with its article: „auf dem Alten
 * Markt“, „an der „Deutzer Freiheit““, „am Neumarkt“ → LOC. The heads are the data file
 * square-heads; a quote may open the name.
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Die Bühne stand auf dem Alten Markt“, „am Neumarkt“ → LOC (local squares and streets by adjective + head)' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const heads = lexicon.list('square-heads');
    const out: EntityCandidate[] = [];
    for (let i = 1; i < us.length; i++) {
      const quoted = QUOTE.test(us[i].text) && i + 1 < us.length && us[i + 1].start === us[i].end;
      const a = quoted ? i + 1 : i;
      const u = us[a];
      if (!u || u.type !== 'word' || u.capsLine || !afterLocalPreposition(us, i)) continue;
      const h = a + 1 < us.length ? us[a + 1] : null;
      if (h && !h.newline && h.type === 'word' && heads.has(h.text) && nameAdjective(lexicon, u) && !isRole(lexicon, h) && !orgHeadOf(lexicon, h)) {
        // a further capitalised word makes it a longer name („Alter Markt Süd“): leave it
        const after = a + 2 < us.length ? us[a + 2] : null;
        if (after && after.type === 'word' && !after.newline && isCapitalised(after.text)) continue;
        out.push({ text: doc.source.slice(u.start, h.end), start: u.start, end: h.end, type: 'LOC', name: doc.text.slice(u.start, h.end), rule: ID, confidence: 3 });
        i = a + 1;
        continue;
      }
      if (!quoted && u.parts.length === 1 && STEM_HEAD.test(u.text) && !lexicon.isCommonWord(u.text)) {
        out.push({ text: u.text, start: u.start, end: u.end, type: 'LOC', name: u.text, rule: ID, confidence: 3 });
      }
    }
    return out;
  },
};

export default rule;
