import type { Rule } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { coordinatedPhrase, findQuotes, insideQuote, isWord, sentenceTokens, speakerFrom, tokenSpan } from './lib/grammar.js';
import { governedContent } from './lib/according.js';

const ID = 'statement/nach-angaben';

/** Nouns of information that make "nach …" an attribution ("nach Angaben", "nach neuesten Daten"). */
const SOURCE_NOUNS = new Set([
  'Angaben', 'Angabe', 'Berichten', 'Bericht', 'Informationen', 'Information', 'Daten', 'Schätzungen', 'Schätzung',
  'Erkenntnissen', 'Einschätzung', 'Einschätzungen', 'Darstellung', 'Aussage', 'Aussagen', 'Worten', 'Ansicht',
  'Auffassung', 'Zählung', 'Zählungen', 'Recherchen', 'Zahlen', 'Berechnungen', 'Medienberichten', 'Statistiken',
  'Prognosen', 'Prognose', 'Ermittlungen', 'Auskunft', 'Mitteilung', 'Meldungen', 'Quellen', 'Umfragen',
]);

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„nach Angaben / Berichten / Daten“ + source: „Nach Angaben der Feuerwehr brannte das Dach“ → according_to Feuerwehr',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let k = ss; k < se - 2; k++) {
        if (toks[k].text.toLowerCase() !== 'nach' || insideQuote(quotes, k)) continue;
        // "nach [adjectives] Angaben"
        let n = k + 1;
        while (n < se && isWord(toks[n]) && /^\p{Ll}/u.test(toks[n].text) && /(e|en|er|es|em)$/.test(toks[n].text) && n - k < 4) n++;
        if (!toks[n] || !SOURCE_NOUNS.has(toks[n].text)) continue;
        let s = n + 1;
        if (toks[s]?.text === 'von' || toks[s]?.text === 'vom') s++;
        if (toks[s]?.text === 'aus') s++;
        const np = coordinatedPhrase(ctx, s, se);
        if (!np) continue;
        const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
        const content = governedContent(ctx, k, np.end, ss, se);
        if (!content) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, n + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
