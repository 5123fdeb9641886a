import type { Rule, RuleContext } from '../types.js';
import type { StatementCandidate } from './lib/types.js';
import {
  clauseEnd, clauseStart, contentEnd, insideQuote, findQuotes, isQuote, negated, sentenceTokens, speechVerbAt,
  subjectOf, tokenSpan, zuInfinitiveIsSpeech, isTitleQuote, type SpeechVerb,
  appositionBefore,
} from './lib/grammar.js';

const ID = 'statement/speech-verb-comma';

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
    if (['und', 'oder', 'sowie'].includes(toks[k].text) && speechOrVerb(ctx, k + 1)) return -1;
  }
  let s = ce + 1;
  if (isQuote(toks[s]) && c.text === ':') return -1; // X sagte: „…“ is a direct quote
  const first = toks[s]?.text;
  if (first === 'dass' || first === 'daß' || first === 'ob') s++;
  else {
    // a zu-infinitive ("gab an, … eingesetzt zu haben") or a verb-second clause
    const ce2 = clauseEnd(ctx.doc, s, sentEnd);
    const zu = toks[ce2 - 2]?.text === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(toks[ce2 - 1]?.text ?? '');
    if (zu && !zuInfinitiveIsSpeech(sv.lemma)) return -1;
    // a relative clause or an apposition is no reported content
    if (['der', 'die', 'das', 'welche', 'welcher', 'deren', 'dessen', 'wo', 'was', 'um', 'wobei', 'darunter'].includes(first) && !zu) {
      if (first !== 'der' && first !== 'die' && first !== 'das') return -1;
      // "die Raketen seien …" is content; "die in … kämpfen," (relative) is not: relative clauses end in a verb before the comma
      const after = toks[s + 1];
      // "das sei »ein Hohn«": a demonstrative subject before a finite verb is content too
      const lower = !!after && /^\p{Ll}/u.test(after.text);
      const adjective = lower && ctx.lexicon.isAdjective(after.text);
      const verbSecond = lower && !adjective && ctx.lexicon.isVerb(after.text);
      if (!after || (!/^\p{Lu}/u.test(after.text) && !adjective && !verbSecond)) return -1;
    }
  }
  if (s >= sentEnd) return -1;
  // ", teilte die Polizei mit": a trailing attribution, no content
  if (speechVerbAt(ctx, s, sentEnd)) return -1;
  return s;
}

const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden']);
function passive(ctx: RuleContext, from: number, v: number): boolean {
  for (let k = from; k < v; k++) if (PASSIVE_AUX.has(ctx.doc.tokens[k].text)) return true;
  return false;
}

function speechOrVerb(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.type === 'word' && /^\p{Ll}/u.test(t.text) && ctx.lexicon.isVerb(t.text);
}

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Speech verb, middle field, comma, reported clause: „Der Minister sagte am Freitag, dass die Steuern steigen“',
  },
  find(ctx) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const quotes = findQuotes(doc);
    for (const sen of doc.sentences) {
      const [ss, se] = sentenceTokens(doc, sen.index);
      for (let v = ss; v < se; v++) {
        const sv = speechVerbAt(ctx, v, se);
        if (!sv || insideQuote(quotes, v)) continue;
        const prev = doc.tokens[v - 1];
        // "…, sagte X" and "„…“, sagte X" are trailing attributions
        if (v > ss && prev && ((prev.text === ',' && !appositionBefore(ctx, v, ss)) || isQuote(prev))) continue;
        const cs = clauseStart(ctx, v, ss);
        // passive ("wird auf 50.000 Euro geschätzt") is no attribution
        if (passive(ctx, cs.start, v)) continue;
        const sub = doc.tokens[cs.start - 1]?.text.toLowerCase();
        if (cs.sub && (sub === 'wie' || sub === 'als' || sub === 'wenn')) continue;
        const from = commaComplement(ctx, sv, se);
        if (from < 0) continue;
        if (negated(doc, cs.start, sv.particle >= 0 ? sv.particle : from)) continue;
        const speaker = subjectOf(ctx, v, ss, se);
        if (!speaker) continue;
        const end = contentEnd(ctx, from, se);
        if (end - from < 2) continue;
        out.push({
          rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sen.index,
        });
      }
    }
    return out;
  },
};
export default rule;
