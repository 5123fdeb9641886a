import type { Rule, RuleContext } from '../types.js';
import type { Bound, Quantity, Span } from '../../types.js';
import type { Doc } from '../../text/document.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { NumberMatch } from '../../text/numbers/index.js';
import { parseDenominator, parseOrdinalWord } from '../../text/numbers/words.js';
import { intervalFor, shareInterval, type Side } from './lib/intervals.js';
import { isUpperWord, nounAfter, nounLemma, sentenceOf, span, unitInfo } from './lib/nouns.js';
import { numberMatches } from './lib/phrases.js';
import { approxBefore } from './lib/qualifiers.js';

const ID = 'quantity/share';

/** What a share is of: a genitive or "von" after the fraction ("zwei Drittel der Wähler"). */
const SHARE_OF = /^[ \u00a0\u202f\u2009]+(?:der|des|aller|allen|von|vom|seiner|seines|ihrer|ihres|unserer|dieser|dieses|jener)[ \u00a0\u202f\u2009]+/i;
const HALF_SHARE = /(?<![\p{L}\d])([Dd]ie|[Dd]er|zur)[ \u00a0\u202f\u2009]+Hälfte(?!\p{L})/gu;
const EVERY_NTH = /(?<![\p{L}\d])([Jj]ede[rsnm]?)[ \u00a0\u202f\u2009]+(\p{L}+)/gu;
/** One-sided qualifiers before a share: word(s) → bound. */
const SHARE_QUALIFIERS: [RegExp, Bound][] = [
  [/(?:^|\s)(?:mehr als|über)\s+$/i, 'gt'],
  [/(?:^|\s)(?:weniger als|unter)\s+$/i, 'lt'],
  [/(?:^|\s)(?:mindestens|wenigstens)\s+$/i, 'gte'],
  [/(?:^|\s)(?:bis zu|höchstens|maximal)\s+$/i, 'lte'],
];

function shareQualifier(lex: Lexicon, text: string, at: number): { start: number; bound: Bound; side: Side } | null {
  const before = text.slice(Math.max(0, at - 20), at);
  for (const [re, bound] of SHARE_QUALIFIERS) {
    const q = re.exec(before);
    if (q) return { start: at - q[0].length + (/^\s/.test(q[0]) ? 1 : 0), bound, side: 'both' };
  }
  const a = approxBefore(lex, text, at);
  return a ? { start: a.start, bound: 'approx', side: a.side } : null;
}

/** The noun phrase a share is of: "der Befragten", "aller Wähler" (the noun after the determiner). */
function shareNoun(doc: Doc, lex: Lexicon, end: number): { end: number; noun: Span } | null {
  const of = SHARE_OF.exec(doc.text.slice(end, end + 16));
  if (!of) return null;
  const n = nounAfter(doc, lex, end + of[0].length - 1, false);
  return n && !n.durationUnit ? { end: n.end, noun: span(doc, n.start, n.end) } : null;
}

/**
 * Shares: a fraction of something, value = the fraction (unit "Anteil", interval by qualifier):
 * „zwei Drittel der Wähler“ 0.667, „ein Viertel der Haushalte“ 0.25, „die Hälfte der Befragten“ 0.5,
 * „jeder dritte Deutsche“ / „jeder Fünfte“ 1/n. A fraction without what it is of ("ein Drittel
 * weniger") is not reported.
 */
function shares(ctx: RuleContext, ms: NumberMatch[]): Quantity[] {
  const { doc, lexicon: lex } = ctx;
  const text = doc.text;
  const out: Quantity[] = [];
  const push = (start: number, numStart: number, numEnd: number, value: number, end: number, noun: Span | null, given?: Bound) => {
    const q = given ? null : shareQualifier(lex, text, start);
    const bound: Bound = given ?? (q ? q.bound : 'eq');
    const quantity: Quantity = {
      ...span(doc, q ? q.start : start, end),
      value,
      bound,
      interval: shareInterval(intervalFor(bound, value, q ? q.side : 'both')),
      unit: 'Anteil',
      sentence: sentenceOf(doc, numStart),
      number: span(doc, numStart, numEnd),
      rule: ID,
      kind: 'share',
    };
    if (noun) quantity.noun = noun;
    out.push(quantity);
  };
  // "zwei Drittel der Wähler", "ein Viertel aller Haushalte", "mindestens zwei Drittel der Kosten"
  for (const m of ms) {
    const oneSided = m.type === 'range' && !!m.range && (m.range.min == null || m.range.max == null);
    if ((m.type !== 'number' && !oneSided) || m.vague || !(m.value > 0 && m.value < 1)) continue;
    const numStart = m.numberStart ?? m.start;
    const numEnd = m.numberEnd ?? m.end;
    const written = text.slice(numStart, numEnd);
    if (!/tel$/i.test(written) || parseDenominator(written.slice(written.lastIndexOf(' ') + 1)) == null) continue;
    const of = shareNoun(doc, lex, m.end);
    if (!of) continue;
    let given: Bound | undefined;
    if (oneSided && m.range) {
      const r = m.range;
      given = r.max == null ? (r.minInclusive ? 'gte' : 'gt') : r.maxInclusive ? 'lte' : 'lt';
    }
    push(m.start, numStart, numEnd, m.value, of.end, of.noun, given);
  }
  // "die Hälfte der Befragten", "mehr als die Hälfte aller Wähler"
  HALF_SHARE.lastIndex = 0;
  for (let h = HALF_SHARE.exec(text); h; h = HALF_SHARE.exec(text)) {
    const end = h.index + h[0].length;
    const of = shareNoun(doc, lex, end);
    if (!of) continue;
    push(h.index, h.index + h[0].length - 'Hälfte'.length, end, 0.5, of.end, of.noun);
  }
  // "jeder Dritte", "jede fünfte Frau", "fast jeder zehnte Befragte"
  EVERY_NTH.lastIndex = 0;
  for (let e = EVERY_NTH.exec(text); e; e = EVERY_NTH.exec(text)) {
    const n = parseOrdinalWord(e[2]);
    if (n == null || n < 2) continue;
    const wordEnd = e.index + e[0].length;
    let end = wordEnd;
    let noun: Span | null = null;
    if (!isUpperWord(e[2])) {
      const nf = nounAfter(doc, lex, wordEnd, false);
      if (!nf || nf.durationUnit) continue; // "jedes dritte Jahr" would need a noun; "jeder dritte" alone is odd
      const lemma = nounLemma(lex, nf.written);
      if (unitInfo(lex, nf.written) || /^(?:Jahr|Monat|Woche|Tag|Mal)$/.test(lemma)) continue; // "jedes zweite Jahr": a frequency
      end = nf.end;
      noun = span(doc, nf.start, nf.end);
    }
    push(e.index, e.index, wordEnd, 1 / n, end, noun);
  }
  return out;
}

const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„zwei Drittel der Wähler“ → 0.667 Anteil; „jeder fünfte Befragte“ → 0.2 Anteil',
    priority: 75,
  },
  find: (ctx) => shares(ctx, numberMatches(ctx)),
};

export default rule;
