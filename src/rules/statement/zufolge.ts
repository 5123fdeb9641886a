import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { coordinatedPhrase, insideQuote, pronounRef, speakerFrom, tokenSpan } from './lib/grammar.js';
import { governedContent } from './lib/according.js';
import { sentenceRule } from './lib/rule-kit.js';

const ID = 'statement/zufolge';

/** Dative pronouns before „zufolge“: „Ihm zufolge“, „ihr zufolge“ (resolved to the person named before). */
const DATIVE_PRONOUN = /^(ihm|ihr)$/i;

/** Possessives of the third person before a noun of telling: „Ihren Angaben zufolge“, „seinen Worten zufolge“. */
const POSSESSIVE_SOURCE = /^(?:ihren|seinen)$/i;
/** Nouns of telling after such a possessive. */
const SOURCE_NOUN = /^(?:Angaben|Worten|Aussagen|Schätzungen|Einschätzungen|Berechnungen|Informationen)$/;

/** A person is named before offset `pos` (else a pronoun source refers to nobody). */
function personBefore(ctx: RuleContext, pos: number): boolean {
  return ctx.results.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.end <= pos));
}

/**
 * Two or three words right before „zufolge“ that start with a capitalised name and go on with
 * small-written name words no dictionary knows („Infratest dimap“): a named source as written.
 */
function brandBefore(ctx: RuleContext, s: number, k: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  const a = k - 2 >= s ? k - 2 : -1;
  if (a < 0 || k - a > 3) return null;
  const words = toks.slice(a, k);
  if (!words.every((t) => t.type === 'word') || !/^\p{Lu}/u.test(words[0].text)) return null;
  const lex = ctx.lexicon;
  if (!words.slice(1).every((t) => /^\p{Ll}/u.test(t.text) && !lex.isCommonWord(t.text) && !lex.isFunctionWord(t.text))) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const text = ctx.doc.source.slice(start, end);
  return { text, start, end, name: text, form: 'named', entity: null, type: null };
}

export default sentenceRule(
  {
    id: ID,
    description: 'source + „zufolge“: „Dem Wetterdienst zufolge steigt der Pegel weiter“ → according_to Wetterdienst (also „Ihm zufolge“ → the man named before)',
    priority: 60,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let k = ss + 1; k < se; k++) {
      if (toks[k].text !== 'zufolge' || insideQuote(quotes, k)) continue;
      // the source phrase: from the clause start (sentence start or after a comma) up to "zufolge"
      let s = k - 1;
      while (s > ss && toks[s - 1].text !== ',' && k - s < 12) s--;
      let speaker = null;
      // where the source phrase starts: „Auf der A5 streifte er den Angaben zufolge ein Auto“ governs the whole clause
      let ps = s;
      const prev = toks[k - 1];
      if (s === k - 1 && DATIVE_PRONOUN.test(prev.text)) {
        if (!personBefore(ctx, prev.start)) continue;
        speaker = pronounRef(prev);
      } else if (k - 2 >= ss && POSSESSIVE_SOURCE.test(toks[k - 2].text) && SOURCE_NOUN.test(prev.text)) {
        // „Ihren Angaben zufolge“, „seinen Worten zufolge“: the possessive stands for the person named before
        if (!personBefore(ctx, toks[k - 2].start)) continue;
        speaker = pronounRef(toks[k - 2]);
        ps = k - 2;
      } else {
        let np = null;
        for (let t = s; t < k && !np; t++) {
          const p = coordinatedPhrase(ctx, t, k);
          if (p && p.end === k) np = p;
        }
        if (np) ps = np.start;
        if (!np) {
          // a name written partly small, as firms write themselves: „Infratest dimap zufolge“
          speaker = brandBefore(ctx, s, k);
          if (!speaker) continue;
        } else speaker = speakerFrom(ctx, np.start, np.end, np.parts);
        if (!speaker || speaker.form === 'pronoun') continue;
      }
      if (speaker.form === 'pronoun' && ps !== k - 2) ps = k - 1;
      const content = governedContent(ctx, ps, k + 1, ss, se);
      if (!content) continue;
      out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, k, k + 1), content, sentence });
    }
  },
);
