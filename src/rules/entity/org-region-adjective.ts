import { orgRule, associationHead } from './lib/org.js';
import { capitalise, isCapitalised } from './lib/words.js';
import { regionOfAdjective } from './lib/knowledge.js';
import { adjectiveEndingFor } from './lib/resolve/names.js';

/** A definite article, also fused with a preposition: „der“, „des“, „beim“, „vom“. */
const DEFINITE = /^(?:der|die|das|des|dem|den|am|im|vom|zum|zur|beim)$/i;

/**
 * The association, chamber or council of a German, Austrian or Swiss region or country, named by
 * its lower-case adjective after a definite article: „des bayerischen Bauernverbandes“ →
 * Bayerischer Bauernverband, „der sächsische Flüchtlingsrat“, „die österreichische
 * Bischofskonferenz“ (decisions: these are the named organisations, written in the nominative
 * with a capital). Not a plural („die bayerischen Bauernverbände“), not with an indefinite
 * article, not before a further capitalised word or a genitive tail („der bayerische
 * Bauernverband der Jungbauern“), not a foreign country's („der französische Bauernverband“).
 */
export default orgRule(
  { id: 'entity/org-region-adjective', priority: 95, description: '„Das sagte der Präsident des bayerischen Bauernverbandes“ → ORG Bayerischer Bauernverband' },
  ({ lexicon, us }, i) => {
    const adj = us[i];
    if (i === 0 || !/^\p{Ll}/u.test(adj.text) || !DEFINITE.test(us[i - 1].text) || !regionOfAdjective(lexicon, adj)) return null;
    const h = us[i + 1];
    if (!h || h.newline || h.type !== 'word' || h.parts.length > 1) return null;
    const head = associationHead(lexicon, h);
    if (!head) return null;
    const next = us[i + 2];
    if (next && !next.newline && next.type === 'word' && (isCapitalised(next.text) || (/^(?:der|des)$/.test(next.text) && us[i + 3] && us[i + 3].type === 'word' && isCapitalised(us[i + 3].text)))) return null;
    const stem = adj.text.replace(/(?:e|en|er|es|em)$/, '');
    const name = `${stem.split('-').map((p) => capitalise(p)).join('-')}${adjectiveEndingFor(head)} ${head}`;
    return { a: i, b: i + 2, name, resume: i + 2 };
  },
);
