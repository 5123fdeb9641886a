import {
  DETERMINERS, PREPOSITIONS, PRONOUNS, attributionClause, isKonjunktiv1, lower, isFunction, contentEnd, insideQuote, isQuote, negated, speechVerbAt, subjectOf, subjectBeforeRelative, tokenSpan, clauseStart, appositionBefore,
} from './lib/grammar.js';
import { RELATIVE_PRONOUNS, commaComplement, ownSubject, passive } from './lib/comma-complement.js';
import { sentenceRule } from './lib/rule-kit.js';
import type { RuleContext } from '../types.js';
import { ADVERBIAL_SUBORDINATORS } from '../../lexicon/de/index.js';

const ID = 'statement/speech-verb-comma';

/** A lower-case finite verb followed by a determiner or pronoun at `k`: the verb-second main clause after a subordinate clause. */
function mainClauseVerb(ctx: RuleContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const w = toks[k]?.text ?? '';
  const n = (toks[k + 1]?.text ?? '').toLowerCase();
  return /^\p{Ll}/u.test(w) && !isFunction(ctx.lexicon, w) && ctx.lexicon.isVerb(w) && (DETERMINERS.has(n) || PRONOUNS.has(n));
}

/**
 * The verb at `v` is an attributive participle: an adjective form with a noun right after it and an
 * article before it, only lower-case words or a preposition phrase between („in einer am Nachmittag
 * veröffentlichten Mitteilung teilte …“).
 */
function attributive(ctx: RuleContext, v: number, ss: number): boolean {
  const toks = ctx.doc.tokens;
  const next = toks[v + 1];
  if (!next || next.type !== 'word' || !/^\p{Lu}/u.test(next.text) || !ctx.lexicon.isAdjective(toks[v].text)) return false;
  for (let k = v - 1; k >= ss && v - k <= 4; k--) {
    const t = toks[k];
    if (t.type !== 'word') return false;
    const w = t.text.toLowerCase();
    if (DETERMINERS.has(w) && !PRONOUNS.has(w)) return k === ss || !/^\p{Lu}/u.test(toks[k + 1].text) || PREPOSITIONS.has(toks[k + 1].text.toLowerCase());
    if (/^\p{Lu}/u.test(t.text) && !PREPOSITIONS.has((toks[k - 1]?.text ?? '').toLowerCase())) return false;
  }
  return false;
}

export default sentenceRule(
  {
    id: ID,
    description: 'Speech verb, middle field, comma, reported clause: „Der Minister sagte am Freitag, dass die Steuern steigen“',
    priority: 90,
  },
  ({ ctx, doc, quotes, sentence, ss, se }, out) => {
    for (let v = ss; v < se; v++) {
      const sv = speechVerbAt(ctx, v, se);
      if (!sv || insideQuote(quotes, v) || attributive(ctx, v, ss)) continue;
      const prev = doc.tokens[v - 1];
      // "…, sagte X" and "„…“, sagte X" are trailing attributions
      const beforeRelative = prev?.text === ',' ? subjectBeforeRelative(ctx, v, ss) : null;
      if (v > ss && prev && ((prev.text === ',' && !appositionBefore(ctx, v, ss) && !beforeRelative) || isQuote(prev))) continue;
      const cs = clauseStart(ctx, v, ss);
      // passive ("wird auf 50.000 Euro geschätzt") is no attribution
      if (passive(ctx, cs.start, v)) continue;
      const sub = doc.tokens[cs.start - 1]?.text.toLowerCase();
      if (cs.sub && (sub === 'wie' || sub === 'als' || sub === 'wenn')) continue;
      // "Die Zahl, die der Verband nenne, sei falsch": the relative pronoun is the verb's object, what follows is the main clause
      if (cs.sub && RELATIVE_PRONOUNS.has(sub ?? '') && !beforeRelative && ownSubject(ctx, cs.start, v)) continue;
      const from = commaComplement(ctx, sv, se);
      if (from < 0) continue;
      // „Während X … fordert, plädiert die Verteidigung …“: after a subordinate clause a finite verb opens the main clause
      if (cs.sub && ADVERBIAL_SUBORDINATORS.has(sub ?? '') && mainClauseVerb(ctx, from)) continue;
      // „…, die Veranstalter sprechen von 5000“: a clause with its own speaker is a new attribution
      if (attributionClause(ctx, from, se)) continue;
      if (negated(doc, cs.start, sv.particle >= 0 ? sv.particle : from)) continue;
      const speaker = subjectOf(ctx, v, ss, se);
      if (!speaker) continue;
      // „Er verlange vom Rat, dass …“: a verb of saying in the Konjunktiv I is itself reported — whose, the
      // sentences before tell (statement/konjunktiv-continuation)
      if (isKonjunktiv1(ctx, doc.tokens[v].text) && lower(doc.tokens[v - 1]?.text ?? '') !== 'ich' && speaker.text.toLowerCase() !== 'ich') continue;
      const end = contentEnd(ctx, from, se);
      if (end - from < 2) continue;
      out.push({
        rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sentence,
      });
    }
  },
);
