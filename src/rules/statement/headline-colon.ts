import type { RuleContext } from '../types.js';
import { isQuote, isUpper, speakerFrom, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';

const ID = 'statement/headline-colon';

const SPACE = /\s/;
/** Whitespace other than a line break (what `[^\S\n]` matches). */
const blank = (c: string): boolean => c !== '\n' && SPACE.test(c);

/** A line of its own (headline, sub-heading): line break or text start before, line break or text end after. */
function ownLine(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.doc.text;
  // walk over the blanks around the span (no regex over the whole text before it)
  let b = start;
  while (b > 0 && blank(text[b - 1])) b--;
  if (b > 0 && text[b - 1] !== '\n') return false;
  let a = end;
  while (a < text.length && blank(text[a])) a++;
  return a >= text.length || text[a] === '\n';
}

/**
 * The part before the colon names a source: an acronym („GDL“), or a person or organisation
 * the entity layer found („Bundesbank“, „Scholz“) — not a topic („Hochwasser in Bayern“), a place or a label.
 */
function namesSource(ctx: RuleContext, s: number, e: number): boolean {
  const toks = ctx.doc.tokens;
  const words = toks.slice(s, e).filter((t) => t.type === 'word');
  if (words.length === 0 || words.length > 4 || !isUpper(words[0].text)) return false;
  // labels that stand before a colon in headlines but name no source („LIVE: …“, „Video: …“)
  const labels = ctx.lexicon.list('headline-labels');
  if (words.some((t) => labels.has(t.text.toLowerCase()))) return false;
  if (words.length === 1 && /^[\p{Lu}][\p{Lu}\d]+$/u.test(words[0].text)) return true;
  const start = toks[s].start;
  const end = toks[e - 1].end;
  return ctx.results.entities.some(
    (en) => (en.type === 'PER' || en.type === 'ORG') && en.mentions.some((m) => m.start <= start && m.end >= end),
  );
}

export default sentenceRule(
  {
    id: ID,
    description: 'Headline source + colon: „Verdi: Warnstreik an allen Flughäfen“ → according_to Verdi; „Scholz: „Wir schaffen das““ → direct',
    priority: 40,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    if (se - ss < 4 || !ownLine(ctx, toks[ss].start, toks[se - 1].end)) return;
    let colon = -1;
    for (let k = ss + 1; k < Math.min(se, ss + 7); k++) {
      if (toks[k].text === ':') {
        colon = k;
        break;
      }
      if (toks[k].type === 'punct' && toks[k].text !== '-' && toks[k].text !== '.') break;
    }
    if (colon < 0 || colon + 2 > se || !namesSource(ctx, ss, colon)) return;
    const speaker = speakerFrom(ctx, ss, colon);
    if (!speaker || speaker.form === 'pronoun') return;
    const from = colon + 1;
    const end = trimEnd(doc, from, se);
    if (end - from < 2) return;
    const q = quotes.find((x) => x.open === from && x.close >= end - 1);
    const content = q ? tokenSpan(doc, q.open + 1, q.close) : tokenSpan(doc, from, end);
    const kind = q || isQuote(toks[from]) ? 'direct' : 'according_to';
    out.push({ rule: ID, kind, speaker: { ...speaker, form: 'named' }, cue: tokenSpan(doc, colon, colon + 1), content, sentence: sentence });
  },
);
