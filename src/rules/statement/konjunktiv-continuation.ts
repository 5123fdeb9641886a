import type { Rule, RuleContext } from '../types.js';
import type { SpeakerRef, StatementCandidate } from './lib/types.js';
import {
  PREPOSITIONS, clauseEnd, insideQuote, isFunction, isKonjunktiv1, isKonjunktiv2, isQuote, sentenceTokens, speechVerbAt, tokenSpan, trimEnd, lower,
  type Quote,
} from './lib/grammar.js';

import { antecedentBefore } from './lib/antecedent.js';
import { personSubject } from './lib/context-speaker.js';
import { uncuedSentences } from './lib/uncued.js';
import { ADVERBIAL_SUBORDINATORS, INTERROGATIVES, RELATIVE_PRONOUNS, SUBORDINATORS } from '../../lexicon/de/index.js';
import { sentenceAt } from '../../text/analyse.js';
import { tokenAt } from '../../text/doc.js';

const ID = 'statement/konjunktiv-continuation';

const KONJ1_AUX = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge']);
/**
 * Konjunktiv II forms too common outside reported speech to continue it: singular „würde“ (its
 * Konjunktiv I „werde“ is distinct). Plural „würden“ stands in for „werden“, whose Konjunktiv I
 * equals the indicative („Die Preise würden weiter steigen“), and continues like „lägen“. The
 * epistemic „dürfte(n)“ is the writer's guess („Das dürfte ein Grund gewesen sein“).
 */
const KONJ2_WEAK = new Set(['würde', 'dürfte', 'dürften']);
/**
 * Konjunktiv II forms that right after a direct quote are as often the writer's own counterfactual
 * or forecast („„…“, sagte er. Das Spiel wäre fast verloren gegangen.“): they continue indirect speech only.
 */
const KONJ2_AFTER_QUOTE_WEAK = new Set(['wäre', 'wären']);
/** Subordinators of a condition, whose Konjunktiv II is no reported speech. */
const CONDITIONAL = new Set(['wenn', 'falls', 'sofern', 'sollte', 'sollten']);
/** Words that open a relative clause: the relative pronouns (src/lexicon/de), „was“, „wo“. */
const RELATIVE: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'was', 'wo']);

/** Words that open an infinitive clause („um … zu …“, „ohne … zu …“). */
const ZU_OPENERS = new Set(['um', 'ohne', 'statt', 'anstatt']);

/** Embedded relative clauses and zu-infinitives of the sentence: token ranges from „, die“ (or „, sich … zu …,“) to the next comma. */
function relativeClauses(ctx: RuleContext, ss: number, se: number): Array<[number, number]> {
  const toks = ctx.doc.tokens;
  const out: Array<[number, number]> = [];
  for (let k = ss + 1; k < se - 1; k++) {
    if (toks[k].text !== ',') continue;
    const n = toks[k + 1];
    // „…, die …“, „…, in der …“, „…, mit denen …“ — a preposition before the pronoun, not any function
    // word („Den Schritt, die Reform, habe die Koalition aufgegeben“: „habe die“ opens no relative clause)
    const relative = RELATIVE.has(n.text) || (toks[k + 2] && RELATIVE.has(toks[k + 2].text) && /^\p{Ll}/u.test(n.text) && PREPOSITIONS.has(n.text));
    let e = k + 1;
    while (e < se && toks[e].text !== ',') e++;
    // „Der Versuch, sich … erklären zu lassen, sei gescheitert“: an embedded zu-infinitive closed by a comma;
    // „…, um überhaupt informiert zu werden.“: one opened by „um“, „ohne“, „statt“ may close the sentence
    const zuClause = e - k > 3 && toks.slice(k + 1, e).some((t, i, a) => lower(t.text) === 'zu' && i >= a.length - 3 && i < a.length - 1);
    const zuInfinitive = zuClause && (e < se - 1 || ZU_OPENERS.has(lower(n.text)));
    if (!relative && !zuInfinitive) continue;
    out.push([k, e + 1]);
    k = e - 1;
  }
  return out;
}

/** A word that opens a clause after a comma (an article or relative pronoun, a subordinator, a w-word), no noun of a list. */
const opensClause = (w: string): boolean => RELATIVE.has(lower(w)) || SUBORDINATORS.has(lower(w)) || INTERROGATIVES.has(lower(w));

const inside = (ranges: Array<[number, number]>, k: number) => ranges.some(([a, b]) => k >= a && k < b);

/**
 * The Konjunktiv verb of the sentence's main clause, or -1: the first clause, read on over an
 * embedded relative clause („Die Zahl, die der Konzern verbreite, sei »frei erfunden«“).
 */
function konjunktivVerb(ctx: RuleContext, ss: number, se: number, quotes: Quote[], rel: Array<[number, number]>): number {
  const toks = ctx.doc.tokens;
  let bracket = 0;
  for (let k = ss + 1; k < se; k++) {
    const t = toks[k];
    if (inside(rel, k)) continue;
    // „Minister Cem Özdemir (58, Grüne) sei …“: a comma inside brackets ends no clause
    if (t.text === '(') bracket++;
    else if (t.text === ')') bracket = Math.max(0, bracket - 1);
    // („Musik, Stimmung und die Temperaturen hätten gepasst“: a comma between nouns of a list opening the sentence ends no clause)
    const list = k - ss <= 4 && /^\p{Lu}/u.test(toks[k - 1].text) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && !opensClause(toks[k + 1]?.text ?? '');
    // („Nicht nur die Berechtigten litten …, sondern jeder dritte Haushalt sei …“: „sondern“ goes on with the main clause)
    if (t.type === 'punct' && t.text === ',' && bracket === 0 && !list && lower(toks[k + 1]?.text ?? '') !== 'sondern') break;
    if (t.type !== 'word' || insideQuote(quotes, k) || lower(toks[k - 1].text) === 'ich') continue;
    if (KONJ1_AUX.has(t.text) || (isKonjunktiv2(t.text) && !KONJ2_WEAK.has(t.text))) return k;
    if (!isFunction(ctx.lexicon, t.text) && isKonjunktiv1(ctx, t.text)) return k;
  }
  return prefieldClauseVerb(ctx, ss, se, quotes);
}

/**
 * „Wann und wie der Wind weht, bleibe unsicher“, „Dass er …, sei nicht nachvollziehbar“: a clause that
 * opens the sentence with a subordinator or a w-word fills the prefield; the main clause's finite verb
 * follows its comma. That verb if it is a Konjunktiv I, or -1.
 */
function prefieldClauseVerb(ctx: RuleContext, ss: number, se: number, quotes: Quote[]): number {
  const toks = ctx.doc.tokens;
  const first = lower(toks[ss].text);
  // („Um den Standort zu stärken, brauche es …“: an infinitive clause with „um“/„ohne“/„statt“ too)
  if (!SUBORDINATORS.has(first) && !INTERROGATIVES.has(first) && !ADVERBIAL_SUBORDINATORS.has(first) && !ZU_OPENERS.has(first)) return -1;
  let c = ss + 1;
  while (c < se && toks[c].text !== ',') c++;
  const v = toks[c + 1];
  if (!v || c + 1 >= se - 1 || v.type !== 'word' || insideQuote(quotes, c + 1)) return -1;
  return KONJ1_AUX.has(v.text) || (!isFunction(ctx.lexicon, v.text) && isKonjunktiv1(ctx, v.text)) ? c + 1 : -1;
}

/** The colon of sentence [ss, se) outside quotation marks with no quotation right after it and at least three tokens after it, or -1. */
function colonBeforeReport(ctx: RuleContext, ss: number, se: number, quotes: Quote[]): number {
  const toks = ctx.doc.tokens;
  for (let k = ss + 2; k < se - 3; k++) {
    if (toks[k].text !== ':' || insideQuote(quotes, k)) continue;
    return isQuote(toks[k + 1]) ? -1 : k;
  }
  return -1;
}

/** A verb of saying outside the clause of the Konjunktiv verb at `k1` and outside relative clauses, or „laut“/„zufolge“. */
function ownAttribution(ctx: RuleContext, ss: number, se: number, k1: number, rel: Array<[number, number]>): boolean {
  const toks = ctx.doc.tokens;
  // „Er verlange vom Rat, dass …“: a Konjunktiv I verb of saying is itself reported, and so is its complement
  const reportedCue = isKonjunktiv1(ctx, toks[k1].text) && !!speechVerbAt(ctx, k1, se);
  const ce = reportedCue ? se : clauseEnd(ctx.doc, k1, se);
  for (let k = ss; k < se; k++) {
    if (['laut', 'zufolge', 'gemäß', 'gemäss'].includes(toks[k].text.toLowerCase())) return true;
    if ((k > k1 && k < ce) || inside(rel, k)) continue; // "seien … versichert", "die der Verband nenne"
    if (k === k1 && reportedCue) continue;
    // („Zu kritisieren sei, dass …“: an infinitive with „zu“ is part of the reported clause, no cue of the writer)
    if (lower(toks[k - 1]?.text ?? '') === 'zu') continue;
    if (speechVerbAt(ctx, k, se)) return true;
  }
  return false;
}

/** The clause after „würden“ at `k` ends (before the sentence end `se`) in a past participle: „… aufgefressen“, „… kritisiert“. */
function passiveParticipleEnd(ctx: RuleContext, k: number, se: number): boolean {
  const toks = ctx.doc.tokens;
  let e = se - 1;
  while (e > k && toks[e].type === 'punct') e--;
  const w = toks[e];
  if (e <= k + 1 || w.type !== 'word' || !/^\p{Ll}/u.test(w.text) || toks.slice(k + 1, e).some((t) => t.text === ',')) return false;
  const lemmas = ctx.lexicon.verbLemmas(w.text);
  return lemmas.length > 0 && !lemmas.includes(w.text) && /(?:ge\p{Ll}+(?:t|en)|iert)$/u.test(w.text);
}

/** Two speakers are one person: the same entity, or the same last word of the name („Till Backhaus“, „Backhaus“). */
function sameSpeaker(a: SpeakerRef, b: SpeakerRef): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  const last = (x: SpeakerRef) => (x.name ?? x.text).split(/\s+/).pop();
  return last(a) === last(b);
}

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'A Konjunktiv-I sentence continues the previous speaker: „„Wir helfen“, sagte der Bürgermeister. Die Lage sei ernst.“',
    priority: 10,
  },
  // a second pass only: it continues what the enabled rules found
  find: () => [],
  continueFrom(ctx, found) {
    const out: StatementCandidate[] = [];
    const doc = ctx.doc;
    const toks = doc.tokens;
    const { quotes, withCue: sentencesWithCue, sentences } = uncuedSentences(ctx, found, { minTokens: 3, unquoted: true });
    const chain = new Map<number, StatementCandidate>();
    /** Sentence `i` is one quotation and nothing else, within one paragraph with the next sentence. */
    const wholeQuote = (i: number): boolean => {
      const [qs, qe] = sentenceTokens(doc, i);
      // the sentence is the quote, or the last of a quote over several sentences that opens one
      const q = quotes.find((x) => x.open <= qs && x.close >= qs && x.close < qe && x.open === sentenceTokens(doc, toks[x.open].sentence)[0]);
      if (!q) return false;
      let after = q.close + 1;
      while (after < qe && toks[after].type === 'punct' && !isQuote(toks[after])) after++;
      return after >= qe && !/\n\s*\n/.test(doc.text.slice(toks[qe - 1].end, toks[Math.min(qe, toks.length - 1)].start));
    };
    /** Sentence `i` is one quotation and nothing else, in one paragraph with the sentence before it. */
    const quoteClosingParagraph = (i: number): boolean => {
      const [qs, qe] = sentenceTokens(doc, i);
      const q = quotes.find((x) => x.open === qs && x.close < qe);
      if (!q || qs === 0) return false;
      let after = q.close + 1;
      while (after < qe && toks[after].type === 'punct' && !isQuote(toks[after])) after++;
      return after >= qe && !/\n\s*\n/.test(doc.text.slice(toks[qs - 1].end, toks[qs].start));
    };
    /** Sentence `i` is a short line of its own with no full stop: a subheading between paragraphs. */
    const subheading = (i: number): boolean => {
      const [hs, he] = sentenceTokens(doc, i);
      if (hs === 0 || he - hs > 10 || toks[he - 1].text === '.' || he >= toks.length) return false;
      return /\n\s*\n/.test(doc.text.slice(toks[hs - 1].end, toks[hs].start)) && /\n\s*\n/.test(doc.text.slice(toks[he - 1].end, toks[he].start));
    };
    for (const { sentence, ss, se } of sentences) {
      // the main clause (over an embedded relative clause): a Konjunktiv verb
      let rel = relativeClauses(ctx, ss, se);
      let k1 = konjunktivVerb(ctx, ss, se, quotes, rel);
      // „…, wie man es vor Corona kannte: Man habe 2022 die frühere Zahl erreicht“: an indicative clause of the
      // writer, a colon, reported speech after it — the part after the colon continues
      let cs = ss;
      if (k1 < 0) {
        const colon = colonBeforeReport(ctx, ss, se, quotes);
        if (colon < 0) continue;
        rel = relativeClauses(ctx, colon, se);
        k1 = konjunktivVerb(ctx, colon, se, quotes, rel);
        if (k1 < 0) continue;
        cs = colon + 1;
      }
      // no attribution of its own: no verb of saying outside the Konjunktiv's own clause ("seien … versichert",
      // "werde … nicht zustimmen" are content), no „laut“/„zufolge“, no statement found in the sentence
      if (ownAttribution(ctx, cs, se, k1, rel)) continue;
      // „Landwirt Ledergerber brachte seinen Sohn ins Spiel, der ihn … frage …“: a sentence whose main clause has a
      // named person as subject and an indicative verb is the writer's; the Konjunktiv sits in a clause below it
      if (cs === ss && personSubject(ctx, sentence)) continue;
      // verbless whole-sentence quotes right before („„…“ Bisher klappe alles.“) continue the same speaker: read over them
      let back = 1;
      while (back < 4 && sentence - back >= 0 && wholeQuote(sentence - back) && !sentencesWithCue.has(sentence - back)) {
        // a quote over several sentences is read over whole
        back = sentence - toks[quotes.find((x) => x.open <= sentenceTokens(doc, sentence - back)[0] && x.close >= sentenceTokens(doc, sentence - back)[0])!.open].sentence + 1;
      }
      let prev = chain.get(sentence - 1) ?? (back > 1 ? chain.get(sentence - back) : undefined);
      let ante = prev ?? antecedentBefore(ctx, found, toks[ss].start, back);
      // a Konjunktiv I („sei“, „habe“, „gebe“) reaches over one sentence without a cue of its own
      // (not a form that is also an adjective or adverb: „Wie lange …“)
      const konj1 = KONJ1_AUX.has(toks[k1].text) || (isKonjunktiv1(ctx, toks[k1].text) && !ctx.lexicon.isAdjective(toks[k1].text));
      // (not over a sentence that opens with another named person as its subject: „Brenner hingegen lobte den Plan.
      // Er halte …“ is Brenner's, the passage's person — statement/context-person)
      // (over a sentence that opens with the same person: „Backhaus ist Vorsitzender der Konferenz. Der Bund müsse …“)
      const between = !ante && konj1 && sentence > 0 && !sentencesWithCue.has(sentence - 1) ? personSubject(ctx, sentence - 1) : null;
      if (!ante && konj1 && sentence > 0 && !sentencesWithCue.has(sentence - 1)) {
        prev = chain.get(sentence - 2);
        // „…, betonte die Ministerin. „Es ist gut, dass …“ ¶ Nun folgten Jahrzehnte des Rückbaus. Insgesamt
        // seien …“: verbless quotes that close the speaker's paragraph are read over too
        let reach = 2;
        // (and a subheading between paragraphs: „Tickets bald teurer?“)
        while (reach < 5 && sentence - reach > 0 && !sentencesWithCue.has(sentence - reach) && (quoteClosingParagraph(sentence - reach) || subheading(sentence - reach))) reach++;
        ante = prev ?? antecedentBefore(ctx, found, toks[ss].start, reach);
        if (ante && between && !sameSpeaker(between, ante.speaker)) ante = null;
      }
      if (!ante) continue;
      // Konjunktiv II ("Viele Brandherde lägen …", „„…“, sagte sie. Eine Investition käme nicht in Frage.“) only in
      // the sentence right after a statement (a direct quote too)
      if (!isKonjunktiv1(ctx, toks[k1].text) && !KONJ1_AUX.has(toks[k1].text)) {
        // „Wenn die Truppen verlegt würden, …“: the Konjunktiv II of a condition
        if (CONDITIONAL.has(lower(toks[ss].text))) continue;
        // (not „würden“ + a past participle at the clause end: „Lohnsteigerungen würden … regelrecht aufgefressen“ is a
        // reported passive, whose Konjunktiv I „werden“ equals the indicative)
        if (ante.kind === 'direct' && !prev && KONJ2_AFTER_QUOTE_WEAK.has(toks[k1].text) && !(toks[k1].text === 'würden' && passiveParticipleEnd(ctx, k1, se))) continue;
        if (sentenceAt(doc, ante.content.end - 1) < sentence - 1) continue;
      }
      const end = trimEnd(doc, cs, se);
      const c: StatementCandidate = {
        rule: ID, kind: 'indirect', speaker: ante.speaker, cue: tokenSpan(doc, k1, k1 + 1), content: tokenSpan(doc, cs, end), sentence, continues: true,
      };
      chain.set(sentence, c);
      out.push(c);
    }
    out.push(...afterTrailingCue(ctx, found, quotes), ...beforeColonQuote(ctx, found, quotes));
    return out;
  },
};
export default rule;

/**
 * „„Die Koalition ist geplatzt“, sagte Parteichef X, diesmal biete sich aber die Chance …“: after a cue
 * and speaker that close a statement inside its sentence, a further clause in the Konjunktiv is a
 * statement of its own of that speaker (gold convention tools-m: direct + indirect).
 */
function afterTrailingCue(ctx: RuleContext, found: readonly StatementCandidate[], quotes: Quote[]): StatementCandidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const out: StatementCandidate[] = [];
  for (const c of found) {
    if (c.continues || c.cue.start < c.content.end || c.speaker.start < c.cue.start || c.cue.end <= c.cue.start) continue;
    const [ss, se] = sentenceTokens(doc, c.sentence);
    // the comma right after the speaker phrase, then a clause to the end of the sentence
    let k = tokenAt(doc, c.speaker.end);
    while (k < se && toks[k].start < c.speaker.end) k++;
    if (k >= se - 3 || toks[k].text !== ',' || k < ss) continue;
    const from = k + 1;
    // „…, sagte sie, zumal es … gebe“: an adverbial clause belongs to the statement before
    if (ADVERBIAL_SUBORDINATORS.has(lower(toks[from].text))) continue;
    if (found.some((o) => o.content.end > toks[from].start && o.content.start < toks[se - 1].end)) continue;
    const rel = relativeClauses(ctx, from - 1, se);
    const k1 = konjunktivVerb(ctx, from - 1, se, quotes, rel);
    if (k1 < 0 || !(KONJ1_AUX.has(toks[k1].text) || isKonjunktiv1(ctx, toks[k1].text))) continue;
    if (ownAttribution(ctx, from, se, k1, rel)) continue;
    out.push({ rule: ID, kind: 'indirect', speaker: c.speaker, cue: tokenSpan(doc, k1, k1 + 1), content: tokenSpan(doc, from, trimEnd(doc, from, se)), sentence: c.sentence });
  }
  return out;
}

/**
 * „Die Bahn setze alle Züge ein: „Es rollt alles“, betonte er.“: a Konjunktiv I clause that opens the
 * sentence of a quotation attributed after it, before the colon that opens the quotation, is a
 * reported statement of the quotation's speaker.
 */
function beforeColonQuote(ctx: RuleContext, found: readonly StatementCandidate[], quotes: Quote[]): StatementCandidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const out: StatementCandidate[] = [];
  for (const c of found) {
    if (c.continues || c.kind !== 'direct' || c.cue.start < c.content.end) continue;
    const q = quotes.find((x) => toks[x.open + 1]?.start === c.content.start);
    const colon = q ? q.open - 1 : -1;
    if (!q || toks[colon]?.text !== ':' || toks[colon].sentence !== c.sentence) continue;
    const [ss] = sentenceTokens(doc, c.sentence);
    if (colon - ss < 3 || isQuote(toks[ss]) || insideQuote(quotes, ss)) continue;
    if (found.some((o) => o !== c && o.content.end > toks[ss].start && o.content.start < toks[colon].start)) continue;
    const rel = relativeClauses(ctx, ss, colon);
    const k1 = konjunktivVerb(ctx, ss, colon, quotes, rel);
    if (k1 < 0 || !(KONJ1_AUX.has(toks[k1].text) || isKonjunktiv1(ctx, toks[k1].text))) continue;
    if (ownAttribution(ctx, ss, colon, k1, rel)) continue;
    out.push({ rule: ID, kind: 'indirect', speaker: c.speaker, cue: tokenSpan(doc, k1, k1 + 1), content: tokenSpan(doc, ss, trimEnd(doc, ss, colon)), sentence: c.sentence });
  }
  return out;
}
