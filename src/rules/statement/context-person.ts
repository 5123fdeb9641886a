import type { Rule, RuleContext } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import { demandedSpeech, findQuotes, insideQuote, isKonjunktiv2, isQuote, konjunktivIn, lower, sentenceTokens, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { personSubject, reportedSentence, stanceSubject, wholeQuoteSentence } from './lib/context-speaker.js';

const ID = 'statement/context-person';

/** How many sentences back the person may have been introduced, over quotes, reported and short sentences. */
const MAX_BACK = 8;
/** A sentence of at most this many tokens („Egal.“, „Die Nachrichten?“, „Das war auch nötig.“) is read over. */
const SHORT = 5;
/** Words that attribute a sentence to a source of its own. */
const ATTRIBUTION_WORDS = new Set(['laut', 'zufolge', 'gemäß', 'gemäss']);
/** Openers of a condition, whose Konjunktiv is no reported speech. */
const CONDITIONAL = new Set(['wenn', 'falls', 'sofern', 'sollte', 'sollten']);
/** Singular „würde“: too common outside reported speech. */
const WEAK = new Set(['würde']);


/**
 * Sentence `i` names a source of its own: a verb of saying or „laut“/„zufolge“ outside quotation
 * marks, a colon before a quote, or a bracket right after it („„…“ (Name)“).
 */
function ownCue(ctx: RuleContext, i: number): boolean {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const quotes = findQuotes(doc);
  const [ss, se] = sentenceTokens(doc, i);
  for (let k = ss; k < se; k++) {
    if (insideQuote(quotes, k)) continue;
    const t = toks[k];
    const sv = speechVerbAt(ctx, k, se);
    if (ATTRIBUTION_WORDS.has(lower(t.text)) || (sv && !demandedSpeech(ctx, sv, ss))) return true;
    if (t.text === ':' && isQuote(toks[k + 1])) return true;
    if (t.text === '(' && k > ss && isQuote(toks[k - 1])) return true;
  }
  return toks[se]?.text === '(';
}

/** The Konjunktiv verb of the main clause (before the first comma outside quotes) of sentence `i`, and whether it is a Konjunktiv II; or null. */
function konjunktivVerb(ctx: RuleContext, i: number): { k: number; two: boolean } | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const quotes = findQuotes(doc);
  const [ss, se] = sentenceTokens(doc, i);
  if (isQuote(toks[ss]) || insideQuote(quotes, ss) || CONDITIONAL.has(lower(toks[ss].text))) return null;
  for (let k = ss + 1; k < se; k++) {
    if (insideQuote(quotes, k) || isQuote(toks[k])) continue;
    const t = toks[k];
    if (t.text === ',') return null;
    if (t.type !== 'word' || WEAK.has(t.text) || lower(toks[k - 1].text) === 'ich') continue;
    if (isKonjunktiv2(t.text)) return { k, two: true };
    if (konjunktivIn(ctx, k, k + 1) && !ctx.lexicon.isAdjective(t.text)) return { k, two: false };
  }
  return null;
}

/** A blank line between sentences `a` and `b`. */
function paragraphBetween(ctx: RuleContext, a: number, b: number): boolean {
  const doc = ctx.doc;
  const [, ae] = sentenceTokens(doc, a);
  const [bs] = sentenceTokens(doc, b);
  return /\n\s*\n/.test(doc.text.slice(doc.tokens[ae - 1].end, doc.tokens[bs].start));
}

/**
 * Speech without a cue whose speaker is the person the passage is about: after a sentence that
 * opens with a named person and a finite verb („Doch Maier pfeift auf die Brücke.“), the following
 * Konjunktiv sentences and whole-sentence quotations are that person's, reading over quotes,
 * reported and short sentences („Die Nachrichten?“) — across a paragraph break too — until a
 * sentence names a source of its own or narrates something else. A Konjunktiv II only right after
 * a quote or a reported sentence; a condition („Wenn …“) is no speech.
 */
const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Cue-less speech of the person the passage is about: „Doch Jan Maier pfeift auf die Brücke. Die Vorwürfe seien frei erfunden.“ → indirect, Jan Maier',
    priority: 5,
  },
  find(ctx) {
    const doc = ctx.doc;
    const toks = doc.tokens;
    const quotes = findQuotes(doc);
    const out: StatementCandidate[] = [];
    for (const sen of doc.sentences) {
      const i = sen.index;
      const [ss, se] = sentenceTokens(doc, i);
      const q = quotes.find((x) => x.open === ss);
      const quote = !!q && wholeQuoteSentence(ctx, i);
      const verb = quote ? null : konjunktivVerb(ctx, i);
      if ((!quote && !verb) || ownCue(ctx, i)) continue;
      if (verb?.two && !(i > 0 && (wholeQuoteSentence(ctx, i - 1) || reportedSentence(ctx, i - 1)))) continue;
      let person = null;
      let j = i - 1;
      for (; j >= 0 && i - j <= MAX_BACK; j--) {
        if (ownCue(ctx, j)) break;
        // (or right before, a sentence of stance: „Der Mieterbund zeigte sich unzufrieden. Zwar habe die Regierung …“)
        person = personSubject(ctx, j) ?? (j === i - 1 && !quote ? stanceSubject(ctx, j) : null);
        if (person) break;
        const [a, b] = sentenceTokens(doc, j);
        if (b - a <= SHORT || wholeQuoteSentence(ctx, j) || reportedSentence(ctx, j)) continue;
        break;
      }
      if (!person) continue;
      // a quote right after the person's sentence in its paragraph is direct-quote's („Kolb schüttelt den Kopf. „…““)
      if (quote && j === i - 1 && !paragraphBetween(ctx, j, i)) continue;
      if (quote) {
        out.push({ rule: ID, kind: 'direct', speaker: person, cue: tokenSpan(doc, q!.open, q!.open + 1), content: tokenSpan(doc, q!.open + 1, q!.close), sentence: i });
      } else {
        out.push({ rule: ID, kind: 'indirect', speaker: person, cue: tokenSpan(doc, verb!.k, verb!.k + 1), content: tokenSpan(doc, ss, trimEnd(doc, ss, se)), sentence: i });
      }
    }
    return out;
  },
};
export default rule;
