import type { RuleContext } from '../types.js';
import type { Doc } from '../../text/document.js';
import type { StatementCandidate, SpeakerRef } from './lib/types.js';
import {
  DOCUMENT_NOUNS, konjunktivIn, findQuotes, sentenceTokens, clauseEnd, contentEnd, coordinatedPhrase, insideQuote, isQuote, lower, negated, nounPhrase,
  speakerFrom, tokenSpan, trimEnd, type Phrase, type Quote,
} from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { antecedentBefore } from './lib/antecedent.js';
import type { Rule } from '../types.js';

const ID = 'statement/hiess-es';

/** Finite forms of impersonal „es heißt“ (also Swiss spelling without ß). */
const HEISSEN = new Set(['hieß', 'heißt', 'hiess', 'heisst', 'hieße', 'hiesse']);
/** Finite forms of „verlauten“, with or without „es“: „…, verlautete aus Parteikreisen“. */
const VERLAUTEN = new Set(['verlautete', 'verlautet', 'verlauteten']);
/** Prepositions that name the source of an impersonal report: „aus Kreisen“, „beim Verband“, „in der Mitteilung“. */
const SOURCE_PREPS = new Set(['aus', 'bei', 'beim', 'von', 'vom', 'in', 'im', 'seitens']);
/** Time words: „hieß es am Montag“ names no source. */
const TIME_WORDS = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|vormittag|nachmittag|nacht|anschluss|vorfeld|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jahr|woche|monat|tag)/i;

/** Occasions: „hieß es bei der Feier“, „bei der Pressekonferenz“ name when, not who. */
const OCCASION_WORDS = /^(feier|feierstunde|festakt|veranstaltung|pressekonferenz|sitzung|versammlung|tagung|konferenz|gala|eröffnung|jubiläum|empfang|gedenkfeier|zeremonie|kundgebung|diskussion|podiumsdiskussion)$/i;

/** The source named by „aus/bei/in X“ in tokens [from, limit): the first PP that is no time and no bare place after „in“. */
function sourcePhrase(ctx: RuleContext, from: number, limit: number): { prep: number; np: Phrase } | null {
  const toks = ctx.doc.tokens;
  for (let k = from; k < limit - 1; k++) {
    const w = lower(toks[k].text);
    if (!SOURCE_PREPS.has(w)) continue;
    const np = coordinatedPhrase(ctx, k + 1, limit);
    if (!np) continue;
    const words = toks.slice(np.start, np.end).filter((t) => t.type === 'word');
    if (words.some((t) => TIME_WORDS.test(t.text))) continue;
    // „hieß es bei der Feier“: an occasion names when, not who
    if (words.some((t) => OCCASION_WORDS.test(t.text))) continue;
    // „hieß es in Berlin“: a place names where, not who (unless nothing else follows)
    if ((w === 'in' || w === 'im') && placeOnly(ctx, np)) continue;
    return { prep: k, np };
  }
  return null;
}

function placeOnly(ctx: RuleContext, np: Phrase): boolean {
  const toks = ctx.doc.tokens;
  const s = toks[np.start].start;
  const e = toks[np.end - 1].end;
  return ctx.results.entities.some((en) => en.type === 'LOC' && en.mentions.some((m) => m.start <= s && m.end >= e));
}

/** The speaker of the source phrase; a document noun with a genitive speaks for its author. */
function sourceSpeaker(ctx: RuleContext, np: Phrase): SpeakerRef | null {
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!sp) return null;
  const toks = ctx.doc.tokens;
  // „in der Mitteilung des Verbands“ → the name is the genitive, the text stays the whole phrase
  for (let k = np.start + 1; k < np.end - 1; k++) {
    const w = lower(toks[k].text);
    if ((w === 'des' || w === 'der') && DOCUMENT_NOUNS.test(toks[k - 1].text)) {
      const gen = nounPhrase(ctx, k, np.end);
      const g = gen ? speakerFrom(ctx, gen.start, gen.end) : null;
      if (g) return { ...sp, name: g.name, entity: g.entity, type: g.type, form: 'named' };
    }
  }
  // an impersonal source is never resolved to an earlier speaker
  return { ...sp, form: 'named' };
}


/** „hieß es“ at `v` reports quote `q` as direct speech, else tokens [from, end) as indirect speech. */
function report(doc: Doc, speaker: SpeakerRef, v: number, q: Quote | undefined, from: number, end: number, sentence: number, cueEnd = v + 2): StatementCandidate | null {
  const cue = tokenSpan(doc, v, cueEnd);
  if (q) return { rule: ID, kind: 'direct', speaker, cue, content: tokenSpan(doc, q.open + 1, q.close), sentence };
  if (end - from < 2) return null;
  return { rule: ID, kind: 'indirect', speaker, cue, content: tokenSpan(doc, from, end), sentence };
}

/** "wie es aus X hieß": according_to X, the content is the rest of the sentence. */
function emitWie(ctx: RuleContext, out: StatementCandidate[], k: number, v: number, ss: number, se: number, sentence: number): void {
  const doc = ctx.doc;
  const src = sourcePhrase(ctx, k + 2, v);
  if (!src) return;
  const speaker = sourceSpeaker(ctx, src.np);
  if (!speaker) return;
  let content;
  if (k === ss) {
    const from = v + 2;
    if (doc.tokens[v + 1]?.text !== ',' || from >= se) return;
    const e = contentEnd(ctx, from, se);
    if (e - from < 2) return;
    content = tokenSpan(doc, from, e);
  } else {
    const e = trimEnd(doc, ss, k - 1);
    if (e - ss < 2) return;
    content = tokenSpan(doc, ss, e);
  }
  out.push({ rule: ID, kind: 'according_to', speaker, cue: tokenSpan(doc, v, v + 1), content, sentence });
}

function dedupe(c: StatementCandidate[]): StatementCandidate[] {
  const seen = new Set<string>();
  return c.filter((x) => {
    const key = `${x.cue.start}:${x.content.start}:${x.content.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words after „hieß es“ that mark a further report of the source named before: „…, hieß es weiter.“ */
const FURTHER = new Set(['weiter', 'ferner', 'außerdem', 'zudem', 'darüber', 'hinaus']);

/**
 * „…, hieß es weiter.“ / „Weiter hieß es, …“ names no source: it continues the last statement
 * (of the first pass, at most two sentences back), whose speaker it takes.
 */
function continuedReports(ctx: RuleContext, found: readonly StatementCandidate[]): StatementCandidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const quotes = findQuotes(doc);
  const withCue = new Set(found.map((c) => c.sentence));
  const out: StatementCandidate[] = [];
  for (const sen of doc.sentences) {
    if (withCue.has(sen.index)) continue;
    const [ss, se] = sentenceTokens(doc, sen.index);
    for (let v = ss; v < se - 1; v++) {
      if (!HEISSEN.has(lower(toks[v].text)) || lower(toks[v + 1].text) !== 'es' || insideQuote(quotes, v)) continue;
      const prev = toks[v - 1];
      let from = -1;
      let end = -1;
      if (v > ss && prev?.text === ',') {
        // trailing: only further-words (and punctuation) after „hieß es“
        let k = v + 2;
        let further = false;
        while (k < se && toks[k].type === 'word' && FURTHER.has(lower(toks[k].text))) { further = true; k++; }
        if (!further || toks.slice(k, se).some((t) => t.type !== 'punct' || isQuote(t))) continue;
        from = ss;
        end = trimEnd(doc, ss, v - 1);
      } else if (v === ss + 1 && FURTHER.has(lower(toks[ss].text)) && [',', ':'].includes(toks[v + 2]?.text ?? '')) {
        // leading: „Weiter hieß es, …“
        from = v + 3;
        if (toks[from]?.text === 'dass' || toks[from]?.text === 'daß') from++;
        end = contentEnd(ctx, from, se);
      } else continue;
      if (end - from < 2) break;
      const ante = antecedentBefore(ctx, found, toks[ss].start, 2);
      if (!ante) break;
      out.push({ rule: ID, kind: 'indirect', speaker: ante.speaker, cue: tokenSpan(doc, v, v + 2), content: tokenSpan(doc, from, end), sentence: sen.index });
      break;
    }
  }
  return out;
}

const rule: Rule<StatementCandidate> = sentenceRule(
  {
    id: ID,
    description: 'Impersonal „hieß es“ / „verlautete“ + source: „Die Lage bleibe angespannt, hieß es aus Regierungskreisen.“ → speaker Regierungskreise',
    priority: 60,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let v = ss; v < se - 1; v++) {
      const verlauten = VERLAUTEN.has(lower(toks[v].text));
      if ((!HEISSEN.has(lower(toks[v].text)) && !verlauten) || insideQuote(quotes, v)) continue;
      const prev = toks[v - 1];
      const withEs = lower(toks[v + 1]?.text ?? '') === 'es';
      if (!withEs && !verlauten) continue;
      const a = withEs ? v + 2 : v + 1; // after „hieß es“ / „verlautete“
      const ce = clauseEnd(doc, v, se);
      if (negated(doc, v, ce)) continue;
      // „Das sei ein ungewöhnlicher Fall heißt es vom Gericht“: the comma left out after a Konjunktiv clause
      const noComma = v > ss + 2 && prev?.type === 'word' && konjunktivIn(ctx, ss, v) && !quotes.some((x) => x.open >= ss && x.open < v);
      if (v > ss && prev && (prev.text === ',' || isQuote(prev) || noComma)) {
        // trailing: "…, hieß es aus Gewerkschaftskreisen."
        const src = sourcePhrase(ctx, a, ce);
        if (!src) continue;
        const speaker = sourceSpeaker(ctx, src.np);
        if (!speaker) continue;
        const comma = prev.text === ',' || noComma ? v - 1 : v;
        const q = quotes.find((x) => x.open === ss && (x.close === comma - 1 || x.close === comma - 2));
        const r = report(doc, speaker, v, q, ss, trimEnd(doc, ss, noComma ? v : comma), sentence, a);
        if (r) out.push(r);
        continue;
      }
      {
        // leading: "Aus der Koalition hieß es, …" / "In der Mitteilung heißt es: „…“"
        let c = a;
        while (c < se && toks[c].type === 'word' && c - v < 8) c++; // "heißt es weiter", "hieß es am Abend"
        if (toks[c]?.text !== ',' && toks[c]?.text !== ':') continue;
        let src = sourcePhrase(ctx, ss, v);
        if (src && (src.np.end !== v || src.prep !== ss)) src = null;
        // "So heißt es im Koalitionsvertrag, …": the source after "es"
        if (!src) src = sourcePhrase(ctx, a, c);
        if (!src) continue;
        const speaker = sourceSpeaker(ctx, src.np);
        if (!speaker) continue;
        let from = c + 1;
        if (toks[from]?.text === 'dass' || toks[from]?.text === 'daß') from++;
        const q = quotes.find((x) => x.open === from);
        const r = report(doc, speaker, v, q, from, q ? from : contentEnd(ctx, from, se), sentence, a);
        if (r) out.push(r);
        continue;
      }
    }
    // "wie es aus X hieß": "es" right after "wie", the source before the verb
    for (let k = ss; k < se - 3; k++) {
      if (lower(toks[k].text) !== 'wie' || lower(toks[k + 1].text) !== 'es' || insideQuote(quotes, k)) continue;
      if (k > ss && toks[k - 1].text !== ',') continue;
      const ce = clauseEnd(doc, k, se);
      const v = ce - 1;
      if (!HEISSEN.has(lower(toks[v]?.text ?? '')) || v < k + 3) continue;
      emitWie(ctx, out, k, v, ss, se, sentence);
    }
  },
  dedupe,
);
rule.continueFrom = continuedReports;
export default rule;
