import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { isLowerWord, isQuote, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { namedSpeaker } from './lib/named-speaker.js';

const ID = 'statement/transcript-line';

/** At most this many tokens of a role after the name („, Brandinspektor Marburg-Biedenkopf“). */
const MAX_ROLE = 8;
/** At least this many words after the colon: a spoken line, not a label („Foto: dpa“). */
const MIN_WORDS = 5;

/** Token index where the line holding token `k` ends (exclusive). */
function lineEnd(ctx: RuleContext, k: number): number {
  const toks = ctx.doc.tokens;
  let j = k;
  while (j + 1 < toks.length && !ctx.doc.text.slice(toks[j].end, toks[j + 1].start).includes('\n')) j++;
  return j + 1;
}

/** Token `k` stands on the article's first line and more lines follow: the headline. */
function headline(ctx: RuleContext, k: number): boolean {
  const nl = ctx.doc.text.indexOf('\n');
  return nl >= 0 && ctx.doc.tokens[k].start < nl && ctx.doc.text.slice(nl).trim() !== '';
}

/** Token `k` opens a line (the first token of the text, or a line break before it). */
function lineStart(ctx: RuleContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  return k === 0 || ctx.doc.text.slice(toks[k - 1].end, toks[k].start).includes('\n');
}

/**
 * A transcript line: a person's name at the start of a line, an optional role after a comma, a
 * colon and what the person said, without quotation marks, to the end of the line: „Lars Berg,
 * Brandinspektor im Kreis: Man konnte den Feuerschein weit sehen.“ Only a person (a name the entity
 * layer knows, or role + name) speaks so; labels („Fazit:“, „Foto:“, „Quelle:“), places and the
 * article's first line (its headline) never do, nor a line whose text after the colon is a quotation
 * (the colon-quote rule's) or too short to be speech.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Line start: name [, role] + colon + unquoted speech: „Lars Berg, Brandinspektor im Kreis: Man konnte den Feuerschein weit sehen.“ → direct, Lars Berg',
    priority: 20,
  },
  ({ ctx, doc, toks, sentence, ss, se }, out) => {
    if (!lineStart(ctx, ss) || headline(ctx, ss)) return;
    let colon = -1;
    for (let k = ss + 1; k < se && k - ss <= MAX_ROLE + 4; k++) {
      if (toks[k].text === ':') {
        colon = k;
        break;
      }
    }
    if (colon < 0 || isQuote(toks[colon + 1])) return;
    const comma = toks.slice(ss, colon).findIndex((t) => t.text === ',');
    const nameEnd = comma >= 0 ? ss + comma : colon;
    if (nameEnd <= ss) return;
    const speaker: SpeakerRef | null = namedSpeaker(ctx, ss, nameEnd);
    if (!speaker || speaker.type !== 'PER') return;
    // the role: words and hyphens, no lower-case verb
    for (let k = nameEnd + 1; k < colon; k++) {
      const t = toks[k];
      if (t.type === 'punct' && t.text !== '-' && t.text !== '(' && t.text !== ')') return;
      if (t.type === 'word' && isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text) && !ctx.lexicon.isAdjective(t.text)) return;
    }
    if (colon - nameEnd - 1 > MAX_ROLE) return;
    const le = lineEnd(ctx, colon);
    const words = toks.slice(colon + 1, le).filter((t) => t.type === 'word').length;
    if (words < MIN_WORDS) return;
    const end = trimEnd(doc, colon + 1, le);
    out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, colon, colon + 1), content: tokenSpan(doc, colon + 1, end), sentence });
  },
);
