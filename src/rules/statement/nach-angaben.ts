import type { Rule, RuleContext } from '../types.js';
import type { SpeakerRef, StatementCandidate } from './lib/types.js';
import {
  coordinatedPhrase, extendSource, findQuotes, firstFiniteVerb, insideQuote, isWord, sentenceTokens, speakerFrom, subjectOf, tokenSpan,
} from './lib/grammar.js';
import { governedContent } from './lib/according.js';

const ID = 'statement/nach-angaben';

/** Nouns of information that make "nach …" an attribution ("nach Angaben", "nach neuesten Daten"). */
const SOURCE_NOUNS = new Set([
  'Angaben', 'Angabe', 'Berichten', 'Bericht', 'Informationen', 'Information', 'Daten', 'Schätzungen', 'Schätzung',
  'Erkenntnissen', 'Einschätzung', 'Einschätzungen', 'Darstellung', 'Aussage', 'Aussagen', 'Worten', 'Ansicht',
  'Auffassung', 'Zählung', 'Zählungen', 'Recherchen', 'Zahlen', 'Berechnungen', 'Medienberichten', 'Statistiken',
  'Prognosen', 'Prognose', 'Ermittlungen', 'Auskunft', 'Mitteilung', 'Meldungen', 'Quellen', 'Umfragen',
]);
/** Heads of compounds whose modifier is the source: „Polizeiangaben“ → Polizei, „Unternehmensangaben“ → Unternehmen. */
const COMPOUND_HEADS = ['angaben', 'schätzungen', 'informationen', 'berechnungen', 'zählungen', 'darstellung', 'zahlen', 'aussagen', 'berichten'];
const POSSESSIVES = /^(sein|seine|seinen|seiner|seinem|ihr|ihre|ihren|ihrer|ihrem|deren|dessen)$/;
/** Words of a compound modifier that name no source („nach neuesten Zahlen“ is handled above, „Gesamtzahlen“ is none). */
const NOT_SOURCE = /^(gesamt|jahres|monats|tages|wochen|vorjahres|end|zwischen|vorläufig|offiziell|erst|neu|aktuell|roh|eckd)/i;

/** „Polizeiangaben“ → „Polizei“: the modifier of a source-noun compound, or null. */
function compoundSource(ctx: RuleContext, word: string): string | null {
  const lw = word.toLowerCase();
  for (const head of COMPOUND_HEADS) {
    if (!lw.endsWith(head) || lw.length < head.length + 3) continue;
    let mod = word.slice(0, word.length - head.length);
    if (mod.endsWith('-')) mod = mod.slice(0, -1);
    if (NOT_SOURCE.test(mod) || !/^\p{Lu}/u.test(mod)) return null;
    // linking -s: „Regierungs-“ → Regierung, „Unternehmens-“ → Unternehmen; linking -n only with the dictionary's word
    if (/s$/.test(mod) && !/^[\p{Lu}]+$/u.test(mod) && ctx.lexicon.isNoun(mod.slice(0, -1))) mod = mod.slice(0, -1);
    return mod;
  }
  return null;
}

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: '„nach Angaben / Berichten / Daten“ + source: „Nach Angaben der Feuerwehr brannte das Dach“ → according_to Feuerwehr (also „nach Polizeiangaben“, „nach eigenen Angaben“, „nach seinen Worten“)',
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
        let own = false;
        let possessive = -1;
        while (n < se && isWord(toks[n]) && /^\p{Ll}/u.test(toks[n].text) && /(e|en|er|es|em)$/.test(toks[n].text) && n - k < 4) {
          if (/^eigen/.test(toks[n].text)) own = true;
          else if (POSSESSIVES.test(toks[n].text) && n === k + 1) possessive = n;
          n++;
        }
        const t = toks[n];
        if (!t || t.type !== 'word') continue;
        let speaker: SpeakerRef | null = null;
        let pe = n + 1; // end of the attribution phrase
        if (SOURCE_NOUNS.has(t.text) && own) {
          // "Die Polizei nahm nach eigenen Angaben … fest": the clause's subject speaks
          const fv = firstFiniteVerb(ctx, ss, se);
          if (fv < 0) continue;
          speaker = subjectOf(ctx, fv, ss, se);
          if (!speaker || (speaker.start >= toks[k].start && speaker.start < toks[n].end)) continue;
        } else if (SOURCE_NOUNS.has(t.text) && possessive >= 0) {
          // "Nach seinen Worten …": the person who spoke before
          const p = toks[possessive];
          speaker = { text: p.text, start: p.start, end: p.end, name: p.text, form: 'pronoun', entity: null, type: null };
        } else if (SOURCE_NOUNS.has(t.text)) {
          let s = n + 1;
          if (toks[s]?.text === 'von' || toks[s]?.text === 'vom') s++;
          if (toks[s]?.text === 'aus') s++;
          const np0 = coordinatedPhrase(ctx, s, se);
          if (!np0) continue;
          const np = extendSource(ctx, np0, se);
          speaker = speakerFrom(ctx, np.start, np.end, np.parts);
          if (!speaker || speaker.form === 'pronoun') continue;
          pe = np.end;
        } else {
          // "nach Polizeiangaben", "nach ersten Gewerkschaftsangaben"
          const mod = compoundSource(ctx, t.text);
          if (!mod) continue;
          const acronym = /^[\p{Lu}]{2,}$/u.test(mod);
          speaker = { text: t.text, start: t.start, end: t.end, name: mod, form: 'named', entity: null, type: acronym ? 'ORG' : null };
        }
        const content = governedContent(ctx, k, pe, ss, se);
        if (!content) continue;
        out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, n + 1), content, sentence: sen.index });
      }
    }
    return out;
  },
};
export default rule;
