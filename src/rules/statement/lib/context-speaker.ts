/**
 * Sentence shapes for speech whose speaker is the person a passage is about (statement/context-person):
 * a sentence that introduces a named person as its subject, a sentence that is one quotation, a
 * sentence in reported speech.
 */
import type { RuleContext } from '../../types.js';
import type { SpeakerRef } from './types.js';
import { CONJUNCTIONAL_ADVERBS, COORDINATORS } from '../../../lexicon/de/index.js';
import { DEFINITE, PREPOSITIONS, findQuotes, isLowerWord, isQuote, konjunktivIn, lower, quoteAt, sentenceTokens, speakerFrom, subjectOf, tokenAt } from './grammar.js';
import { personLead } from './person-lead.js';

/** Sentence `i` is one quotation and nothing else, or lies inside a quotation over several sentences. */
export function wholeQuoteSentence(ctx: RuleContext, i: number): boolean {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const [ss, se] = sentenceTokens(doc, i);
  const q = quoteAt(findQuotes(doc), ss);
  if (!q) return false;
  if (q.close >= se) return true;
  let after = q.close + 1;
  while (after < se && toks[after].type === 'punct' && !isQuote(toks[after])) after++;
  return after >= se;
}

/** Sentence `i` holds a Konjunktiv verb outside quotation marks (reported speech). */
export function reportedSentence(ctx: RuleContext, i: number): boolean {
  const [ss, se] = sentenceTokens(ctx.doc, i);
  const quotes = findQuotes(ctx.doc);
  for (let k = ss; k < se; k++) if (!quoteAt(quotes, k) && konjunktivIn(ctx, k, k + 1)) return true;
  return false;
}

/**
 * Sentence `i` opens with a named person (a coordinator may stand before: „Doch Maier pfeift …“)
 * followed by a lower-case finite verb in the indicative (a conjunctional adverb may stand between:
 * „Maier hingegen lobte …“): that person, else null.
 */
export function personSubject(ctx: RuleContext, i: number): SpeakerRef | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const [ss, se] = sentenceTokens(doc, i);
  let s = ss;
  if (toks[s] && COORDINATORS.has(lower(toks[s].text))) s++;
  if (s >= se) return null;
  let np = personLead(ctx, s, se);
  const appos = np ? null : appositivePerson(ctx, s, se);
  if (appos) np = appos;
  if (!np) {
    const k = s;
    const e = ctx.results.entities.find((x) => x.type === 'PER' && x.mentions.some((m) => m.start === toks[k].start));
    if (!e) return null;
    const m = e.mentions.find((x) => x.start === toks[k].start)!;
    np = { start: s, end: tokenAt(doc, m.end), parts: [] };
  }
  // „Jens Maier (Name geändert) nimmt …“: a bracket after the name
  let v = np.end;
  if (toks[v]?.text === '(') {
    while (v < se && toks[v].text !== ')') v++;
    v++;
  }
  // „Der Chef der KMK, Minister Jan Wolff, versucht …“: the comma that closes the apposition
  if (appos && toks[v]?.text === ',') v++;
  // „Lars Brenner (FDP) hingegen lobte …“: a conjunctional adverb between the person and the verb
  if (toks[v] && CONJUNCTIONAL_ADVERBS.has(toks[v].text)) v++;
  const verb = toks[v];
  if (!verb || verb.type !== 'word' || !isLowerWord(verb.text) || !ctx.lexicon.isVerb(verb.text) || (ctx.lexicon.isFunctionWord(verb.text) && !ctx.lexicon.isVerb(verb.text))) return null;
  // „Jan Wolff habe ein gutes Ergebnis erzielt.“: a Konjunktiv verb makes the sentence someone's reported
  // speech about the person, who is its topic, not the passage's narrator
  if (konjunktivIn(ctx, v, v + 1)) return null;
  const sp = speakerFrom(ctx, np.start, np.end);
  return sp && sp.type === 'PER' && sp.form !== 'pronoun' ? { ...sp, form: 'named' } : null;
}

/** Tokens of a role phrase before the comma of its apposition („der Chef der Kultusministerkonferenz (KMK)“). */
const MAX_ROLE = 8;

/**
 * „Der Chef der Konferenz (KMK), Thüringens Minister Jan Wolff, versucht …“: a role phrase (a definite
 * article first, no lower-case word but articles and prepositions), a comma, an apposition that ends
 * in a person the entity layer found (capitalised words before the name), and a comma: the name.
 */
function appositivePerson(ctx: RuleContext, s: number, se: number): { start: number; end: number; parts: Array<[number, number]> } | null {
  const toks = ctx.doc.tokens;
  if (!DEFINITE.has(lower(toks[s]?.text ?? ''))) return null;
  let c = s + 1;
  while (c < se && c - s <= MAX_ROLE && toks[c].text !== ',') {
    const t = toks[c];
    if (t.type === 'word' && isLowerWord(t.text) && !DEFINITE.has(t.text) && !PREPOSITIONS.has(t.text)) return null;
    c++;
  }
  if (toks[c]?.text !== ',') return null;
  const np = personLead(ctx, c + 1, se);
  if (!np || toks[np.end]?.text !== ',') return null;
  // the name alone: the role words of the apposition are read by speakerFrom from the name's entity
  const e = ctx.results.entities.find((x) => x.type === 'PER' && x.mentions.some((m) => m.end === toks[np.end - 1].end));
  if (!e) return null;
  const m = e.mentions.find((x) => x.end === toks[np.end - 1].end)!;
  return { start: tokenAt(ctx.doc, m.start), end: np.end, parts: [] };
}

/**
 * Sentence `i` shows its subject's stance with „zeigen sich“ + a predicative, without a quotation and not
 * itself reported („Der Mieterbund zeigte sich unzufrieden mit der Wohnungspolitik.“, „So richtig zufrieden
 * zeigte sich der Minister aber nicht.“): that subject (any named speaker, a role or a pronoun), else null.
 */
export function stanceSubject(ctx: RuleContext, i: number): SpeakerRef | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const [ss, se] = sentenceTokens(doc, i);
  const quotes = findQuotes(doc);
  for (let k = ss; k < se; k++) if (isQuote(toks[k]) || quoteAt(quotes, k) || konjunktivIn(ctx, k, k + 1)) return null;
  for (let k = ss + 1; k < se - 2; k++) {
    const t = toks[k];
    if (t.type !== 'word' || !isLowerWord(t.text) || toks[k + 1].text !== 'sich' || !ctx.lexicon.verbLemmas(t.text).includes('zeigen')) continue;
    const sp = subjectOf(ctx, k, ss, se);
    return sp && !(sp.form === 'pronoun' && /^(?:es|man)$/i.test(sp.text)) ? sp : null;
  }
  return null;
}
