import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { namedSpeaker } from './lib/named-speaker.js';
import { DETERMINERS, QUOTE_CHARS, isLowerWord, isTitleQuote, isUpper, lower, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { earlierSurname } from './lib/earlier-surname.js';

const ID = 'statement/colon-quote';

/**
 * Prepositions that name whom the speaker told it or what about, between the name and the colon:
 * „Lind zu Radio X:“, „Trainer X über den 1. Heimsieg:“.
 */
const ADDRESSEE = new Set(['zu', 'zum', 'zur', 'gegenüber', 'über']);
/** At most this many lower-case words of manner between the name and the colon („X dazu vielsagend:“, „X trocken:“). */
const MAX_MANNER = 3;
/** At most this many tokens between the speaker's name and the colon (a descriptor in brackets, an addressee). */
const MAX_MIDDLE = 10;

/** Token `k` ends a sentence or a line: the speaker phrase starts after it. */
function boundaryBefore(ctx: RuleContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!t) return true;
  // „über den 1. Heimsieg“: the dot of an ordinal ends nothing
  if (t.text === '.' && toks[k - 1]?.type === 'number' && !t.space && isUpper(toks[k + 1]?.text ?? '') && !ctx.doc.text.slice(t.end, toks[k + 1].start).includes('\n')) return false;
  if (t.type === 'punct' && ['.', '!', '?', ':', ';'].includes(t.text)) return true;
  return ctx.doc.text.slice(t.end, toks[k + 1].start).includes('\n');
}

/**
 * What stands between the name and the colon, tokens [from, colon): nothing, a bracket
 * („(Trainer Borussia Dortmund)“), „zu“/„gegenüber“ + a noun phrase („zu Radio X“), or a few
 * lower-case words of manner („dazu vielsagend“, „trocken“). No verb: „X sagte: „…““ is another rule's.
 */
function middleOk(ctx: RuleContext, from: number, colon: number): boolean {
  const toks = ctx.doc.tokens;
  if (from === colon) return true;
  if (colon - from > MAX_MIDDLE) return false;
  if (toks[from].text === '(') return toks[colon - 1].text === ')' && !holdsLowerVerb(ctx, from + 1, colon - 1);
  if (ADDRESSEE.has(lower(toks[from].text))) {
    // „zu Radio X“, „zum »Tagesspiegel«“, „gegenüber der Zeitung“, „über den 1. Heimsieg“: articles, names,
    // quotation marks, an ordinal
    for (let k = from + 1; k < colon; k++) {
      const t = toks[k];
      if (t.type === 'number' && toks[k + 1]?.text === '.' && k + 1 < colon) {
        k++;
        continue;
      }
      if (t.type === 'punct' ? !QUOTE_CHARS.has(t.text) && t.text !== '-' : !isUpper(t.text) && !DETERMINERS.has(lower(t.text))) return false;
    }
    return colon > from + 1;
  }
  // „Geschäftsführer X dazu vielsagend:“, „Trainerin X trocken:“: adverbs and adjectives, no verb
  if (colon - from <= MAX_MANNER) {
    for (let k = from; k < colon; k++) {
      const t = toks[k];
      if (t.type !== 'word' || !isLowerWord(t.text)) return false;
      if (ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isAdjective(t.text) && !ctx.lexicon.isFunctionWord(t.text)) return false;
    }
    return true;
  }
  return false;
}

function holdsLowerVerb(ctx: RuleContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = ctx.doc.tokens[k];
    if (t.type === 'word' && isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text)) return true;
  }
  return false;
}

export default sentenceRule(
  {
    id: ID,
    description: 'Name [(descriptor) | zu X] + colon + quotation, no verb: „Ana Lind (Trainerin TSV Hausen): „Wir waren heute zu passiv.““ → direct, Ana Lind',
    priority: 35,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (const q of quotes) {
      const colon = q.open - 1;
      if (colon <= ss || colon >= se || toks[colon].text !== ':' || isTitleQuote(ctx, q)) continue;
      // the speaker phrase opens the sentence or the line
      let s = colon - 1;
      // a bracket before the colon is read over whole, also when a dot inside ended the sentence („(Trainer 1. FC Köln)“)
      let floor = ss;
      if (toks[colon - 1].text === ')') {
        let o = colon - 2;
        while (o > 0 && colon - o <= MAX_MIDDLE && toks[o].text !== '(' && toks[o].text !== ')' && !QUOTE_CHARS.has(toks[o].text)) o--;
        if (toks[o]?.text === '(' && o < ss) {
          floor = o - 1;
          while (floor > 0 && !boundaryBefore(ctx, floor - 1) && o - floor <= 6) floor--;
          s = o - 1;
        }
      }
      while (s > floor && !boundaryBefore(ctx, s - 1) && colon - s <= MAX_MIDDLE + 6) s--;
      if (s > floor && !boundaryBefore(ctx, s - 1)) continue;
      if (QUOTE_CHARS.has(toks[s].text)) continue;
      // the name, then the middle: try each end of the name phrase
      let speaker: SpeakerRef | null = null;
      for (let e = s + 1; e <= colon && !speaker; e++) {
        if (!middleOk(ctx, e, colon)) continue;
        speaker = namedSpeaker(ctx, s, e) ?? (e === s + 1 ? earlierSurname(ctx, s) : null);
      }
      if (!speaker) continue;
      const end = trimEnd(doc, q.open + 1, q.close);
      if (end - (q.open + 1) < 2) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, colon, colon + 1), content: tokenSpan(doc, q.open + 1, end), sentence });
    }
  },
);
