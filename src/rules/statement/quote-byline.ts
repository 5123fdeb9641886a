import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { isLowerWord, isTitleQuote, quoteAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { namedSpeaker } from './lib/named-speaker.js';

const ID = 'statement/quote-byline';

/** At most this many tokens in the byline („Jana Langer, Klinikärztin in Hausen“). */
const MAX_BYLINE = 10;
const DASHES = new Set(['-', '–', '—']);

/** Token `k` is the first of its line. */
function opensLine(ctx: RuleContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  return k === 0 || ctx.doc.text.slice(toks[k - 1].end, toks[k].start).includes('\n');
}

/** Token `k` stands on the article's first line and more lines follow: the headline. */
function headline(ctx: RuleContext, k: number): boolean {
  const nl = ctx.doc.text.indexOf('\n');
  return nl >= 0 && ctx.doc.tokens[k].start < nl && ctx.doc.text.slice(nl).trim() !== '';
}

/** Token index where the line holding token `k` ends (exclusive). */
function lineEnd(ctx: RuleContext, k: number): number {
  const toks = ctx.doc.tokens;
  let j = k;
  while (j + 1 < toks.length && !ctx.doc.text.slice(toks[j].end, toks[j + 1].start).includes('\n')) j++;
  return j + 1;
}

/**
 * The byline [s, e): an optional dash, a person's name, an optional role after a comma, no verb,
 * nothing else: „— Jana Langer“, „Helmut Holter, Chef der Kultusministerkonferenz“. The speaker, or null.
 */
function byline(ctx: RuleContext, s: number, e: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  if (s < e && DASHES.has(toks[s].text)) s++;
  if (e > s && toks[e - 1].text === '.') e--;
  if (e <= s || e - s > MAX_BYLINE) return null;
  let nameEnd = e;
  for (let k = s; k < e; k++) if (toks[k].text === ',') { nameEnd = k; break; }
  for (let k = nameEnd + 1; k < e; k++) {
    const t = toks[k];
    if (t.type === 'punct' && t.text !== '-' && t.text !== '(' && t.text !== ')') return null;
    if (t.type === 'word' && isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text) && !ctx.lexicon.isAdjective(t.text)) return null;
  }
  const sp = namedSpeaker(ctx, s, nameEnd);
  return sp && sp.type === 'PER' ? sp : null;
}

/**
 * A quotation that fills a line, signed by a name-and-role line after it (on the same line or the
 * next): „„Wir brauchen mehr Personal.“ Jana Langer, Klinikärztin“. The signature must name a
 * person and hold no verb; a quoted title or a headline (the article's first line) is no statement.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Quotation line signed by name [, role]: „„Wir brauchen mehr Personal.“ Jana Langer, Klinikärztin“ → direct, Jana Langer',
    priority: 20,
  },
  ({ ctx, doc, toks, quotes, sentence, ss }, out) => {
    // the quotation that opens the sentence (a binary search, not a scan of every quote per sentence)
    const q = quoteAt(quotes, ss);
    if (q && q.open === ss && opensLine(ctx, q.open) && !headline(ctx, q.open) && !isTitleQuote(ctx, q)) {
      const le = lineEnd(ctx, q.open);
      let speaker: SpeakerRef | null = null;
      if (q.close >= le) speaker = null;
      else if (q.close + 1 < le) speaker = byline(ctx, q.close + 1, le);
      else if (le < toks.length) speaker = byline(ctx, le, lineEnd(ctx, le));
      const end = trimEnd(doc, q.open + 1, q.close);
      if (speaker && end - (q.open + 1) >= 3) out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, q.close, q.close + 1), content: tokenSpan(doc, q.open + 1, end), sentence });
    }
  },
);
