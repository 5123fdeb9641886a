import type { RuleContext } from '../types.js';
import type { SpeakerRef } from './lib/types.js';
import { DETERMINERS, PREPOSITIONS, adverbs, isLowerWord, isQuote, isTitleQuote, konjunktivIn, lower, speakerFrom, speechVerbAt, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';
import { namedSpeaker } from './lib/named-speaker.js';
import { earlierSurname } from './lib/earlier-surname.js';
import { AUXILIARIES, CONJUNCTIONAL_ADVERBS, COORDINATORS, RELATIVE_PRONOUNS, SUBORDINATORS } from '../../lexicon/de/index.js';

const ID = 'statement/verb-colon-quote';

/** At most this many tokens from the finite verb to the colon („Der Richter unterbricht sie sofort:“, „brachte es direkt zu Beginn auf den Punkt:“). */
const MAX_TAIL = 14;
/** Openers of a verb-second sentence whose subject follows the verb („Als Trainer … wackelt Berg:“, „Danach …“). */
const OPENERS = new Set(['als', 'dann', 'danach', 'nun', 'jetzt', 'auch', 'doch', 'später', 'zuvor', 'daraufhin', 'anschließend']);

/** Verbs whose „von“ names where a reaction came from: „Zustimmung erhielt er von X:“, „Kritik kam von X:“. */
const RECEIVING = new Set(['erhalten', 'bekommen', 'kommen', 'ernten']);

/** A finite verb form by its ending, for verbs the lexicon lacks („wackelt“, „zögerte“). */
const FINITE_ENDING = /(?:[^aeiouäöü]t|te|ten)$/;

/**
 * Token `k` is a lower-case finite verb in the indicative (no function word, no adjective); with
 * `loose`, by its ending too, where the sentence shape leaves no other reading.
 */
function finiteVerb(ctx: RuleContext, k: number, loose = false): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !isLowerWord(t.text)) return false;
  if (!ctx.lexicon.isVerb(t.text) && !(loose && FINITE_ENDING.test(t.text))) return false;
  // „der schwächsten Mannschaft“: after an article stands an adjective or a noun, never the finite verb
  const prev = ctx.doc.tokens[k - 1];
  if (prev && DETERMINERS.has(lower(prev.text))) return false;
  if (ctx.lexicon.isFunctionWord(t.text)) return false;
  // „Die Krankenschwester verpasste der Kanzlerin …“: a past form that is also an adjective („die verpasste
  // Chance“) is the finite verb between a noun and an article
  const next = ctx.doc.tokens[k + 1];
  // (also before a reflexive or a preposition: „Bürgermeister X bedankte sich bei …“, „X dankte im Namen …“)
  const between = !!prev && prev.type === 'word' && /^\p{Lu}/u.test(prev.text) && !!next && (DETERMINERS.has(lower(next.text)) || next.text === 'sich' || PREPOSITIONS.has(lower(next.text))) && /te$/.test(t.text);
  if (ctx.lexicon.isAdjective(t.text) && !between) return false;
  return !konjunktivIn(ctx, k, k + 1);
}

/**
 * Where the subject ends before the finite verb at `v`: before conjunctional adverbs
 * („X hingegen zeigt“, „X dagegen sieht“) and an age or party in brackets („Thomas Kreuzer (55)“).
 */
function subjectEnd(ctx: RuleContext, ss: number, v: number): number {
  const toks = ctx.doc.tokens;
  let e = v;
  while (e - 1 > ss && toks[e - 1].type === 'word' && CONJUNCTIONAL_ADVERBS.has(lower(toks[e - 1].text))) e--;
  if (toks[e - 1]?.text === ')') {
    let o = e - 2;
    while (o > ss && e - o <= 5 && toks[o].text !== '(') o--;
    if (toks[o]?.text === '(' && o > ss) e = o;
  }
  return e;
}

/** At most this many lower-case words between the speaker's name and the colon („… rechnete X ab:“, „… X trocken:“). */
const MAX_PARTICLES = 2;

/** Token `k` is a lower-case word that may close a verb-second clause after its subject: a verb particle or an adverb, no verb. */
function closingWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !isLowerWord(t.text)) return false;
  return !ctx.lexicon.isVerb(t.text) || ctx.lexicon.isFunctionWord(t.text) || ctx.lexicon.isAdjective(t.text);
}

/** Finite forms of the modal verbs: „wollte sich X fassen:“. */
const MODALS = new Set([...AUXILIARIES].filter((w) => /^(?:w[oi]ll|soll|k[aoö]nn|m[uü]ss|d[aüu]rf)/.test(w)));
/** At most this many lower-case words between the finite verb and the name („sich zunächst auch“). */
const MAX_MIDFIELD = 3;

/** Token `k` may stand between the finite verb and its subject: a reflexive pronoun or an adverb, lower case, no verb. */
function midfieldWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !isLowerWord(t.text)) return false;
  return t.text === 'sich' || adverbs(ctx.lexicon).has(t.text);
}

/** Token `k` is a lower-case infinitive („fassen“, „äußern“). */
function infinitive(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.type === 'word' && /^\p{Ll}+n$/u.test(t.text) && ctx.lexicon.verbLemmas(t.text).includes(t.text);
}

/** At most this many tokens in an apposition between commas („, künstlerische Leiterin der Festspiele,“). */
const MAX_APPOSITION = 8;

/**
 * The commas [c1, c2] of an apposition after the sentence's opening phrase and before `colon`: the
 * only two commas there, a few words between them without a verb, no relative clause. Or null.
 */
function apposition(ctx: RuleContext, ss: number, colon: number): [number, number] | null {
  const toks = ctx.doc.tokens;
  const commas: number[] = [];
  for (let k = ss + 1; k < colon; k++) if (toks[k].text === ',') commas.push(k);
  if (commas.length !== 2) return null;
  const [c1, c2] = commas;
  if (c2 - c1 < 2 || c2 - c1 - 1 > MAX_APPOSITION) return null;
  for (let k = c1 + 1; k < c2; k++) {
    const t = toks[k];
    if (t.type === 'punct' && t.text !== '-' && t.text !== '(' && t.text !== ')') return null;
    if (t.type === 'word' && isLowerWord(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isAdjective(t.text) && !ctx.lexicon.isFunctionWord(t.text)) return null;
  }
  // „, der …“, „, die …“ open a relative clause (not before an adjective or a noun: „, der damalige Torwart X,“); „, und“ coordinates
  const first = lower(toks[c1 + 1].text);
  const next = toks[c1 + 2];
  const article = next && next.type === 'word' && (ctx.lexicon.isAdjective(next.text) || /^\p{Lu}/u.test(next.text));
  if ((RELATIVE_PRONOUNS.has(first) && !article) || COORDINATORS.has(first) || SUBORDINATORS.has(first)) return null;
  return [c1, c2];
}

/**
 * The comma that opens a zu-infinitive clause ending at `colon` („…, den Zustand zu beurteilen:“,
 * „…, das aufzuklären:“): the only comma of the sentence before the colon; or -1.
 */
function zuClauseBefore(ctx: RuleContext, ss: number, colon: number): number {
  const toks = ctx.doc.tokens;
  const last = toks[colon - 1];
  const zuInf = toks[colon - 2]?.text === 'zu' || (last?.type === 'word' && /^\p{Ll}+zu\p{Ll}+en$/u.test(last.text) && ctx.lexicon.isVerb(last.text));
  if (!zuInf || !infinitive(ctx, colon - 1) && !/zu\p{Ll}+en$/u.test(last.text)) return -1;
  let comma = -1;
  for (let k = ss + 1; k < colon; k++) {
    if (toks[k].text !== ',') continue;
    if (comma >= 0) return -1;
    comma = k;
  }
  return comma > ss + 2 && colon - comma >= 3 ? comma : -1;
}

/**
 * A quotation after a colon whose sentence names the speaker as the subject of a verb that is no
 * verb of saying: „Der Richter unterbricht: „…““, „Als Trainer des Tabellenletzten wackelt Berg:
 * „…““. Either the sentence opens with the speaker and the verb follows, or an adverbial opens it,
 * the verb follows and the speaker's name stands right before the colon. An apposition between
 * commas may follow an opening person („Maria Happel, künstlerische Leiterin der Festspiele, zog ein
 * zufriedenes Resümee: „…““). A verb of saying, another comma or a second quotation before the
 * colon leave the sentence to the other rules.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Subject + other verb + colon + quotation: „Als Trainer des Tabellenletzten wackelt Ida Berg: „Mir macht es Spaß.““ → direct, Ida Berg',
    priority: 3,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    for (const q of quotes) {
      const colon = q.open - 1;
      if (colon <= ss + 1 || colon >= se || toks[colon].text !== ':' || isTitleQuote(ctx, q)) continue;
      const appo = apposition(ctx, ss, colon);
      // „X tat sich schwer, den Zustand des Angeklagten zu beurteilen:“: a zu-infinitive clause before the colon
      const zu = appo ? -1 : zuClauseBefore(ctx, ss, colon);
      let plain = true;
      for (let k = ss; k < colon && plain; k++) {
        if (appo && k >= appo[0] && k <= appo[1]) continue;
        if (k === zu) continue;
        if (toks[k].text === ',' || toks[k].text === ';' || isQuote(toks[k]) || speechVerbAt(ctx, k, se)) plain = false;
      }
      if (!plain) continue;
      let speaker: SpeakerRef | null = null;
      let cue = -1;
      // „Maria Happel, künstlerische Leiterin der Festspiele, zog ein zufriedenes Resümee:“: a person, the apposition, the verb
      if (appo && colon - (appo[1] + 1) <= MAX_TAIL && finiteVerb(ctx, appo[1] + 1)) {
        // „Und einer der Spieler, der damalige Torwart Rui Patricio, macht …“: the person may be the apposition
        const open = COORDINATORS.has(lower(toks[ss].text)) ? ss + 1 : ss;
        const sp = namedSpeaker(ctx, open, appo[0]);
        const inner = sp && sp.type === 'PER' ? null : namedSpeaker(ctx, appo[0] + 1, appo[1]);
        if (sp && sp.type === 'PER') {
          speaker = sp;
          cue = appo[1] + 1;
        } else if (inner && inner.type === 'PER') {
          speaker = inner;
          cue = appo[1] + 1;
        }
      }
      if (appo && !speaker) continue;
      // the speaker opens the sentence, the verb follows: „Der Richter unterbricht:“
      // (not a prepositional phrase: „An Landeshauptfrau X richtet Mayer die Worte:“ names the addressee)
      for (let v = ss + 1; v < colon && !speaker && !PREPOSITIONS.has(lower(toks[ss].text)); v++) {
        // (a form of „haben“ or „sein“ too: „Er hatte auch einen Wunsch: …“)
        if (colon - v > MAX_TAIL || (!finiteVerb(ctx, v) && !/^(?:hat|hatte|hatten|haben|ist|war|waren|sind)$/.test(toks[v].text))) continue;
        // „Er hatte auch einen Wunsch an die Kommunalpolitiker: „…““: a personal pronoun as the subject (resolved later)
        speaker = namedSpeaker(ctx, ss, subjectEnd(ctx, ss, v), { roles: true }) ?? (v === ss + 1 && /^(?:Er|Sie)$/.test(toks[ss].text) ? speakerFrom(ctx, ss, v) : null);
        cue = v;
      }
      // an adverbial opens it, the verb follows, the name stands before the colon: „Als Trainer … wackelt Berg:“
      const first = lower(toks[ss].text);
      const adverbial = OPENERS.has(first) || PREPOSITIONS.has(first) || (toks[ss].type === 'word' && (adverbs(ctx.lexicon).has(first) || ctx.lexicon.isAdjective(first)) && !ctx.lexicon.isFunctionWord(first));
      if (!speaker && adverbial) {
        for (let v = ss + 1; v < colon - 1 && !speaker; v++) {
          const modal = MODALS.has(toks[v].text);
          if (!modal && !finiteVerb(ctx, v, true)) continue;
          // „Ähnlich kurz wollte sich zunächst auch X fassen:“: a reflexive and adverbs between the verb and the name
          for (let s = v + 1; s <= v + 1 + MAX_MIDFIELD && s < colon && !speaker; s++) {
            if (s > v + 1 && !midfieldWord(ctx, s - 1)) break;
            // „Mit Kanzler X rechnete Strache ab:“, „… meinte Ida Berg trocken:“: a particle or an adverb may close the clause; after a modal, its infinitive
            for (let e = colon; e > s && colon - e <= MAX_PARTICLES && !speaker; e--) {
              if (e < colon && !closingWord(ctx, e) && !(modal && e === colon - 1 && infinitive(ctx, e))) break;
              speaker = namedSpeaker(ctx, s, e) ?? (e === s + 1 ? earlierSurname(ctx, s) : null);
            }
          }
          cue = v;
          if (!speaker) break;
        }
      }
      // „Zustimmung erhielt er von Gemeinderätin Ida Berg:“: a person after „von“ right before the colon, a finite verb before it
      if (!speaker) {
        for (let p = colon - 2; p > ss + 1 && colon - p <= 6 && !speaker; p--) {
          if (lower(toks[p].text) !== 'von') continue;
          const sp = namedSpeaker(ctx, p + 1, colon);
          if (!sp || sp.type !== 'PER') break;
          for (let v = ss + 1; v < p; v++) {
            if (!finiteVerb(ctx, v) || !ctx.lexicon.verbLemmas(toks[v].text).some((l) => RECEIVING.has(l))) continue;
            speaker = sp;
            cue = v;
            break;
          }
        }
      }
      if (!speaker) continue;
      const end = trimEnd(doc, q.open + 1, q.close);
      if (end - (q.open + 1) < 2) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, cue, cue + 1), content: tokenSpan(doc, q.open + 1, end), sentence });
    }
  },
);
