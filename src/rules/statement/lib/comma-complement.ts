/**
 * The reported clause after a verb of saying and its middle field („sagte am Freitag gegenüber
 * SBS TV, dass …“): where it starts, and the checks that make a clause no report (passive, an
 * object in the middle field, a relative clause with its own subject). Read by
 * statement/speech-verb-comma (the clause is its content) and statement/verb-object (a verb with
 * such a clause has no object content).
 */
import type { RuleContext } from '../../types.js';
import { ADVERBIAL_SUBORDINATORS, LIST_COORDINATORS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../../../lexicon/de/index.js';
import {
  clauseEnd, clauseStart, contentEnd, insideQuote, findQuotes, isQuote, negated, sentenceTokens, speechVerbAt,
  subjectOf, subjectBeforeRelative, tokenSpan, zuInfinitiveIsSpeech, isTitleQuote, konjunktivIn, AUXILIARIES, PREPOSITIONS, DETERMINERS, QUOTE_CHARS, PRONOUNS, type SpeechVerb,
  appositionBefore, appositionPhrase,
} from './grammar.js';


/**
 * The reported clause after a speech verb and its middle field: "sagte am Freitag gegenüber
 * SBS TV, dass …" → the token index where the content starts (after "dass"/"ob"), or -1.
 */
export function commaComplement(ctx: RuleContext, sv: SpeechVerb, sentEnd: number): number {
  const toks = ctx.doc.tokens;
  const v = sv.i;
  let ce = sv.particle >= 0 ? sv.particle + 1 : clauseEnd(ctx.doc, v, sentEnd);
  // a quoted title in the middle field ("sagte im „Bericht aus Berlin“, …") does not end the clause
  while (sv.particle < 0 && isQuote(toks[ce])) {
    const title = findQuotes(ctx.doc).find((q) => q.open === ce);
    if (!title || !isTitleQuote(ctx, title)) break;
    ce = clauseEnd(ctx.doc, title.close, sentEnd);
  }
  const c = toks[ce];
  if (!c || ce >= sentEnd - 1 || (c.text !== ',' && c.text !== ':')) return -1;
  if (ce - v > 14) return -1;
  // no second predicate in the middle field ("informierte … darüber und sagte")
  for (let k = v + 1; k < ce; k++) {
    if (LIST_COORDINATORS.has(toks[k].text) && speechOrVerb(ctx, k + 1)) return -1;
  }
  let s = ce + 1;
  if (isQuote(toks[s]) && c.text === ':') return -1; // X sagte: „…“ is a direct quote
  // „So sagt Caspar Baader, der die Kommission leitet, ein Zürcher Sitz sei nicht zwingend“: a relative clause or an
  // apposition after the speaker's name; the content follows its closing comma
  // (the content a clause of its own with a verb: „lobte die Polizei, die … habe, und die Feuerwehr“ has none)
  if (c.text === ',') {
    const after = afterSpeakerClause(ctx, ce, sentEnd);
    if (after > 0 && !LIST_COORDINATORS.has(toks[after].text) && clauseHasVerb(ctx, after, contentEnd(ctx, after, sentEnd))) s = after;
  }
  if (adverbialClause(ctx, s, sentEnd)) return -1;
  // "kündigte Streiks an, so die Zeitung": a trailing „so“ attribution, no content
  if (toks[s]?.text === 'so' && (isQuote(toks[s + 1]) || DETERMINERS.has(toks[s + 1]?.text ?? '') || /^\p{Lu}/u.test(toks[s + 1]?.text ?? ''))) return -1;
  const first = toks[s]?.text;
  let zuInf = false;
  if (first === 'dass' || first === 'daß' || first === 'ob') s++;
  else {
    // a zu-infinitive ("gab an, … eingesetzt zu haben") or a verb-second clause
    const ce2 = clauseEnd(ctx.doc, s, sentEnd);
    const zu = toks[ce2 - 2]?.text === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(toks[ce2 - 1]?.text ?? '');
    zuInf = zu;
    if (zu && !zuInfinitiveIsSpeech(sv.lemma)) return -1;
    // „schlug eine Waffenruhe vor, um ein Treffen vorzubereiten“: an infinitive of purpose is no content
    if (zu && /^(?:um|ohne|statt|anstatt)$/.test(first ?? '')) return -1;
    // „über die Art, mit der die Ministerin …“: a preposition + relative pronoun + the clause's subject (an article
    // or a pronoun, not a noun: „mit der Bahn sei …“ is content) opens a relative clause
    const third = (toks[s + 2]?.text ?? '').toLowerCase();
    if (PREPOSITIONS.has(first ?? '') && RELATIVE_PRONOUNS.has(toks[s + 1]?.text ?? '') && (DETERMINERS.has(third) || PRONOUNS.has(third))) return -1;
    // a relative clause or an apposition is no reported content
    if (['der', 'die', 'das', 'welche', 'welcher', 'deren', 'dessen', 'wo', 'was', 'um', 'wobei', 'darunter'].includes(first) && !zu) {
      if (first !== 'der' && first !== 'die' && first !== 'das') return -1;
      // "die Raketen seien …" is content; "die in … kämpfen," (relative) is not: relative clauses end in a verb before the comma
      // „die «Komplementärkoalition», in der …, sei gescheitert“: a quoted noun after the article is read as its word
      const after = isQuote(toks[s + 1]) && /^\p{Lu}/u.test(toks[s + 2]?.text ?? '') ? toks[s + 2] : toks[s + 1];
      // "das sei »ein Hohn«": a demonstrative subject before a finite verb is content too
      const lower = !!after && /^\p{Ll}/u.test(after.text);
      const adjective = lower && ctx.lexicon.isAdjective(after.text);
      const verbSecond = lower && !adjective && ctx.lexicon.isVerb(after.text);
      if (!after || (!/^\p{Lu}/u.test(after.text) && !adjective && !verbSecond)) return -1;
      // „verwies auf 31 Veranstaltungen, die KUK organisiert habe“: article-like pronoun + noun, then the verbs at the
      // clause end (a participle or infinitive, then the finite auxiliary) — a relative clause, not verb second
      const ce3 = clauseEnd(ctx.doc, s, sentEnd);
      const third = toks[s + 2];
      const finalAux = ce3 - 1 > s + 2 && AUXILIARIES.has(toks[ce3 - 1].text);
      if (/^\p{Lu}/u.test(after.text) && finalAux && third && third.type === 'word' && /^\p{Ll}/u.test(third.text) && !AUXILIARIES.has(third.text) && ctx.lexicon.isVerb(third.text) && ce3 - 1 === s + 3) return -1;
    }
  }
  if (s >= sentEnd) return -1;
  // "sprach von einem Großbrand, die Polizei von einem Schwelbrand": an elliptic clause without a verb is no content
  if (s === ce + 1 && !zuInf && !clauseHasVerb(ctx, s, contentEnd(ctx, s, sentEnd))) return -1;
  // ", teilte die Polizei mit": a trailing attribution, no content
  if (speechVerbAt(ctx, s, sentEnd)) return -1;
  // "hatte neun Jahre Haft gefordert, die Verteidigung plädierte …", "räumte eine Niederlage ein: Ihre Partei verlor …":
  // the verb has its object in the middle field; an indicative clause after it is a sentence of its own
  if (s === ce + 1 && !zuInf && objectInMiddleField(ctx, sv, ce) && !reportedMood(ctx, s, sentEnd)) return -1;
  return s;
}

/**
 * A relative clause („, der die Kommission leitet,“: a relative pronoun, a lower-case verb before the closing
 * comma) or a verbless apposition („, Sprecherin der Stadtwerke,“) that opens at comma `c` after a
 * capitalised word and closes at a comma before at least three more tokens: the token after that comma, or -1.
 */
function afterSpeakerClause(ctx: RuleContext, c: number, sentEnd: number): number {
  const toks = ctx.doc.tokens;
  if (toks[c - 1]?.type !== 'word' || !/^\p{Lu}/u.test(toks[c - 1].text)) return -1;
  let e = c + 1;
  while (e < sentEnd && toks[e].text !== ',' && !isQuote(toks[e]) && e - c <= 14) e++;
  if (toks[e]?.text !== ',' || e + 3 >= sentEnd) return -1;
  const first = toks[c + 1].text;
  const last = toks[e - 1];
  // (the finite verb ends a relative clause: „, die Zahl könne noch steigen,“ has it second and is content)
  let verbLast = e - c > 3 && last.type === 'word' && /^\p{Ll}/u.test(last.text) && ctx.lexicon.isVerb(last.text);
  for (let k = c + 2; k < e - 1 && verbLast; k++) if (AUXILIARIES.has(toks[k].text)) verbLast = false;
  const v2 = /^\p{Lu}/u.test(toks[c + 2]?.text ?? '') && toks[c + 3]?.type === 'word' && /^\p{Ll}/u.test(toks[c + 3].text) && ctx.lexicon.isVerb(toks[c + 3].text) && c + 3 < e - 1;
  const relative = RELATIVE_PRONOUNS.has(first) && verbLast && !v2;
  return relative || appositionPhrase(ctx, c, e) ? e + 1 : -1;
}

/** Focus particles before a subordinator: „selbst wenn“, „auch wenn“, „erst als“. */
const FOCUS = new Set(['selbst', 'auch', 'sogar', 'gerade', 'nur', 'erst', 'schon', 'noch']);

/**
 * „bezweifelt diese Zahlen, weil sie …“, „drohe ein Verlust, selbst wenn …“: an adverbial clause
 * after the comma gives a reason or condition, not what was said — unless a main clause follows
 * it („sagte, wenn die Steuern stiegen, werde die Wirtschaft leiden“).
 */
function adverbialClause(ctx: RuleContext, s: number, sentEnd: number): boolean {
  const toks = ctx.doc.tokens;
  let k = s;
  if (FOCUS.has(toks[k]?.text ?? '') && ADVERBIAL_SUBORDINATORS.has(toks[k + 1]?.text ?? '')) k++;
  if (!ADVERBIAL_SUBORDINATORS.has(toks[k]?.text ?? '')) return false;
  const ce = clauseEnd(ctx.doc, k, sentEnd);
  if (toks[ce]?.text !== ',') return true;
  const next = toks[ce + 1];
  // a finite verb right after the clause opens the main clause that carries the content
  return !(next && next.type === 'word' && /^\p{Ll}/u.test(next.text) && (AUXILIARIES.has(next.text) || ctx.lexicon.isVerb(next.text)));
}

const ACCUSATIVE_DETERMINERS = new Set(['die', 'das', 'ein', 'eine', 'einen', 'einige', 'mehrere', 'viele', 'zahlreiche', 'keine', 'keinen', 'es']);

/** The middle field of the speech verb (outside the subject and PPs) holds an accusative object: a number or „die/das/ein …“. */
function objectInMiddleField(ctx: RuleContext, sv: SpeechVerb, ce: number): boolean {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const v = sv.i;
  const [ss, se] = sentenceTokens(doc, toks[v].sentence);
  const cs = clauseStart(ctx, v, ss);
  let from = v + 1;
  let to = sv.particle >= 0 ? sv.particle : ce;
  for (let k = cs.start; k < v; k++) {
    if (AUXILIARIES.has(toks[k].text) && k > cs.start) {
      from = k + 1; // "hatte … gefordert": the middle field stands between the auxiliary and the participle
      to = v;
      break;
    }
  }
  const subject = subjectOf(ctx, v, ss, se);
  let inPP = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (subject && t.start >= subject.start && t.end <= subject.end) continue;
    const w = t.text.toLowerCase();
    if (PREPOSITIONS.has(w)) {
      inPP = true;
      continue;
    }
    if (inPP) {
      if (t.type === 'word' && /^\p{Lu}/u.test(t.text)) inPP = false; // the PP's noun closes it
      continue;
    }
    if (t.type === 'number' || ACCUSATIVE_DETERMINERS.has(t.text)) return true;
    if (ctx.results.quantities.some((q) => q.start === t.start)) return true; // "neun Jahre Haft"
  }
  return false;
}

/** The clause from `s` holds a Konjunktiv verb (the mood of reported speech). */
function reportedMood(ctx: RuleContext, s: number, sentEnd: number): boolean {
  return konjunktivIn(ctx, s, clauseEnd(ctx.doc, s, sentEnd));
}

export { RELATIVE_PRONOUNS };


/** A subject of its own between the relative pronoun and the verb: a pronoun or a determiner outside a PP. */
export function ownSubject(ctx: RuleContext, from: number, v: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < v; k++) {
    const w = toks[k].text.toLowerCase();
    if (SUBJECT_PRONOUNS.has(w) && toks[k].text === w) return true;
    if (DETERMINERS.has(w) && !(k > from && PREPOSITIONS.has(toks[k - 1].text.toLowerCase()))) return true;
  }
  return false;
}

function clauseHasVerb(ctx: RuleContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type === 'word' && /^\p{Ll}/u.test(t.text) && (AUXILIARIES.has(t.text) || ctx.lexicon.isVerb(t.text))) return true;
    if (t.type === 'punct' && QUOTE_CHARS.has(t.text)) return true; // a quote: read as content
  }
  return false;
}

const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden']);
/** Forms of „sein“ that make a participle of saying a stative passive („waren aufgefordert“, „ist gebeten“). */
const SEIN_AUX = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären']);
/** A participle with „ge-“, after a separable particle or not („aufgefordert“, „gebeten“): only asked of verbs of saying. */
const GE_PARTICIPLE = /^\p{Ll}{0,6}ge\p{Ll}{2,}(?:t|en)$/u;
export function passive(ctx: RuleContext, from: number, v: number): boolean {
  for (let k = from; k < v; k++) if (PASSIVE_AUX.has(ctx.doc.tokens[k].text)) return true;
  if (GE_PARTICIPLE.test(ctx.doc.tokens[v]?.text ?? '')) for (let k = from; k < v; k++) if (SEIN_AUX.has(ctx.doc.tokens[k].text)) return true;
  return false;
}

function speechOrVerb(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.type === 'word' && /^\p{Ll}/u.test(t.text) && ctx.lexicon.isVerb(t.text);
}

