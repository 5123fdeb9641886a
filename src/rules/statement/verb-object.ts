import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';
import {
  AUXILIARIES, adverbs, clauseEnd, clauseStart, contentEnd, sentenceTokens, insideQuote, isQuote, negated, nounPhrase,
  speechVerbAt, subjectOf, tokenSpan, trimEnd, lower, QUOTE_CHARS, PREPOSITIONS, DETERMINERS, type SpeechVerb,
  appositionBefore,
  subjectBeforeRelative,
  roleWord,
  ORG_HEADS,
  frontedAdverbialClause, isKonjunktiv1,
} from './lib/grammar.js';
import { commaComplement } from './lib/comma-complement.js';
import { DATIVE_PRONOUNS } from '../../lexicon/de/index.js';

const ID = 'statement/verb-object';

/** Speech verbs whose object is itself the reported content ("kündigte Gegenmaßnahmen an"). */
const OBJECT_VERBS = new Set([
  'ankündigen', 'bestreiten', 'abstreiten', 'leugnen', 'dementieren', 'zurückweisen', 'bestätigen', 'berichten',
  'melden', 'vermelden', 'nennen', 'bezeichnen', 'kritisieren', 'verweisen', 'warnen', 'einräumen', 'zugeben',
  'verkünden', 'bekanntgeben', 'anprangern', 'beklagen', 'verurteilen', 'hinweisen', 'sprechen', 'vorwerfen', 'monieren', 'beanstanden',
  'beschreiben', 'vorschlagen', 'empfehlen', 'plädieren', 'drohen',
]);
/** Of those, verbs that report only a judgement with „als“ („beschrieb die Regierung als die größte aller Zeiten“, not „beschrieb den Weg“). */
const NEEDS_ALS = new Set(['beschreiben']);
/**
 * Verbs of demanding whose object is the demand („Sie fordert mehr Geld für die Bundeswehr“, „mahnte
 * steigende Ausgaben an“) — only with a speaker that can demand (a person, a group, an organisation):
 * „Das Unglück forderte drei Tote“ is no statement.
 */
const DEMAND_VERBS = new Set(['fordern', 'verlangen', 'anmahnen', 'einfordern']);
/** Verbs that report only with a prepositional object ("sprach von einer Katastrophe", not "sprach mit ihm"). */
const NEEDS_PREPOSITION: Record<string, string[]> = { sprechen: ['von', 'vom'], berichten: ['von', 'vom', 'über'], plädieren: ['für'], drohen: ['mit'] };
const PASSIVE = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden', 'würde', 'würden']);
/** Estimate verbs: with „auf“ + an amount they report a figure („schätzt die Schäden auf 500 Millionen Euro“). */
const ESTIMATE_VERBS = new Set(['schätzen', 'beziffern', 'taxieren', 'veranschlagen', 'berechnen', 'bewerten']);
/** Verbs whose quoted object or predicate is a quotation (the seeds' convention: „nannte … „Unsinn““ is direct). */
const QUOTING_VERBS = new Set(['nennen', 'bezeichnen', 'sprechen']);
/** Prepositions that make „sprechen“ mean talking with or about someone: no report between verb and „von“. */
const NOT_REPORTING = new Set(['mit', 'über', 'zu', 'zum', 'zur', 'für', 'gegen']);
/** Demonstratives that stand for the statement before as the verb's object: „Das/Dies bestätigte X“. */
const POINTING_BACK = new Set(['das', 'dies', 'dieses']);

/** Verbs that report a figure after adverbials in the middle field („meldet für Oktober 2,8 Millionen Arbeitslose“). */
const FIGURE_VERBS = new Set(['melden', 'vermelden', 'nennen']);

/** Token `k` is a lower-case adjective in its bare form before a capitalised word: an adverbial („dringend“, „erneut“). */
function bareAdverbial(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  const n = ctx.doc.tokens[k + 1];
  if (!t || t.type !== 'word' || !/^\p{Ll}+$/u.test(t.text) || !n || n.type !== 'word' || !/^\p{Lu}/u.test(n.text)) return false;
  return ctx.lexicon.isAdjective(t.text) && ctx.lexicon.adjectiveLemma(t.text) === t.text && !ctx.lexicon.isFunctionWord(t.text);
}

/** The agent of a passive („von der Versicherung“, „vom Portal X“, „durch Gutachter“) within tokens [from, to). */
function passiveAgent(ctx: RuleContext, from: number, to: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to - 1; k++) {
    if (!['von', 'vom', 'durch'].includes(toks[k].text)) continue;
    const src = sourceAt(ctx, k + 1, to, { extend: true });
    if (src) return src.speaker;
  }
  return null;
}

/**
 * Verbs of expecting: with a figure as their object they report a forecast („Das AMS befürchtet bis zu
 * 22.000 Arbeitslose mehr“, „rechnet mit 15.900 zusätzlichen Arbeitslosen“, „geht von 20.000 Euro Schaden
 * aus“), never without one
 * („erwartet Regen“, „rechnet mit dem Schlimmsten“).
 */
const EXPECT_VERBS = new Set(['erwarten', 'befürchten', 'rechnen', 'prognostizieren', 'vorhersagen', 'ausgehen']);
/** At most this many tokens between the start of the object and its figure („bis zu 22.000“, „mit rund 300“). */
const MAX_BEFORE_FIGURE = 3;

/** A finite estimate verb or participle at `i` (not in the speech-verb list: „beziffert“), or a verb of expecting. */
function estimateVerbAt(ctx: RuleContext, i: number): SpeechVerb | null {
  const t = ctx.doc.tokens[i];
  if (!t || t.type !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  for (const l of ctx.lexicon.verbLemmas(t.text)) if (ESTIMATE_VERBS.has(l) || EXPECT_VERBS.has(l)) return { i, lemma: l, particle: -1 };
  // „Die Polizei geht von etwa 20.000 Euro Schaden aus“: „ausgehen von“ + a figure, the particle closing the clause
  const [, se] = sentenceTokens(ctx.doc, t.sentence);
  const ce = clauseEnd(ctx.doc, i, se);
  const particle = ctx.doc.tokens[ce - 1];
  if (ce - 1 > i + 1 && particle?.text === 'aus' && ctx.lexicon.particleVerbLemma(t.text, 'aus') === 'ausgehen') return { i, lemma: 'ausgehen', particle: ce - 1 };
  return null;
}

/** Prepositions that may stand right before the figure of a forecast („bis zu 22.000“, „über 300“). */
const FIGURE_PREPOSITIONS = new Set(['zu', 'über', 'unter', 'mit']);

/**
 * The object of a verb of expecting holds a figure the quantity layer found, within the first tokens of
 * [from, to) after adverbials („am Wochenende rund 30.000 Besucher“), not inside a prepositional phrase
 * („erwartet in drei Jahren die Rente“), or a noun of change (change-nouns.txt: „einen weiteren
 * drastischen Anstieg der Mieten“); „rechnen“ and „ausgehen“ take it after their „mit“/„von“.
 */
function figureOpens(ctx: RuleContext, lemma: string, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  const governed = lemma === 'rechnen' ? 'mit' : lemma === 'ausgehen' ? 'von' : '';
  if (governed) {
    let m = from;
    while (m < to && toks[m].text !== governed) m++;
    if (m >= to - 1) return false;
    for (let k = m + 1; k < Math.min(to, m + 8); k++) if (ctx.results.quantities.some((q) => q.start === toks[k].start) || changeNoun(ctx, toks[k].text)) return true;
    return false;
  }
  // (a noun of change may stand further in, after longer adverbials: „wegen der Krise am Bau und Hunderttausender
  // fehlender Wohnungen einen weiteren drastischen Anstieg“)
  const last = Math.min(from + MAX_BEFORE_FIGURE + 12, to - 1);
  for (let k = from; k <= last; k++) {
    const change = changeNoun(ctx, toks[k].text);
    if (!change && k > from + MAX_BEFORE_FIGURE + 5) continue;
    if (!change && !ctx.results.quantities.some((q) => q.start === toks[k].start)) continue;
    let p = k - 1;
    while (p >= from && toks[p].type === 'word' && (ctx.lexicon.table('approximators').has(lower(toks[p].text)) || (change && /^\p{Ll}/u.test(toks[p].text) && !PREPOSITIONS.has(toks[p].text)))) p--;
    const before = p >= from ? lower(toks[p].text) : '';
    return !PREPOSITIONS.has(before) || FIGURE_PREPOSITIONS.has(before);
  }
  return false;
}

/** A noun of change (change-nouns.txt), also as the head of a compound („Preisanstieg“). */
function changeNoun(ctx: RuleContext, w: string): boolean {
  if (!/^\p{Lu}/u.test(w)) return false;
  const list = ctx.lexicon.list('change-nouns');
  if (list.has(w)) return true;
  for (const n of list) if (w.length > n.length + 2 && w.endsWith(n.toLowerCase())) return true;
  return false;
}

/** „auf“ + an amount the quantity layer found, within tokens [from, to). */
function amountAfterAuf(ctx: RuleContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to - 1; k++) {
    // („bezifferte die Kosten mit 510.000 Euro“: „mit“ too)
    if (toks[k].text !== 'auf' && toks[k].text !== 'mit') continue;
    const next = toks[k + 1];
    const last = toks[Math.min(k + 3, to - 1)].start;
    if (ctx.results.quantities.some((q) => q.start >= next.start && q.start <= last)) return true;
    for (let j = k + 1; j <= Math.min(k + 3, to - 1); j++) if (toks[j].type === 'number') return true;
  }
  return false;
}

/**
 * Where the prepositional object of „sprechen/berichten“ starts: the first „von“ (or „über“ for
 * berichten) after adverbials and PPs in the middle field („sprach am Donnerstagabend von …“,
 * „sprach in der »ZIB 2« von …“); -1 when the clause has none or talks with someone.
 */
function prepositionalObject(ctx: RuleContext, from: number, se: number, preps: string[]): number {
  const toks = ctx.doc.tokens;
  let inQuote = false;
  let inPP = false;
  for (let k = from; k < se && k - from < 14; k++) {
    const t = toks[k];
    if (t.type === 'punct' && QUOTE_CHARS.has(t.text)) {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote) continue;
    if (t.type === 'punct' && [',', ';', ':', '.', '!', '?', '–', '(', ')'].includes(t.text)) return -1;
    if (preps.includes(t.text)) return k;
    const w = lower(t.text);
    if (NOT_REPORTING.has(w)) return -1;
    if (PREPOSITIONS.has(w)) {
      inPP = true;
      continue;
    }
    // an object outside a PP ("sprach ihm ein Schmerzensgeld von … zu"): another construction
    if (DATIVE_PRONOUNS.has(w) || (!inPP && (DETERMINERS.has(w) || (t.type === 'word' && /^\p{Lu}/u.test(t.text))))) return -1;
  }
  return -1;
}

/** The clause holding the participle at `v` opens after a comma with a form of „haben“: „…, hatte X berichtet“. */
function perfectAfterComma(ctx: RuleContext, v: number, ss: number): boolean {
  const toks = ctx.doc.tokens;
  let k = v - 1;
  while (k > ss && toks[k].text !== ',' && !isQuote(toks[k])) k--;
  return k > ss + 1 && toks[k].text === ',' && /^h[aä]/.test(toks[k + 1]?.text ?? '') && AUXILIARIES.has(toks[k + 1].text) && k + 2 < v;
}

/** Prepositions that may open the object itself („berichtete von …“, „verwies auf …“, „warnte vor …“). */
const OBJECT_PREPOSITIONS = new Set(['von', 'vom', 'über', 'auf', 'vor', 'als', 'mit', 'zu', 'zum', 'zur', 'für', 'gegen']);

/**
 * Past an adverbial phrase at `from` („bei der Synode“, „im Landtag“: a preposition that cannot open the
 * object, an article or adjectives, a noun) when a noun phrase follows them before `end`.
 */
function afterAdverbialPhrases(ctx: RuleContext, from: number, end: number): number {
  const toks = ctx.doc.tokens;
  let k = from;
  // (one phrase: „seit deren Wahl in die Regierung Ende März“ is no middle field before an object)
  if (k < end && PREPOSITIONS.has(lower(toks[k].text)) && !OBJECT_PREPOSITIONS.has(lower(toks[k].text))) {
    let n = k + 1;
    while (n < end && n - k <= 4 && !(toks[n].type === 'word' && /^\p{Lu}/u.test(toks[n].text))) n++;
    if (n >= end || n - k > 4) return from;
    k = n + 1;
  }
  // (the object after it: a noun phrase, or a prepositional object „auf 31 Veranstaltungen“, „von Chaos“)
  return k > from && k < end && (nounPhrase(ctx, k, end) || ['auf', 'von', 'vom', 'über', 'vor', 'als'].includes(toks[k].text)) ? k : from;
}

/** A speaker that can demand: a pronoun for people, a person or organisation, a role or a group of people. */
function canDemand(ctx: RuleContext, sp: SpeakerRef): boolean {
  if (sp.form === 'pronoun') return !/^(es|das|dies)$/i.test(sp.text);
  if (sp.type === 'PER' || sp.type === 'ORG') return true;
  const head = sp.head ?? '';
  return roleWord(ctx, head) || ORG_HEADS.test(head) || ctx.lexicon.list('person-nouns').has(ctx.lexicon.nounLemma(head) ?? head);
}

export default sentenceRule(
  {
    id: ID,
    description: 'Speech verb with its object as content: „Die Gewerkschaft kündigte neue Streiks an“ / „berichtete von Überschwemmungen“',
    priority: 70,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (let v = ss + 1; v < se; v++) {
      let sv = speechVerbAt(ctx, v, se);
      if (sv && !OBJECT_VERBS.has(sv.lemma) && !ESTIMATE_VERBS.has(sv.lemma) && !DEMAND_VERBS.has(sv.lemma) && !EXPECT_VERBS.has(sv.lemma)) sv = null;
      sv = sv ?? estimateVerbAt(ctx, v);
      if (!sv || insideQuote(quotes, v)) continue;
      const estimate = ESTIMATE_VERBS.has(sv.lemma);
      const expecting = EXPECT_VERBS.has(sv.lemma);
      const prev = toks[v - 1];
      // "Die Firma X, die …, spricht von …": a relative clause between the subject and the verb
      const beforeRelative = prev.text === ',' ? subjectBeforeRelative(ctx, v, ss) : null;
      // („Weil …, fordert der Ortsbeirat einen Überweg“: after a fronted adverbial clause the verb opens the main clause)
      if ((prev.text === ',' && !appositionBefore(ctx, v, ss) && !beforeRelative && !frontedAdverbialClause(toks, ss, v - 1, ctx)) || isQuote(prev)) continue;
      if (commaComplement(ctx, sv, se) >= 0) continue;
      const cs = clauseStart(ctx, v, ss);
      if (cs.sub && !beforeRelative) continue;
      // „…, hatten die Organisatoren berichtet“: a participle after „content, haben + speaker“ reports what precedes the comma
      if (perfectAfterComma(ctx, v, ss)) continue;
      // finite verb or participle after an auxiliary (no passive: "wurde … bestätigt")
      let aux = -1;
      // (after a relative clause the verb itself is the finite verb: the clause's own auxiliaries don't count)
      for (let k = beforeRelative ? v : cs.start; k < v; k++) if (AUXILIARIES.has(toks[k].text)) { aux = k; break; }
      // „Das Parlament müsse die Entscheide kontrollieren und kritisieren“: under a Konjunktiv I modal or auxiliary the
      // verb of saying is part of reported speech (the continuation rules read the sentence)
      if (aux >= 0 && isKonjunktiv1(ctx, toks[aux].text)) continue;
      if (aux >= 0 && PASSIVE.has(toks[aux].text)) {
        // "Der Schaden wird von der Versicherung auf vier Millionen Euro geschätzt": the agent estimates
        if (!estimate) continue;
        const agent = passiveAgent(ctx, aux + 1, v);
        if (!agent || !amountAfterAuf(ctx, aux + 1, v)) continue;
        if (negated(doc, aux, v)) continue;
        out.push({ rule: ID, kind: 'indirect', speaker: agent, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, cs.start, v + 1), sentence: sentence });
        continue;
      }
      // „Dies kündigte das Unternehmen am Montag an“: a demonstrative object in the prefield points back at what was
      // said (statement/trailing-speech-verb reads that); the subject after the verb is no content
      if (aux < 0 && cs.start === v - 1 && POINTING_BACK.has(lower(toks[v - 1].text))) continue;
      const speaker = subjectOf(ctx, v, ss, se);
      if (!speaker) continue;
      if ((DEMAND_VERBS.has(sv.lemma) || expecting || sv.lemma === 'drohen' || sv.lemma === 'plädieren') && !canDemand(ctx, speaker)) continue;
      let from: number;
      let end: number;
      if (aux >= 0) {
        // "haben die Anschuldigungen bestritten": the object stands before the participle
        from = aux + 1;
        if (speaker.start >= toks[aux].end) {
          while (from < v && toks[from].start < speaker.end) from++;
        }
        while (from < v && adverbs(ctx.lexicon).has(toks[from].text)) from++;
        // "hatte am Vormittag noch von zwei Verletzten gesprochen": the prepositional object after adverbials
        const preps0 = NEEDS_PREPOSITION[sv.lemma];
        if (preps0 && !preps0.includes(toks[from]?.text)) {
          const p = prepositionalObject(ctx, from, v, preps0);
          if (p >= 0) from = p;
        }
        end = v;
        if (!expecting && negated(doc, aux, v)) continue;
        if (estimate && !amountAfterAuf(ctx, from, v)) continue;
        if (expecting && !figureOpens(ctx, sv.lemma, from, v)) continue;
      } else {
        from = v + 1;
        while (from < se && toks[from].start < speaker.end && toks[from].start >= toks[v].end) from++;
        // (also an adjective in its bare form used as an adverb: „forderte dringend Entlastungen“)
        while (from < se && (adverbs(ctx.lexicon).has(toks[from].text) || bareAdverbial(ctx, from))) from++;
        const preps0 = NEEDS_PREPOSITION[sv.lemma];
        if (preps0 && !preps0.includes(toks[from]?.text)) {
          const p = prepositionalObject(ctx, from, se, preps0);
          if (p >= 0) from = p;
        }
        end = contentEnd(ctx, from, se);
        if (estimate && !amountAfterAuf(ctx, from, end)) continue;
        if (expecting && !figureOpens(ctx, sv.lemma, from, end)) continue;
        if (!expecting && negated(doc, v, sv.particle >= 0 ? sv.particle : Math.min(end, from + 3))) continue;
        if (sv.particle >= 0 && sv.particle === end - 1) end = sv.particle;
        // "räumte eine Niederlage ein: Ihre Partei …": the object ends at the particle before a colon
        else if (sv.particle >= from && sv.particle < end && [':', ';'].includes(toks[sv.particle + 1]?.text)) end = sv.particle;
      }
      end = trimEnd(doc, from, end);
      // „hatte bei der Synode weitere Anstrengungen angekündigt“: an adverbial phrase before the object
      if (!NEEDS_PREPOSITION[sv.lemma] && !estimate && !expecting) from = afterAdverbialPhrases(ctx, from, end);
      if (end <= from) continue;
      // the content is an object: a noun phrase, a prepositional object ("von …", "auf …", "vor …"), or a quote
      const first = toks[from];
      if (/^kein/i.test(first.text)) continue;
      const preps = NEEDS_PREPOSITION[sv.lemma];
      if (preps && !preps.includes(first.text)) continue;
      // "meldet für dieses Jahr bereits 612 Fälle": adverbials before a figure
      const figure = FIGURE_VERBS.has(sv.lemma) && ctx.results.quantities.some((q) => q.start >= first.start && q.end <= toks[end - 1].end);
      // „fordert acht Prozent mehr Lohn“, „fordert mehr Geld“: a demand may open with a figure or a quantifier
      const demand = DEMAND_VERBS.has(sv.lemma) && first.type !== 'punct' && !ctx.lexicon.isVerb(first.text) && toks.slice(from, end).some((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text) && ctx.lexicon.isNoun(t.text));
      if (NEEDS_ALS.has(sv.lemma) && !toks.slice(from, end).some((t) => t.text === 'als')) continue;
      const isObject = isQuote(first) || ['von', 'vom', 'über', 'auf', 'vor', 'als'].includes(first.text) || !!preps?.includes(first.text) || !!nounPhrase(ctx, from, end) || figure || demand || ((estimate || expecting) && first.text === 'mit') || expecting;
      if (!isObject) continue;
      // „nannte den Ausstand „völlig unverhältnismäßig““, „sprach von einem »Erfolg«“: the quoted words are direct
      const quoted = QUOTING_VERBS.has(sv.lemma) && isQuote(toks[end - 1]) && !isQuote(toks[from]) ? 'direct' : 'indirect';
      out.push({ rule: ID, kind: quoted, speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence: sentence });
    }
  },
);
