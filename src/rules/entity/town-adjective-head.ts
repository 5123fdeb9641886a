import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { isCapitalised, units } from './lib/words.js';
import { regionOfAdjective, townOfAdjective } from './lib/knowledge.js';
import { associationHead, INDEFINITE_ARTICLE } from './lib/org.js';
import { TOWN_FACILITY_HEADS, TOWN_INSTITUTION_ENDING, TOWN_INSTITUTION_HEADS } from '../../lexicon/de/entity-places.js';

const ID = 'entity/town-adjective-head';

/**
 * A town adjective + the head of a facility or institution of that town: „am Stuttgarter
 * Flughafen“, „am Darmstädter Kreuz“ → LOC; „vom Darmstädter Landgericht“, „im Kölner
 * Staatstheater“ → ORG (the court, theatre or clinic of that town, named by it; decisions:
 * airports and junctions are places, courts, theatres and clinics organisations). The head is
 * given in the nominative, a court by its own name („des Darmstädter Landgerichts“ → Landgericht Darmstadt); a further
 * capitalised word makes a longer name that is not cut („Frankfurter Flughafen Holding“). The
 * adjective of a region or home country names institutions and associations too („der
 * Vorarlberger Gemeindeverband“, „der Schweizer Bauernverband“, „Luzerner Kantonsrat“).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Das Darmstädter Landgericht tagte am Stuttgarter Flughafen“ → ORG Darmstädter Landgericht, LOC Stuttgarter Flughafen' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    for (let i = 0; i + 1 < us.length; i++) {
      const adj = us[i];
      if (adj.type !== 'word' || adj.capsLine || adj.parts.length > 1 || !isCapitalised(adj.text)) continue;
      const town = townOfAdjective(lexicon, adj);
      // a region's or a home country's adjective names its institutions too: „der Vorarlberger Gemeindeverband“, „der Schweizer Bauernverband“
      if (!town && !regionOfAdjective(lexicon, adj)) continue;
      const h = us[i + 1];
      if (h.newline || h.type !== 'word' || h.parts.length > 1 || !isCapitalised(h.text)) continue;
      const association = associationHead(lexicon, h);
      const lemma = TOWN_FACILITY_HEADS.has(h.text) || TOWN_INSTITUTION_HEADS.has(h.text) ? h.text : (association ?? lexicon.nounLemma(h.text) ?? h.text);
      const type = TOWN_FACILITY_HEADS.has(lemma) ? 'LOC' : TOWN_INSTITUTION_HEADS.has(lemma) || TOWN_INSTITUTION_ENDING.test(lemma) || association ? 'ORG' : null;
      // „ein Zürcher Regierungsrat“ is a councillor, „ein Kölner Museum“ one of many
      if (type === 'ORG' && i > 0 && INDEFINITE_ARTICLE.test(us[i - 1].text)) continue;
      // the head in the singular, or its genitive: „Wertinger Stadträte“ are members, no council
      if (!type || (type === 'ORG' && !(h.text === lemma || h.text === `${lemma}s` || h.text === `${lemma}es`))) continue;
      const next = us[i + 2];
      // a genitive head ends the name: „des Stader Landgerichts Gedanken“
      const genitive = h.text !== lemma && h.text.startsWith(lemma);
      if (!genitive && next && !next.newline && next.type === 'word' && isCapitalised(next.text)) continue;
      // a court is named as it names itself: „Landgericht Darmstadt“ (one entity with that form); the rest as written
      const name = town && /gericht$/.test(lemma) ? `${lemma} ${town}` : `${adj.text} ${lemma}`;
      out.push({ text: doc.source.slice(adj.start, h.end), start: adj.start, end: h.end, type, name, rule: ID, confidence: 3 });
      i++;
    }
    return out;
  },
};
export default rule;
