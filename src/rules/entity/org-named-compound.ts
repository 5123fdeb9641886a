import { INDEFINITE_ARTICLE, orgRule, namedOrgCompound } from './lib/org.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/de/entity-org.js';
import { isCapitalised } from './lib/words.js';
import { lookupPlace } from './lib/knowledge.js';

/** Heads of a body of its own named after its founder: „Stiftung“, „Institut“, „Akademie“. */
const SEPARATE_BODY = /^(?:Stiftung|Institut|Akademie)$/;

/**
 * One word naming an organisation: name parts + an organisation head („Ifo-Institut“,
 * „Max-Planck-Gesellschaft“), or a compound whose modifier is no German word („Commerzbank“).
 */
export default orgRule(
  { id: 'entity/org-named-compound', priority: 90, description: '„Ökonomen vom Ifo-Institut und der Max-Planck-Gesellschaft“ → ORG Ifo-Institut, Max-Planck-Gesellschaft' },
  ({ lexicon, us }, i) => {
    const u = us[i];
    // „eine KVB-Bahn“, „eine Enquete-Kommission“: after an indefinite article a compound names a kind
    if (i > 0 && INDEFINITE_ARTICLE.test(us[i - 1].text)) return null;
    const prevWord = i > 0 && us[i - 1].type === 'word' ? us[i - 1].text : '';
    if (!((!u.initial || u.parts.length > 1) && !PLACE_PREPOSITIONS.has(prevWord))) return null;
    const named = namedOrgCompound(lexicon, u);
    if (!named) return null;
    let a = i;
    let b = i + 1;
    // a person's first names before a surname-hyphen-head compound belong to the name:
    // „die Hanns Martin Schleyer-Stiftung“, „die Heinz Nixdorf-Stiftung“ (ORG, no person)
    if (u.parts.length === 2) {
      while (a > 0 && i - a < 3 && !us[a].newline && us[a - 1].type === 'word' && !us[a - 1].capsLine && us[a - 1].parts.length === 1 && isCapitalised(us[a - 1].text) && lexicon.firstName(us[a - 1].text) !== null) a--;
    }
    // a town after the compound names its seat: „der Justus-Liebig-Universität Gießen“
    const nx = b < us.length && !us[b].newline ? us[b] : null;
    // (the organisation is the place context a common-word town needs: „Gießen“)
    const known = nx && nx.type === 'word' && nx.parts.length === 1 && isCapitalised(nx.text) ? lookupPlace(lexicon, nx) : null;
    const town = known ? known.type === 'LOC' && known.kind !== 'country' && known.name === nx!.text : !!nx && nx.type === 'word' && nx.parts.length === 1 && isCapitalised(nx.text) && lexicon.gazetteer().lookup(nx.text, { commonTowns: true })?.type === 'LOC';
    const after = b + 1 < us.length && !us[b + 1].newline ? us[b + 1] : null;
    if (town && !(after && after.type === 'word' && isCapitalised(after.text))) b++;
    // a foundation or institute named after an organisation of the gazetteer is a body of its own
    // („Bertelsmann-Stiftung“): as sure as the gazetteer name, so the whole compound wins (a party or
    // a works council of it — „Labour-Partei“, „Siemens-Betriebsrat“ — stays the organisation)
    const orgInside = u.parts.length === 2 && SEPARATE_BODY.test(named.slice(named.lastIndexOf('-') + 1)) && lookupPlace(lexicon, u.parts[0])?.type === 'ORG';
    if (a === i && b === i + 1) return { a: i, b: i + 1, name: named, ...(orgInside ? { confidence: 3 as const } : {}) };
    const words = us.slice(a, i).map((w) => w.text);
    return { a, b, name: [...words, named, ...us.slice(i + 1, b).map((w) => w.text)].join(' '), resume: b };
  },
);
