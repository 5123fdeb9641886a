import { COORDINATORS, PREPOSITIONS, extendSource, findQuotes, DETERMINERS, konjunktivIn, coordinatedPhrase, insideQuote, isQuote, lower, negated, sentenceTokens, speakerFrom, speechVerbAt, speechLemmas, tokenSpan, trimEnd, clauseEnd, appositionBefore, subjectBeforeRelative, isKonjunktiv1, frontedAdverbialClause, adverbs, afterTimeAdverbial, type SpeechVerb } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import type { RuleContext } from '../types.js';
import { AUXILIARIES, CITED_AUX, INTERROGATIVES, SUBJECT_INTERPOSED_ADVERBS } from '../../lexicon/de/index.js';


/** The finite forms of „haben“ (closed class): „…, hatte X gesagt“. */
const HABEN = new Set([...AUXILIARIES].filter((w) => /^h[aä]/.test(w)));

/** Finite forms of „lassen“: „…, ließ er über seinen Anwalt erklären“. */
export const LASSEN = new Set(['ließ', 'ließen', 'lässt', 'lassen', 'liess', 'liessen', 'lässt']);

/** The infinitive of a verb of saying at token `i` („erklären“, „mitteilen“, „verlauten“). */
export function speechInfinitive(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && t.type === 'word' && /^\p{Ll}+en$/u.test(t.text) && speechLemmas(ctx.lexicon).has(t.text);
}

const ID = 'statement/trailing-speech-verb';



/** Tokens [s, e) are a preposition phrase followed by an embedded question: „Auf die Frage, ob …“. */
function questionFrame(ctx: RuleContext, s: number, e: number): boolean {
  const toks = ctx.doc.tokens;
  if (!PREPOSITIONS.has(lower(toks[s].text))) return false;
  for (let k = s + 1; k < e - 1; k++) if (toks[k].text === ',') return INTERROGATIVES.has(lower(toks[k + 1].text));
  return false;
}

/** Tokens [s, e) hold a lower-case verb form or a Konjunktiv outside quotation marks (a clause, not only adverbials). */
function holdsVerb(ctx: RuleContext, s: number, e: number): boolean {
  const toks = ctx.doc.tokens;
  const quotes = findQuotes(ctx.doc);
  for (let k = s; k < e; k++) {
    const t = toks[k];
    if (insideQuote(quotes, k) || isQuote(t)) return true; // quoted words: read as content
    if (t.type === 'word' && /^\p{Ll}/u.test(t.text) && (konjunktivIn(ctx, k, k + 1) || (ctx.lexicon.isVerb(t.text) && !DETERMINERS.has(lower(t.text)) && !PREPOSITIONS.has(lower(t.text))))) return true;
  }
  return false;
}

/**
 * The sentence opens with a noun phrase and its relative clause, which end right before the verb at
 * `v` („Carsten Rees, der den Beirat führt, informierte …“): that is the verb's subject. Not a
 * clause with its own verb before the relative one („Es handele sich um eine 43-Jährige, nach der …“).
 */
function subjectOpensWithRelative(ctx: RuleContext, v: number, ss: number): boolean {
  const toks = ctx.doc.tokens;
  const sb = subjectBeforeRelative(ctx, v, ss);
  if (!sb || sb.start !== toks[ss].start) return false;
  let k = ss;
  while (k < v && toks[k].end < sb.end) k++;
  return toks[k + 1]?.text === ',' && !holdsVerb(ctx, ss, k + 1);
}

/** A verb of manner at `v` after a comma whose clause before it (from `ss`) holds a Konjunktiv I verb. */
function mannerAfterKonjunktiv(ctx: RuleContext, v: number, ss: number): SpeechVerb | null {
  const t = ctx.doc.tokens[v];
  if (!t || t.type !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  const manner = ctx.lexicon.list('quote-manner-verbs');
  const lemma = ctx.lexicon.verbLemmas(t.text).find((l) => manner.has(l));
  if (!lemma) return null;
  for (let k = ss; k < v - 1; k++) if (ctx.doc.tokens[k].type === 'word' && isKonjunktiv1(ctx, ctx.doc.tokens[k].text)) return { i: v, lemma, particle: -1 };
  return null;
}

/**
 * „Für 2024 seien „interessante Angebote in Planung“, blieb Muck auch hier unbestimmt“: any lower-case
 * finite verb after a comma whose clause before it holds a Konjunktiv I verb, when a person the text
 * names is its subject right after it (reported speech is attributed by the inverted subject).
 */
function anyVerbAfterKonjunktiv(ctx: RuleContext, v: number, ss: number, se: number): SpeechVerb | null {
  const toks = ctx.doc.tokens;
  const t = toks[v];
  if (!t || t.type !== 'word' || !/^\p{Ll}+$/u.test(t.text) || AUXILIARIES.has(t.text) || ctx.lexicon.isFunctionWord(t.text)) return null;
  if (!ctx.lexicon.isVerb(t.text) || isKonjunktiv1(ctx, t.text)) return null;
  let konj = false;
  for (let k = ss; k < v - 1 && !konj; k++) konj = toks[k].type === 'word' && isKonjunktiv1(ctx, toks[k].text);
  if (!konj) return null;
  const np = coordinatedPhrase(ctx, v + 1, se);
  const sp = np && np.parts.length === 1 ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
  return sp && sp.type === 'PER' && sp.form !== 'pronoun' ? { i: v, lemma: t.text, particle: -1 } : null;
}

export default sentenceRule(
  {
    id: ID,
    description: 'Content, comma, speech verb, speaker: „Der Täter ist flüchtig, teilte die Polizei mit.“',
    priority: 80,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    // "Das sagte der Minister am Mittwoch." — the demonstrative points at the sentence before
    if (sentence > 0 && ['Das', 'Dies'].includes(toks[ss].text) && ss + 2 < se) {
      let sv = speechVerbAt(ctx, ss + 1, se);
      let ce = sv ? (sv.particle >= 0 ? sv.particle : clauseEnd(doc, ss + 1, se)) : -1;
      let npEnd = ce;
      // „Das hat der Naturschutzbund am Dienstag erklärt.“: the perfect, the participle closing the clause
      if (!sv && HABEN.has(toks[ss + 1].text)) {
        // (the participle ends the sentence; brackets in the middle field end no clause here)
        let pce = trimEnd(doc, ss, se);
        // („Das hat das Landesamt gemeldet und sich auf eine Analyse berufen“: the participle before a coordinated clause)
        for (let k = ss + 3; k < pce - 1; k++) {
          if (lower(toks[k + 1].text) !== 'und' || toks[k].type !== 'word' || !/^\p{Ll}/u.test(toks[k].text)) continue;
          if (speechVerbAt(ctx, k, se)) {
            pce = k + 1;
            break;
          }
        }
        sv = pce - 1 > ss + 2 ? speechVerbAt(ctx, pce - 1, se) : null;
        ce = pce;
        npEnd = pce - 1;
      }
      // („Das meldete heute das Landesamt“, „Das hat am Montag die Polizei gemeldet“: an adverb or a time adverbial before the subject)
      let subj = ss + 2;
      while (subj < npEnd && adverbs(ctx.lexicon).has(toks[subj].text)) subj++;
      subj = afterTimeAdverbial(ctx, subj);
      let np = sv && !negated(doc, ss + 1, ce) ? coordinatedPhrase(ctx, subj, npEnd) : null;
      // („das Landesamt für Umwelt“: the name's tail with „für“ or a genitive)
      if (np && np.parts.length === 1) np = extendSource(ctx, np, npEnd);
      // (adverbials after the speaker: „am Dienstag bei seiner Bilanz“)
      if (np && np.end < npEnd && npEnd !== ce && !PREPOSITIONS.has(lower(toks[np.end].text)) && !adverbs(ctx.lexicon).has(toks[np.end].text) && toks[np.end].text !== '(') np = null;
      const speaker = np ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
      const [ps, pe] = sentenceTokens(doc, sentence - 1);
      const end = trimEnd(doc, ps, pe);
      // a headline before it (no closing full stop) is no content: „Das sagen die Trainer zu …“ introduces what follows
      const closed = ['.', '!', '?', '…'].includes(toks[pe - 1]?.text ?? '') || isQuote(toks[pe - 1]);
      if (speaker && closed && end - ps >= 2 && !isQuote(toks[ps])) {
        out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, ss + 1, ss + 2), content: tokenSpan(doc, ps, end), sentence: sentence - 1 });
      }
      // „„Wir prüfen alles.“ ⏎ Das teilte Staatsanwalt X mit.“: the sentence before is one quotation
      const q = quotes.find((x) => x.open === ps && x.close >= pe - 2 && x.close < pe);
      if (speaker && q && q.close - q.open > 2 && pe === ss) {
        out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, ss + 1, ss + 2), content: tokenSpan(doc, q.open + 1, q.close), sentence: sentence - 1 });
      }
    }
    for (let v = ss + 2; v < se; v++) {
      if (toks[v - 1].text !== ',' || appositionBefore(ctx, v, ss)) continue;
      // „„…“, sagte X“ is direct-quote's; a quote that closes a clause begun before it („erfolgte nicht „von außen“, sagte X“) is read here
      // (and „„…“, wird sie zitiert“: the passive of „zitieren“ is read here, below)
      if (isQuote(toks[v - 2]) && !CITED_AUX.has(toks[v].text) && !quotes.some((x) => x.close === v - 2 && x.open - ss >= 2 && toks[x.open - 1].type === 'word' && !isQuote(toks[ss]) && !COORDINATORS.has(lower(toks[ss].text)))) continue;
      if (insideQuote(quotes, v)) continue;
      if (LASSEN.has(toks[v].text)) {
        // "…, ließ er über seinen Anwalt erklären": the speaker between „ließ“ and the infinitive
        const ce = clauseEnd(doc, v, se);
        if (!speechInfinitive(ctx, ce - 1) || negated(doc, v, ce)) continue;
        const np = coordinatedPhrase(ctx, v + 1, ce - 1);
        const speaker = np ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
        if (!speaker) continue;
        if (quotes.some((x) => x.open === ss && x.close === v - 2)) continue;
        const end = trimEnd(doc, ss, v - 1);
        if (end - ss < 2) continue;
        out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, ss, end), sentence: sentence });
        continue;
      }
      const cited = CITED_AUX.has(toks[v].text);
      if (HABEN.has(toks[v].text) || cited) {
        // „…, hatten die Organisatoren im Vorfeld berichtet“: the speaker between the auxiliary and the participle;
        // „…, wird Steiner in der Mitteilung zitiert“: the one quoted is the speaker of the passive
        const ce = clauseEnd(doc, v, se);
        const p = ce - 1;
        if (p - v < 2 || toks[p].text === toks[v].text || negated(doc, v, ce)) continue;
        if (cited ? toks[p].text !== 'zitiert' : !speechVerbAt(ctx, p, se)) continue;
        // („„…“, wird sie zitiert“: a whole quotation is cited directly; „Man wolle es „fit machen“, wird sie
        // zitiert“: a quote closing a clause begun before it belongs to the reported sentence)
        const whole = quotes.find((x) => x.open === ss && x.close === v - 2);
        const closing = quotes.some((x) => x.close === v - 2 && x.open - ss >= 2);
        if (cited ? isQuote(toks[v - 2]) && !whole && !closing : isQuote(toks[v - 2]) || !!whole) continue;
        const np = coordinatedPhrase(ctx, v + 1, p);
        const speaker = np ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
        if (speaker && whole && whole.close - whole.open > 2) {
          out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, p, p + 1), content: tokenSpan(doc, whole.open + 1, whole.close), sentence: sentence });
          continue;
        }
        const end = trimEnd(doc, ss, v - 1);
        if (!speaker || end - ss < 2 || subjectOpensWithRelative(ctx, v, ss)) continue;
        // „Wie berichtet, hat der Vorsitzende X gefordert, …“: the newsroom's „as reported“ is no content
        if (end - ss === 2 && lower(toks[ss].text) === 'wie' && /^(?:berichtet|gemeldet|erwähnt|angekündigt)$/.test(toks[ss + 1].text)) continue;
        if (questionFrame(ctx, ss, v - 1) || (PREPOSITIONS.has(lower(toks[ss].text)) && !holdsVerb(ctx, ss, end))) continue;
        out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, p, p + 1), content: tokenSpan(doc, ss, end), sentence: sentence });
        continue;
      }
      // „Das Gebäude werde seit 2016 nicht genutzt, begründete Regionalbischöfin X den Schritt“: a verb of manner
      // (quote-manner-verbs.txt) attributes reported speech in the Konjunktiv I before it
      const sv = speechVerbAt(ctx, v, se) ?? mannerAfterKonjunktiv(ctx, v, ss) ?? anyVerbAfterKonjunktiv(ctx, v, ss, se);
      if (!sv) continue;
      // „Carsten Rees, der den Beirat seit 2014 führt, informierte X …“: the subject and its relative clause are no content
      if (subjectOpensWithRelative(ctx, v, ss)) continue;
      const ce = sv.particle >= 0 ? sv.particle : clauseEnd(doc, v, se);
      if (negated(doc, v, ce)) continue;
      // „…, räumte auch Bernhard Zauner ein“: a focus or linking adverb between the verb and its subject
      let sub = v + 1;
      while (sub < ce - 1 && SUBJECT_INTERPOSED_ADVERBS.has(toks[sub].text)) sub++;
      // „…, sagte am Montag Martin Schmidt vom Landesamt“: a time adverbial before the subject
      sub = afterTimeAdverbial(ctx, sub);
      const np = coordinatedPhrase(ctx, sub, ce);
      if (!np) continue;
      const speaker = speakerFrom(ctx, np.start, np.end, np.parts);
      if (!speaker) continue;
      // the content: the sentence up to the comma, after an opening quote that closes before it
      let from = ss;
      const q = quotes.find((x) => x.open >= ss && x.close < v - 1 && x.open === ss);
      if (q && q.close === v - 2) continue; // a quote: the direct-quote rule reads it
      const end = trimEnd(doc, from, v - 1);
      if (end - from < 2) continue;
      // „Auf die Frage, ob …, meinte X, …“: a question that frames the answer; „Um 9.37 Uhr, eine Stunde
      // später, spricht X …“: adverbials (a preposition, no verb) are no content („Keine Seltenheit, sagt X“ is)
      if (questionFrame(ctx, from, v - 1) || (PREPOSITIONS.has(lower(toks[from].text)) && !holdsVerb(ctx, from, end))) continue;
      // „Weil Fußgänger kaum über die Straße kämen, fordert der Ortsbeirat einen Überweg“: an adverbial clause alone
      // before the verb is no content — the verb is the main clause's, after its fronted clause
      if (frontedAdverbialClause(toks, from, v - 1, ctx)) continue;
      out.push({
        rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sentence,
      });
    }
  },
);
