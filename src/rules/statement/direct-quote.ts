import type { Rule, RuleContext } from '../types.js';
import type { SpeakerRef, StatementCandidate } from './lib/types.js';
import {
  DEFINITE, PREPOSITIONS, afterTimeAdverbial, firstFiniteVerb, roleWord, appositionPhrase, quoteClosesSentence, clauseEnd, coordinatedPhrase, pronounRef, findQuotes, isQuote, lower, isTitleQuote, konjunktivIn, negated, sentenceTokens, speakerFrom, speechVerbAt, stanceBeforeQuote, stancePredicateBefore, subjectOf, tokenSpan, span, trimEnd, type Quote,
} from './lib/grammar.js';
import { antecedentBefore } from './lib/antecedent.js';
import { personLead } from './lib/person-lead.js';
import { personSubject } from './lib/context-speaker.js';
import { sentenceAt } from '../../text/analyse.js';
import { tokenAt } from '../../text/doc.js';
import { AUXILIARIES, CITED_AUX, UTTERANCE_NOUNS, CONJUNCTIONAL_ADVERBS, POSSESSIVES, COORDINATORS, RELATIVE_PRONOUNS, SUBJECT_INTERPOSED_ADVERBS } from '../../lexicon/de/index.js';
import { ROLE_PHRASE_GLUE } from '../../lexicon/de/entity-org.js';


const ID = 'statement/direct-quote';
/** Auxiliaries of the perfect after a quotation: „„…“, hat X gesagt“. */
const PERFECT_AUX = new Set(['hat', 'hatte', 'haben', 'hatten']);

/** The content of a quote: the words between the marks. */
function inner(ctx: RuleContext, q: Quote) {
  return tokenSpan(ctx.doc, q.open + 1, q.close);
}

/** A verb of manner (quote-manner-verbs.txt: „lacht“, „weiß“) right after a quote, which attributes it there only. */
function mannerVerbAt(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.type !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const manner = ctx.lexicon.list('quote-manner-verbs');
  return ctx.lexicon.verbLemmas(t.text).some((l) => manner.has(l));
}

/**
 * Token `j` closes a quotation that opened inside the sentence after a word (a partial quote, no quoted
 * sentence of its own): the index of its opening mark, else -1.
 */
function partialQuoteOpen(ctx: RuleContext, j: number): number {
  const toks = ctx.doc.tokens;
  const q = findQuotes(ctx.doc).find((x) => x.close === j);
  if (!q) return -1;
  const before = toks[q.open - 1];
  return !!before && before.type === 'word' && before.sentence === toks[j].sentence && !['.', '!', '?'].includes(toks[j - 1]?.text ?? '') ? q.open : -1;
}

/** At most this many tokens inside a quotation that stands alone on its line as a subheading. */
const MAX_SUBHEADING = 8;

/** Quote `q` is a line of its own (line breaks before and after), short, with no sentence mark inside: a subheading. */
function subheading(ctx: RuleContext, q: Quote): boolean {
  const toks = ctx.doc.tokens;
  const text = ctx.doc.text;
  if (q.close - q.open - 1 > MAX_SUBHEADING || q.open === 0) return false;
  if (['.', '!', '?', '…'].includes(toks[q.close - 1]?.text ?? '')) return false;
  const before = text.slice(toks[q.open - 1].end, toks[q.open].start);
  const next = toks[q.close + 1];
  const after = next ? text.slice(toks[q.close].end, next.start) : '\n';
  return before.includes('\n') && after.includes('\n');
}

/** Tokens after comma `c` up to `colon` are an adverbial phrase: a preposition first, words only, no verb, at most six. */
function adverbialUpTo(ctx: RuleContext, c: number, colon: number): boolean {
  const toks = ctx.doc.tokens;
  if (colon - c < 3 || colon - c > 7 || !PREPOSITIONS.has(lower(toks[c + 1].text))) return false;
  for (let k = c + 1; k < colon; k++) {
    const t = toks[k];
    if (t.type !== 'word') return false;
    if (/^\p{Ll}/u.test(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text) && !PREPOSITIONS.has(t.text)) return false;
  }
  return true;
}

/** At most this many tokens in a relative clause or an apposition between a name and a colon. */
const MAX_TRAILING_CLAUSE = 14;

/**
 * The comma that opens a relative clause („, der nach Berlin reisen wollte“) or an apposition
 * („, einer der betroffenen Reisenden“) after a capitalised word and running up to `colon`: the only
 * comma of the stretch, no quote in it; an apposition holds no lower-case verb. Or -1.
 */
function trailingClauseComma(ctx: RuleContext, oss: number, colon: number): number {
  const toks = ctx.doc.tokens;
  let comma = -1;
  for (let k = colon - 1; k > oss && colon - k <= MAX_TRAILING_CLAUSE; k--) {
    if (isQuote(toks[k]) || toks[k].text === ';' || toks[k].text === ':') return -1;
    if (toks[k].text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0 || colon - comma < 3 || !/^\p{Lu}/u.test(toks[comma - 1]?.text ?? '') || toks[comma - 1].type !== 'word') return -1;
  const first = lower(toks[comma + 1].text);
  if (RELATIVE_PRONOUNS.has(first)) return comma;
  for (let k = comma + 1; k < colon; k++) {
    const t = toks[k];
    if (t.type === 'word' && /^\p{Ll}/u.test(t.text) && ctx.lexicon.isVerb(t.text) && !ctx.lexicon.isFunctionWord(t.text) && !ctx.lexicon.isAdjective(t.text)) return -1;
  }
  return COORDINATORS.has(first) ? -1 : comma;
}

/**
 * „„…“, betont der Präsident des Verbands, Andreas Trotter.“: a named person in apposition after the
 * role phrase (comma, name, end of sentence) is the speaker.
 */
function appositiveName(ctx: RuleContext, end: number, se: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  // „des Verbands Leitender Kinder- und Jugendärzte, Andreas Trotter“: capitalised words, hyphens and
  // „und“/„der“/„des“/„für“ may continue the role phrase up to the comma
  while (end < se && (toks[end].text === '-' || /^\p{Lu}/u.test(toks[end].text) || ROLE_PHRASE_GLUE.has(toks[end].text))) end++;
  if (toks[end]?.text !== ',' || !/^\p{Lu}/u.test(toks[end + 1]?.text ?? '')) return null;
  const name = coordinatedPhrase(ctx, end + 1, se);
  if (!name || name.parts.length > 1) return null;
  let k = name.end;
  while (k < se && toks[k].type === 'punct' && !isQuote(toks[k]) && toks[k].text !== ',') k++;
  if (k < se) return null;
  const sp = speakerFrom(ctx, name.start, name.end);
  if (!sp || sp.form !== 'named') return null;
  // a person the entity layer found, or a first name from the list + a surname („Thomas Brandes“)
  const words = sp.name.split(' ');
  return sp.type === 'PER' || (sp.type == null && words.length === 2 && !!ctx.lexicon.firstName(words[0])) ? sp : null;
}

/**
 * „Denn, so Steinhart: „…““, „So Ministerin X: „…““: „so“ opening the clause (at the sentence start or
 * after a comma or a coordinator), a speaker phrase up to the colon before quote `q`; else null.
 */
function soBeforeColon(ctx: RuleContext, q: Quote, oss: number): { speaker: SpeakerRef; so: number } | null {
  const toks = ctx.doc.tokens;
  const colon = q.open - 1;
  for (let j = colon - 2; j >= oss && colon - j <= 6; j--) {
    if (lower(toks[j].text) !== 'so') continue;
    const before = toks[j - 1];
    if (j > oss && !(before.text === ',' || COORDINATORS.has(lower(before.text)))) return null;
    const np = coordinatedPhrase(ctx, j + 1, colon);
    if (!np || np.end !== colon) return null;
    const sp = speakerFrom(ctx, np.start, np.end, np.parts);
    return sp && sp.form !== 'pronoun' ? { speaker: sp, so: j } : null;
  }
  return null;
}

/** Quote `q` holds a clause: a lower-case verb inside it („Wir stehen am Rande“), not a name („Das alte Rathaus“). */
function holdsClause(ctx: RuleContext, q: Quote): boolean {
  const toks = ctx.doc.tokens;
  if (q.close - q.open - 1 < 3) return false;
  for (let j = q.open + 1; j < q.close; j++) if (toks[j].type === 'word' && /^\p{Ll}/u.test(toks[j].text) && ctx.lexicon.isVerb(toks[j].text)) return true;
  return false;
}

/**
 * „Am Wochenende schlug der Notfallmediziner Vincent Ribordy Alarm: „Wir stehen …““: a main clause
 * whose subject is a named person (or „er“/„sie“), ended by the colon of quote `q`, which holds a clause
 * and closes the sentence — with any verb. The speaker and the verb's index, or null.
 */
function personClauseBeforeColon(ctx: RuleContext, q: Quote, oss: number, ose: number): { speaker: SpeakerRef; verb: number } | null {
  const toks = ctx.doc.tokens;
  const colon = q.open - 1;
  if (toks[colon]?.text !== ':' || colon - oss < 3 || !quoteClosesSentence(ctx, q) || !holdsClause(ctx, q)) return null;
  const fv = firstFiniteVerb(ctx, oss, colon);
  if (fv < 0 || negated(ctx.doc, fv, colon)) return null;
  const sp = subjectOf(ctx, fv, oss, ose);
  if (!sp || sp.start >= toks[colon].start) return null;
  if (sp.form === 'pronoun') return /^(?:er|sie)$/i.test(sp.text) && !sp.plural ? { speaker: sp, verb: fv } : null;
  // (also an organisation the entity layer found: „Die Stadtverwaltung Brandenburg nutzt die Diskussion zu einer Bitte: „…““)
  if (sp.type === 'PER' || (sp.type === 'ORG' && !!sp.entity)) return { speaker: sp, verb: fv };
  // „der oberste Notfallmediziner der Schweiz, Vincent Ribordy, …“: a person word with the name in apposition
  if (!sp.head || !roleWord(ctx, sp.head)) return null;
  const named = appositionName(ctx, tokenAt(ctx.doc, sp.end - 1) + 1, colon);
  return named ? { speaker: named, verb: fv } : null;
}

/**
 * From token `k`, an optional genitive („der Schweiz“) and then „, Name,“: the person the text names
 * between the commas, before `limit`; else null.
 */
function appositionName(ctx: RuleContext, k: number, limit: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  let c = k;
  while (c < limit && c - k <= 5 && toks[c].text !== ',') {
    if (toks[c].type !== 'word') return null;
    c++;
  }
  if (toks[c]?.text !== ',') return null;
  const e = ctx.results.entities.find((x) => x.type === 'PER' && x.mentions.some((m) => m.start === toks[c + 1]?.start));
  if (!e) return null;
  const m = e.mentions.find((x) => x.start === toks[c + 1].start)!;
  const after = tokenAt(ctx.doc, m.end - 1) + 1;
  if (after >= limit || toks[after].text !== ',') return null;
  return speakerFrom(ctx, c + 1, after);
}

/**
 * After quote `q` and its comma, „lautet(e)“ at `k` and a noun of saying (UTTERANCE_NOUNS) with a
 * possessive („sein Vorwurf“, an adjective may stand between) or an article and a genitive or
 * „von“ phrase („das Fazit des Trainers“): the owner, else null.
 */
function utteranceOwner(ctx: RuleContext, q: Quote, k: number, se: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  if (toks[q.close + 1]?.text !== ',' || !/^(?:lautet|lautete)$/.test(toks[k]?.text ?? '') || !holdsClause(ctx, q)) return null;
  let n = k + 2;
  while (n < se && n - k <= 4 && toks[n].type === 'word' && /^\p{Ll}/u.test(toks[n].text)) n++;
  if (!UTTERANCE_NOUNS.has(toks[n]?.text ?? '')) return null;
  const det = toks[k + 1].text;
  // a possessive of the third person („sein Vorwurf“, „ihre Kritik“) stands for the person named before
  const ref = POSSESSIVES.has(lower(det)) ? pronounRef(toks[k + 1]) : null;
  if (ref?.gender) return ref;
  if (!DEFINITE.has(lower(det))) return null;
  const g = toks[n + 1]?.text ?? '';
  const src = /^(?:des|der|von|vom)$/.test(g) ? coordinatedPhrase(ctx, g === 'von' ? n + 2 : n + 1, se) : null;
  return src ? speakerFrom(ctx, src.start, src.end, src.parts) : null;
}

/**
 * After quote `q` and its comma, token `k` is a lower-case finite verb (not an auxiliary, not negated)
 * and a person the text names (a role word may stand before the name) is its subject right after it, or
 * after „sich“: the quotation's speaker, else null. The quote holds a clause (three words or more).
 */
function invertedPersonAfter(ctx: RuleContext, q: Quote, k: number, se: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  const v = toks[k];
  if (toks[q.close + 1]?.text !== ',' || !v || v.type !== 'word' || !/^\p{Ll}+$/u.test(v.text) || q.close - q.open < 4) return null;
  // (a word the dictionary lacks, in the verb's place and with a verb's ending, is read as a verb: „relativiert“)
  const lex = ctx.lexicon;
  const unknownVerb = !lex.isCommonWord(v.text) && /(?:iert|ierte|t|te)$/.test(v.text);
  if (!(lex.isVerb(v.text) || unknownVerb) || lex.isFunctionWord(v.text) || AUXILIARIES.has(v.text)) return null;
  // (the quotation holds a clause — „„Das alte Rathaus“, besichtigte X“ quotes a name)
  if (!holdsClause(ctx, q)) return null;
  let s = k + 1;
  if (toks[s]?.text === 'sich') s++;
  const np = coordinatedPhrase(ctx, s, se);
  if (!np || np.parts.length > 1) return null;
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!sp || sp.type !== 'PER' || sp.form === 'pronoun') return null;
  if (negated(ctx.doc, k, clauseEnd(ctx.doc, np.end - 1, se))) return null;
  return sp;
}

/** Quotes with a speaker: „…“, sagte X / X sagte: „…“ / X nannte sie „…“ / „…“, so X. */
function attributedQuotes(ctx: RuleContext): StatementCandidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const out: StatementCandidate[] = [];
  for (const q of findQuotes(doc)) {
    if (isTitleQuote(ctx, q)) continue;
    const sen = toks[q.close].sentence;
    let [, se] = sentenceTokens(doc, sen);
    // („«… Prozent.» wird X zitiert“: a quotation that ends in a full stop closes its sentence; the passive after it opens the next)
    if (se === q.close + 1 && CITED_AUX.has(toks[q.close + 1]?.text ?? '')) se = sentenceTokens(doc, toks[q.close + 1].sentence)[1];
    // trailing: „…“, sagte X  /  „…,“ sagte X  /  „…“, so X
    let k = q.close + 1;
    if (toks[k]?.text === ',') k++;
    // („„… in Kraft getreten ist“ sagte Maas“: the comma forgotten — a quotation that ends in a word, then a
    // lower-case verb of saying)
    else if (toks[q.close - 1]?.type === 'word' && /^\p{Ll}/u.test(toks[k]?.text ?? '') && speechVerbAt(ctx, k, se) && toks[k].sentence === sen && holdsClause(ctx, q)) { /* k stays */ }
    // („«…» wird Nils Ruckstuhl in der Zeitung zitiert“: the passive of „zitieren“ right after a closed quotation)
    else if (toks[q.close - 1]?.text !== ',' && toks[q.close - 1]?.text !== '?' && toks[q.close - 1]?.text !== '!' && !CITED_AUX.has(toks[k]?.text ?? '')) k = -1;
    // perfect tense: „„…“, hat X (einmal) gesagt“ — the auxiliary, the speaker, the participle ending the clause
    const cited = k > 0 && CITED_AUX.has(toks[k]?.text ?? '');
    if (k > 0 && k + 2 < se && (PERFECT_AUX.has(toks[k].text) || cited)) {
      let ce = clauseEnd(doc, k, se);
      // („hatte Vienna-Geschäftsführer X, seit Jänner im Amt, am Donnerstag erklärt“: an apposition between commas after the name)
      let appo = -1;
      if (toks[ce]?.text === ',') {
        let c = ce + 1;
        while (c < se && c - ce <= 6 && toks[c].text !== ',') c++;
        if (toks[c]?.text === ',' && c + 1 < se && !speechVerbAt(ctx, ce - 1, se)) {
          appo = c + 1;
          ce = clauseEnd(doc, appo, se);
        }
      }
      const p = ce - 1;
      if (cited && toks[p].text !== 'zitiert') continue;
      const upto = appo > 0 ? clauseEnd(doc, k, se) : p;
      // „hat der Münchner Rechenkünstler Kalle Rummenigge mal gesagt“: article + capitalised words + a person
      const lead = speechVerbAt(ctx, p, se) ? personLead(ctx, DEFINITE.has(lower(toks[k + 1].text)) ? k + 2 : k + 1, upto) : null;
      const np = lead ? { ...lead, start: k + 1 } : speechVerbAt(ctx, p, se) ? coordinatedPhrase(ctx, k + 1, upto) : null;
      const tail = appo > 0 ? (np && np.end === upto ? appo : -1) : np ? np.end : -1;
      // (adverbials between the name and the participle: „mal“, „am Montag“, „in der Linth-Zeitung“)
      const near = tail >= 0 && (p - tail <= 3 || (p - tail <= 7 && PREPOSITIONS.has(lower(toks[tail].text))));
      const speaker = np && near && np.end <= p ? speakerFrom(ctx, np.start, np.end, np.parts) : null;
      if (speaker && !negated(doc, k, ce)) {
        out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, p, p + 1), content: inner(ctx, q), sentence: toks[q.open].sentence });
        continue;
      }
    }
    if (k > 0 && k < se) {
      // „„…“, lacht die Direktorin“: a verb of manner attributes the quote it follows
      // „„…“, zeigte sich der Kommandant stolz“: a stance after the quote attributes it to the subject after „sich“
      const stance = toks[k + 1]?.text === 'sich' && toks[k].type === 'word' && /^\p{Ll}/u.test(toks[k].text) && ctx.lexicon.verbLemmas(toks[k].text).includes('zeigen');
      const sv = speechVerbAt(ctx, k, se) || mannerVerbAt(ctx, k) || stance;
      const so = toks[k].text === 'so';
      if (sv || so) {
        // („„…“, ärgerten sich zwei Frauen“: a verb of manner with its reflexive)
        let s = stance || (sv && sv !== true && toks[k + 1]?.text === 'sich') || (!stance && !so && mannerVerbAt(ctx, k) && toks[k + 1]?.text === 'sich') ? k + 2 : k + 1;
        if (so && speechVerbAt(ctx, s, se)) s++;
        // „„…“, betont auch der Präsident“: one linking adverb between the verb and its subject
        // („„…“, meinte damit Kommandant X“: a pronominal adverb too)
        if (!so && (CONJUNCTIONAL_ADVERBS.has(toks[s]?.text ?? '') || SUBJECT_INTERPOSED_ADVERBS.has(toks[s]?.text ?? ''))) s++;
        // „„…“, sagte am Montag der Sprecher“: a time adverbial before the subject
        if (!so) s = afterTimeAdverbial(ctx, s);
        // „„…“, zitiert ihn die Zeitung“: the one quoted is the pronoun object of „zitieren“, not its subject
        const quotedObject = sv && sv !== true && sv.lemma === 'zitieren' && /^(?:ihn|sie)$/.test(toks[s]?.text ?? '') ? pronounRef(toks[s]) : null;
        const np = quotedObject ? null : coordinatedPhrase(ctx, s, se);
        const speaker = quotedObject ?? (np ? appositiveName(ctx, np.end, se) ?? speakerFrom(ctx, np.start, np.end, np.parts) : null);
        if (speaker && !negated(doc, k, clauseEnd(doc, (np ? np.end : s + 1) - 1, se))) {
          const cue = tokenSpan(doc, k, so && s > k + 1 ? s : k + 1);
          // "Das sei „ein fatales Signal“, sagte sie.": a partial quote inside a Konjunktiv frame is indirect speech
          const [fs] = sentenceTokens(doc, toks[q.open].sentence);
          let frame = fs;
          // (a quotation closed earlier in the same sentence is part of the frame: „Der Schaden sei „unermesslich“ und X
          // stehe für „…“, sagte Y“ is one reported sentence)
          for (let j = q.open - 1; j > fs; j--) {
            const partial = isQuote(toks[j]) ? partialQuoteOpen(ctx, j) : -1;
            if (partial >= 0) {
              j = partial;
              continue;
            }
            if ([':', ';'].includes(toks[j].text) || isQuote(toks[j])) { frame = j + 1; break; }
          }
          if (q.open - frame >= 2 && konjunktivIn(ctx, frame, q.open)) {
            out.push({ rule: ID, kind: 'indirect', speaker, cue, content: tokenSpan(doc, frame, q.close + 1), sentence: toks[q.open].sentence });
            continue;
          }
          // „Die Zahlen spiegelten auch die Skandale wider, „die wir … zu verantworten haben“, fügte X hinzu“: a quote
          // that goes on with the sentence after a comma (lower case) is said with the words before it
          if (q.open - frame >= 3 && toks[q.open - 1].text === ',' && /^\p{Ll}/u.test(toks[q.open + 1]?.text ?? '')) {
            out.push({ rule: ID, kind: 'direct', speaker, cue, content: tokenSpan(doc, frame, q.close + 1), sentence: toks[q.open].sentence });
            continue;
          }
          out.push({ rule: ID, kind: 'direct', speaker, cue, content: inner(ctx, q), sentence: toks[q.open].sentence });
          continue;
        }
      }
      // „„…“, lautete sein Vorwurf“, „„…“, lautet das Fazit des Trainers“: the owner of a noun of saying
      const owner = utteranceOwner(ctx, q, k, se);
      if (owner) {
        out.push({ rule: ID, kind: 'direct', speaker: owner, cue: tokenSpan(doc, k, k + 1), content: inner(ctx, q), sentence: toks[q.open].sentence });
        continue;
      }
      // „„…“, relativiert Schulamtsdirektorin X die Aussage“, „„…“, zog Zehetner Bilanz“: any finite verb in the
      // second place after a quotation and a comma, with a named person as its subject right after it
      const person = invertedPersonAfter(ctx, q, k, se);
      if (person) {
        out.push({ rule: ID, kind: 'direct', speaker: person, cue: tokenSpan(doc, k, k + 1), content: inner(ctx, q), sentence: toks[q.open].sentence });
        continue;
      }
    }
    // leading: X sagte: „…“ / X nannte sie „…“ (a speech verb earlier in the same clause)
    const os = toks[q.open].sentence;
    const [oss, ose] = sentenceTokens(doc, os);
    let colon = toks[q.open - 1]?.text === ':';
    let found = -1;
    let ppComma = -1;
    for (let j = q.open - 1 - (colon ? 1 : 0); j >= oss; j--) {
      const t = toks[j];
      if (isQuote(t)) {
        // a title in the middle field ("sprach in der »ZIB 2« von einem »…«") is read over
        const title = findQuotes(doc).find((x) => x.close === j);
        if (title && isTitleQuote(ctx, title)) {
          j = title.open;
          continue;
        }
      }
      // „Ähnliches schildert Werner Brill, der nach Berlin reisen wollte: „…““: a relative clause or an
      // apposition after the speaker's name runs up to the colon; the verb of saying stands before it
      if (t.text === ',' && colon && ppComma < 0 && j === trailingClauseComma(ctx, oss, q.open - 1)) {
        ppComma = j;
        continue;
      }
      // „bekräftigt Elif Aldogan, Elternbeirätin der 2a, im Gespräch mit dieser Redaktion: „…““: an adverbial phrase
      // after an apposition before the colon — both read over
      if (t.text === ',' && colon && ppComma < 0 && adverbialUpTo(ctx, j, q.open - 1)) {
        ppComma = j;
        continue;
      }
      if (t.text === ',' && colon && ppComma > 0 && appositionPhrase(ctx, j, ppComma)) continue;
      if (t.type === 'punct' && (t.text === ',' || isQuote(t) || t.text === ';')) break;
      // „Hinterhäuser resümiert: „…““: before a colon a verb of manner introduces the quote too
      // (the quotation then ends the sentence: „Der Trainer lacht: „Pippo“ heißt der Hund“ quotes nothing)
      if (speechVerbAt(ctx, j, Math.max(ose, q.open)) || (colon && mannerVerbAt(ctx, j) && quoteClosesSentence(ctx, q))) {
        found = j;
        break;
      }
    }
    // „Denn, so Steinhart: „…““: „so“ + the speaker right before the colon
    const soColon = found < 0 && colon ? soBeforeColon(ctx, q, oss) : null;
    if (soColon) {
      out.push({ rule: ID, kind: 'direct', speaker: soColon.speaker, cue: tokenSpan(doc, soColon.so, soColon.so + 1), content: inner(ctx, q), sentence: os });
      continue;
    }
    // "Der Landrat zeigte sich zufrieden: „…“": a stance predicate before the colon quotes its subject
    if (found < 0 && colon) found = stancePredicateBefore(ctx, q.open - 1, oss);
    // „… schlug der Notfallmediziner Vincent Ribordy Alarm: „…““: a named person's clause with any verb before the colon
    const personColon = found < 0 && colon ? personClauseBeforeColon(ctx, q, oss, ose) : null;
    if (personColon) {
      out.push({ rule: ID, kind: 'direct', speaker: personColon.speaker, cue: tokenSpan(doc, personColon.verb, personColon.verb + 1), content: inner(ctx, q), sentence: os });
      continue;
    }
    // „X zeigte sich gegenüber dem Kurier „sehr überrascht““: the quotation is the stance predicative
    if (found < 0 && !colon) found = stanceBeforeQuote(ctx, q.open, oss);
    if (found < 0 && colon && toks[q.open - 2] && os !== toks[q.open].sentence) colon = false;
    if (found >= 0) {
      if (negated(doc, found, q.open)) continue;
      // „…, beklagte Kraus: „…““: a verb of saying after a comma has its subject after it, up to the colon
      const trailing = colon && toks[found - 1]?.text === ',' && found + 1 < q.open - 1 ? coordinatedPhrase(ctx, found + 1, q.open - 1) : null;
      const speaker = (trailing && trailing.end === q.open - 1 ? speakerFrom(ctx, trailing.start, trailing.end, trailing.parts) : null) ?? subjectOf(ctx, found, oss, ose);
      if (speaker) {
        out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, found, found + 1), content: inner(ctx, q), sentence: os });
      }
    } else if (!colon) {
      // „Für Bürgermeister X (SP) ist das „ein Ding der Unmöglichkeit““: the person whose view the sentence gives
      const judge = forPersonJudgement(ctx, q, oss);
      if (judge) out.push({ rule: ID, kind: 'direct', speaker: judge.speaker, cue: tokenSpan(doc, judge.cue, judge.cue + 1), content: inner(ctx, q), sentence: os });
    }
  }
  return out;
}

/** Finite forms of „sein“ and „bleiben“ that give a judgement: „Für X ist das …“. */
const JUDGING = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'bleibt', 'bleiben', 'blieb']);

/**
 * „Für Bürgermeister Franz Allerstorfer (SP) ist das „ein Ding der Unmöglichkeit““: a sentence that opens
 * with „Für“ and a named person (a bracket may follow), then a form of „sein“, and the quotation in that
 * clause, the predicative — the person's judgement in their words. The speaker and the verb's index, or null.
 */
function forPersonJudgement(ctx: RuleContext, q: Quote, oss: number): { speaker: SpeakerRef; cue: number } | null {
  const toks = ctx.doc.tokens;
  if (lower(toks[oss]?.text ?? '') !== 'für' || q.open - oss < 4) return null;
  const lead = personLead(ctx, oss + 1, q.open);
  if (!lead) return null;
  let v = lead.end;
  if (toks[v]?.text === '(') {
    while (v < q.open && toks[v].text !== ')') v++;
    v++;
  }
  if (!JUDGING.has(toks[v]?.text ?? '') || q.open - v > 4) return null;
  for (let k = v + 1; k < q.open; k++) if (toks[k].type === 'punct') return null;
  // (a verb of saying elsewhere in the sentence attributes the quotation: „…, sagte ihr Trainer“)
  const [, se] = sentenceTokens(ctx.doc, toks[q.close].sentence);
  for (let k = q.close + 1; k < se; k++) if (speechVerbAt(ctx, k, se)) return null;
  const sp = speakerFrom(ctx, lead.start, lead.end, lead.parts);
  return sp && sp.type === 'PER' && sp.form !== 'pronoun' ? { speaker: sp, cue: v } : null;
}

/**
 * „Maier bleibt standhaft. „Ich bin unschuldig!““: the sentence before a verbless quote opens with a
 * named person and a lower-case finite verb, holds no statement and no quote: that person speaks.
 */
function personIntroducedBefore(ctx: RuleContext, found: readonly StatementCandidate[], os: number, start: number): SpeakerRef | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  if (os < 1) return null;
  const [pss, pse] = sentenceTokens(doc, os - 1);
  if (pse - pss < 3 || /\n\s*\n/.test(doc.text.slice(toks[pse - 1].end, start))) return null;
  if (found.some((c) => c.sentence === os - 1 || (c.content.start < toks[pse - 1].end && c.content.end > toks[pss].start))) return null;
  for (let k = pss; k < pse; k++) if (isQuote(toks[k])) return null;
  // „Für Umweltminister Jan Wolff ist es die erste Reise. „…““: the person whose view the sentence gives
  const from = lower(toks[pss].text) === 'für' ? pss + 1 : pss;
  const presented = presentedPerson(ctx, pss, pse);
  if (presented) return presented;
  // „Die Betriebsratsvorsitzende, Stefanie Klemann, äußerte sich tief betroffen. „…““: a role, the name in apposition, the verb
  const appositive = personSubject(ctx, os - 1);
  if (appositive && !lower(toks[pss].text).startsWith('für')) return appositive;
  const np = (from > pss ? personLead(ctx, from, pse) : null) ?? coordinatedPhrase(ctx, from, pse);
  if (!np || np.parts.length > 1 || np.end >= pse) return null;
  const verb = toks[np.end];
  if (verb.type !== 'word' || !/^\p{Ll}/u.test(verb.text) || !ctx.lexicon.isVerb(verb.text) || isFunctionWord(ctx, verb.text)) return null;
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!sp || sp.form !== 'named' || sp.type !== 'PER') return null;
  return sp;
}

/** Finite forms of „sein“ that present a person as the predicate. */
const PRESENTING = new Set(['ist', 'war']);
/** Titles before a name („Dr. Jana Roth“). */
const NAME_TITLES = new Set(['Dr', 'Prof', 'Dr.', 'Prof.']);

/**
 * „Einer von ihnen ist Dr. Jana Roth, Ärztin in Lohr.“: a short sentence that presents a named person
 * after „ist“/„war“ — the name ends the sentence or opens an apposition — introduces the speaker of
 * the quote after it.
 */
function presentedPerson(ctx: RuleContext, pss: number, pse: number): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  let v = pss + 1;
  while (v < pse && v - pss <= 4 && !PRESENTING.has(toks[v].text)) {
    if (toks[v].type !== 'word') return null;
    v++;
  }
  if (v >= pse || !PRESENTING.has(toks[v].text)) return null;
  // the entity's mention may hold the title or not
  let n = v + 1;
  const personAt = (k: number) => ctx.results.entities.find((x) => x.type === 'PER' && x.mentions.some((m) => m.start === toks[k]?.start));
  while (n < pse && !personAt(n) && (NAME_TITLES.has(toks[n].text) || toks[n].text === '.')) n++;
  const e = personAt(n);
  if (!e) return null;
  const m = e.mentions.find((x) => x.start === toks[n].start)!;
  const end = tokenAt(ctx.doc, m.end - 1) + 1;
  if (end < pse - 1 && toks[end].text !== ',') return null;
  const sp = speakerFrom(ctx, n, end);
  return sp && sp.form === 'named' && sp.type === 'PER' ? sp : null;
}

const isFunctionWord = (ctx: RuleContext, w: string) => ctx.lexicon.isFunctionWord(w) && !ctx.lexicon.isVerb(w);

/** Tokens of adverbials („am Mittwoch“, „(SPÖ)“) allowed between an attribution and its colon. */
const MAX_BEFORE_COLON = 6;

/**
 * „„…“, fordert X: „…““ / „…, sagte X am Mittwoch: „…““: a quote right after a colon that closes
 * the attribution of a statement found in its sentence (nothing but a few words without comma,
 * quote or verb of saying between that statement's last part and the colon; the quote ends the
 * sentence) continues that statement's speaker.
 */
function quoteAfterAttribution(ctx: RuleContext, found: readonly StatementCandidate[], q: Quote): StatementCandidate | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const colon = q.open - 1;
  const os = toks[q.open].sentence;
  const [, cse] = sentenceTokens(doc, toks[q.close].sentence);
  let after = q.close + 1;
  while (after < cse && toks[after].type === 'punct' && !isQuote(toks[after])) after++;
  if (after < cse) return null;
  const start = toks[q.open].start;
  const last = toks[Math.max(q.open + 1, trimEnd(doc, q.open + 1, q.close) - 1)];
  if (found.some((a) => a.content.start <= start + 1 && a.content.end >= last.end)) return null;
  let best: StatementCandidate | null = null;
  let bestTail = -1;
  for (const c of found) {
    if (sentenceAt(doc, c.cue.start) !== os) continue;
    const tail = Math.max(c.cue.end, c.speaker.end, c.content.end);
    if (tail > toks[colon].start || tail <= bestTail) continue;
    best = c;
    bestTail = tail;
  }
  if (!best) return null;
  let k = colon;
  while (k > 0 && toks[k - 1].start >= bestTail) k--;
  if (colon - k > MAX_BEFORE_COLON) return null;
  // „„…“, sagt er, denn: „…““: the causal „denn“ right after the attribution goes on with its speaker
  const denn = colon - k === 2 && toks[k].text === ',' && lower(toks[k + 1].text) === 'denn';
  for (let i = denn ? colon : k; i < colon; i++) {
    if (toks[i].text === ',' || isQuote(toks[i]) || COORDINATORS.has(lower(toks[i].text)) || speechVerbAt(ctx, i, cse)) return null;
  }
  return { rule: ID, kind: 'direct', speaker: best.speaker, cue: span(doc, start, start), content: inner(ctx, q), sentence: os, continues: true };
}

/**
 * A whole-sentence quote without a verb of saying: continues the previous speaker (of `found`,
 * the first pass of the enabled rules; quotes this rule attributed are not continued).
 */
function continuingQuotes(ctx: RuleContext, found: readonly StatementCandidate[]): StatementCandidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const out: StatementCandidate[] = [];
  for (const q of findQuotes(doc)) {
    const os = toks[q.open].sentence;
    const [oss] = sentenceTokens(doc, os);
    if (q.open - 2 > oss && toks[q.open - 1].text === ':') {
      const after = quoteAfterAttribution(ctx, found, q);
      if (after) out.push(after);
      continue;
    }
    // „Aber: „…““: one conjunction and a colon may stand before the quote
    if (q.open !== oss && !(q.open === oss + 2 && toks[oss + 1].text === ':' && COORDINATORS.has(lower(toks[oss].text)))) continue;
    // a short quotation alone on its line without a closing full stop is a subheading („„Eine Selbstanklage““), nobody's words here
    if (subheading(ctx, q)) continue;
    const cs = toks[q.close].sentence;
    const [, cse] = sentenceTokens(doc, cs);
    let after = q.close + 1;
    while (after < cse && toks[after].type === 'punct' && !isQuote(toks[after])) after++;
    if (after < cse) continue; // something follows the quote in its sentence
    const start = toks[q.open].start;
    // a quote some rule attributed already (its speaker after it, in brackets or before a colon) continues nobody
    const last = toks[Math.max(q.open + 1, trimEnd(doc, q.open + 1, q.close) - 1)];
    if (found.some((a) => a.content.start <= start + 1 && a.content.end >= last.end)) continue;
    const introduced = personIntroducedBefore(ctx, found, os, start);
    if (introduced) {
      out.push({ rule: ID, kind: 'direct', speaker: introduced, cue: span(doc, start, start), content: inner(ctx, q), sentence: os, continues: true });
      continue;
    }
    // a Konjunktiv sentence or a question may stand between; three sentences back only within the paragraph
    const ante = antecedentBefore(ctx, found, start, 3);
    if (!ante) continue;
    if (os - sentenceAt(doc, ante.content.end - 1) > 2 && /\n\s*\n/.test(doc.text.slice(ante.content.end, start))) continue;
    out.push({ rule: ID, kind: 'direct', speaker: ante.speaker, cue: span(doc, start, start), content: inner(ctx, q), sentence: os, continues: true });
  }
  return out;
}

const rule: Rule<StatementCandidate> = {
  meta: {
    id: ID,
    description: 'Quoted words with their speaker, all quote styles: „»Wir geben nicht auf«, sagte sie.“ / Er sagte: „…“ / «…», so der Trainer',
    priority: 100,
  },
  find: (ctx) => attributedQuotes(ctx),
  continueFrom: (ctx, found) => continuingQuotes(ctx, found),
};
export default rule;
