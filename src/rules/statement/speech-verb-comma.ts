import {
  DETERMINERS, adverbs, PREPOSITIONS, PRONOUNS, isLowerWord, attributionClause, clauseEnd, demandedSpeech, sentenceTokens, coordinatedPhrase, konjunktivIn, speakerFrom, type SpeechVerb, isKonjunktiv1, lower, isFunction, contentEnd, insideQuote, isQuote, negated, speechVerbAt, subjectOf, subjectBeforeRelative, tokenSpan, clauseStart, appositionBefore,
} from './lib/grammar.js';
import { RELATIVE_PRONOUNS, commaComplement, ownSubject, passive } from './lib/comma-complement.js';
import { sentenceRule } from './lib/rule-kit.js';
import { relativeAntecedent } from './lib/relative-antecedent.js';
import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { ADVERBIAL_SUBORDINATORS, CONJUNCTIONAL_ADVERBS, COORDINATORS, DASS, DEMAND_OPINION_VERBS, OPINION_VERBS } from '../../lexicon/de/index.js';

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


/** The clause from `from` to `to` is a zu-infinitive: „zu“ + a verb, or a verb with „zu“ inside („abzuwarten“). */
function zuInfinitive(ctx: RuleContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const w = toks[k].text;
    if (w === 'zu' && ctx.lexicon.isVerb(toks[k + 1]?.text ?? '') && /^\p{Ll}+en$/u.test(toks[k + 1]?.text ?? '')) return true;
    if (/^\p{Ll}{2,}zu\p{Ll}{2,}en$/u.test(w) && ctx.lexicon.isVerb(w)) return true;
  }
  return false;
}
/** „begründen“ reports only with „damit, dass …“ („begründete den Antrag damit, dass …“), never „mit „…““. */
const NEEDS_DAMIT = new Set(['begründen']);

function opinionVerbAt(ctx: RuleContext, v: number, se: number): SpeechVerb | null {
  const t = ctx.doc.tokens[v];
  if (!t || t.type !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  const lemma = ctx.lexicon.verbLemmas(t.text).find((l) => OPINION_VERBS.has(l));
  if (!lemma) {
    // „X griff in seiner Ansprache auf, dass …“, „sprach an, dass …“: a particle verb of mentioning, its particle at the clause end
    const ce = clauseEnd(ctx.doc, v, se);
    const particle = ctx.doc.tokens[ce - 1];
    if (ce - 1 <= v || ce - v > 8 || particle.type !== 'word' || ctx.doc.tokens[ce]?.text !== ',') return null;
    const pv = ctx.lexicon.particleVerbLemma(t.text, particle.text);
    return pv && OPINION_VERBS.has(pv) ? { i: v, lemma: pv, particle: ce - 1 } : null;
  }
  // the clause ends right after the verb or its subject: „X findet, …“ / „…, findet X, …“ / „Unverständlich findet X, dass“
  const ce = clauseEnd(ctx.doc, v, se);
  const toks = ctx.doc.tokens;
  if (NEEDS_DAMIT.has(lemma)) {
    // „begründete X damit, dass“ / „hatte X damit begründet, dass“
    if (toks[ce]?.text !== ',' || !DASS.has(lower(toks[ce + 1]?.text ?? ''))) return null;
    const cs = clauseStart(ctx, v, sentenceTokens(ctx.doc, toks[v].sentence)[0]).start;
    for (let k = cs; k < ce; k++) if (lower(toks[k].text) === 'damit') return { i: v, lemma, particle: -1 };
    return null;
  }
  // („Die FDP findet aber auch, dass …“: linking words and adverbs at the clause end)
  let e = ce;
  while (e - 1 > v && toks[e - 1].type === 'word' && (CONJUNCTIONAL_ADVERBS.has(lower(toks[e - 1].text)) || COORDINATORS.has(lower(toks[e - 1].text)) || adverbs(ctx.lexicon).has(lower(toks[e - 1].text)))) e--;
  const last = toks[e - 1];
  if (e - v > 4 || (e - 1 > v && /^\p{Ll}/u.test(last.text))) return null;
  return { i: v, lemma, particle: -1 };
}

/** „Unverständlich findet Spahn, dass …“: a fronted adjective is no subject; the subject follows the verb. */
function subjectAfterFrontedAdjective(ctx: RuleContext, v: number, ss: number, se: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  if (v !== ss + 1 || !ctx.lexicon.isAdjective(lower(toks[ss].text))) return null;
  const ce = clauseEnd(ctx.doc, v, se);
  const np = coordinatedPhrase(ctx, v + 1, ce);
  if (!np || np.end !== ce) return null;
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  return sp && sp.form !== 'pronoun' ? sp : null;
}

export default sentenceRule(
  {
    id: ID,
    description: 'Speech verb, middle field, comma, reported clause: „Der Minister sagte am Freitag, dass die Steuern steigen“',
    priority: 90,
  },
  ({ ctx, doc, quotes, sentence, ss, se }, out) => {
    for (let v = ss; v < se; v++) {
      const said = speechVerbAt(ctx, v, se);
      const opinion = said ? null : opinionVerbAt(ctx, v, se);
      const sv = said ?? opinion;
      if (!sv || insideQuote(quotes, v) || attributive(ctx, v, ss)) continue;
      const prev = doc.tokens[v - 1];
      // "…, sagte X" and "„…“, sagte X" are trailing attributions
      const beforeRelative = prev?.text === ',' ? subjectBeforeRelative(ctx, v, ss) : null;
      if (v > ss && prev && ((prev.text === ',' && !appositionBefore(ctx, v, ss) && !beforeRelative) || isQuote(prev))) continue;
      const cs = clauseStart(ctx, v, ss);
      // passive ("wird auf 50.000 Euro geschätzt") is no attribution
      // (after a relative clause on the subject the clause found is the relative one: its passive is no matter —
      // „Anna Roth, die als Ehrengast begrüßt wurde, erklärte, …“)
      if (!beforeRelative && passive(ctx, cs.start, v)) continue;
      // „X soll Y auffordern, …“: what someone is asked to say is not said yet
      if (demandedSpeech(ctx, sv, cs.start)) continue;
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
      if (opinion && !DASS.has(lower(doc.tokens[from - 1]?.text ?? '')) && !DASS.has(lower(doc.tokens[from]?.text ?? '')) && !konjunktivIn(ctx, from, contentEnd(ctx, from, se))
        && !(DEMAND_OPINION_VERBS.has(opinion.lemma) && zuInfinitive(ctx, from, contentEnd(ctx, from, se)))) continue;
      // „Thomas Prügel, der darauf hinweist, dass …“: a relative clause without a subject of its own speaks for its antecedent
      const speaker = subjectAfterFrontedAdjective(ctx, v, ss, se) ?? subjectOf(ctx, v, ss, se)
        ?? (cs.sub && RELATIVE_PRONOUNS.has(sub ?? '') ? relativeAntecedent(ctx, cs.start, v, ss) : null);
      if (!speaker) continue;
      // „Er verlange vom Rat, dass …“: a verb of saying in the Konjunktiv I is itself reported — whose, the
      // sentences before tell (statement/konjunktiv-continuation)
      if (isKonjunktiv1(ctx, doc.tokens[v].text) && lower(doc.tokens[v - 1]?.text ?? '') !== 'ich' && speaker.text.toLowerCase() !== 'ich') continue;
      let end = contentEnd(ctx, from, se);
      // „erwarten vom Rat, „den Beschluss zu respektieren“ und fordern: …“: a quoted infinitive ends the content
      const q = opinion && isQuote(doc.tokens[from]) ? quotes.find((x) => x.open === from) : undefined;
      if (q && q.close < end - 1) end = q.close + 1;
      if (end - from < 2) continue;
      // „…, dass der BUND einschreitet oder klagt, enttäuschen: „…““: a bare infinitive before a colon after the comma is
      // the main clause's verb — the verb of saying closed an embedded clause
      const f0 = doc.tokens[from];
      if (f0.type === 'word' && isLowerWord(f0.text) && ctx.lexicon.verbLemmas(f0.text).includes(f0.text) && doc.tokens[from + 1]?.text === ':') continue;
      out.push({
        rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sentence,
      });
    }
  },
);
