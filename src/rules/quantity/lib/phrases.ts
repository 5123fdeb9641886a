/**
 * The quantity layer's shared analysis: the number phrases of a document, computed once per
 * document. The text layer's number parser gives the numbers (ordinals, years, dates and clock
 * times are dropped there; date mentions of the date layer are respected too); for each number
 * this module finds its qualifier („mindestens“, „rund“, „zwischen … und“), its unit or counted
 * noun („3,5 Milliarden Euro“, „10.000 Soldaten“, „130 km/h“), whether a „-jährig“ adjective
 * makes it an age or a duration, and its interval (see lib/intervals.ts). It decides no rule: each
 * rule of the layer selects the phrases of its own class (money.ts: a currency unit, range.ts: a
 * two-sided range of a count or measure, …), and the bare-number rules read the numbers no phrase
 * covers (lib/bare.ts).
 *
 * Not number phrases: numbers after reference nouns („Artikel 5“, „Seite 3“, „Platz 2“, house
 * numbers), compound modifiers („10-Punkte-Plan“) and numbers without a counted noun or unit
 * (except percents and money).
 */
import type { RuleContext } from '../../types.js';
import type { Bound, DateMention, Interval, Quantity, Span } from '../../../types.js';
import type { Doc } from '../../../text/document.js';
import { docMemo } from '../../../text/doc.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { findNumbers, type NumberMatch } from '../../../text/numbers/index.js';
import { foldWord, parseCardinalWord, parseFractionWord } from '../../../text/numbers/words.js';
import { intervalFor, type Side } from './intervals.js';
import {
  DURATION_ADJECTIVE_UNIT, WORD_DURATION_ADJECTIVE, durationAdjective, firstTokenAtOrAfter, isPersonNoun, nounAfter, nounLemma, safe,
  sentenceOf, span, unitInfo, withArticle, type NounFound,
} from './nouns.js';
import { NOUN_OVER, PER_TIME, SURVEY_AMONG, TALK_ABOUT, approxBefore, clauseBefore, isReference, uberMeansAcross } from './qualifiers.js';

/** A quantity as the analysis finds it: what a rule reports, without the rule's id and class. */
export type PhraseQuantity = Omit<Quantity, 'rule' | 'kind'>;

/** How the phrase bounds its value: a two-sided range, a vague plural („Tausende“), a one-sided or approximate bound, or a plain number. */
export type PhraseShape = 'range' | 'vague' | 'bounded' | 'plain';

/** A number with its qualifier, unit or noun, as the quantity rules select from. */
export interface NumberPhrase {
  quantity: PhraseQuantity;
  /** Class of the unit in `units.txt` (money, percent, duration, length, mass, …), or null for a counted noun. */
  unitClass: string | null;
  /** A „-jährig“ adjective of a person („ein 24-jähriger Mann“), „24 Jahre alt“, „im Alter von 24 Jahren“. */
  age: boolean;
  shape: PhraseShape;
}

const CURRENCY_BEFORE = /(?<![A-Za-zÄÖÜäöüß.])(US\$|[€$£¥₽₩]|EUR|CHF|USD|GBP|JPY|CNY|sFr\.|SFr\.|Fr\.)[ \u00a0\u202f\u2009]?$/;
const CURRENCY_ALIASES: Record<string, string> = { 'fr.': 'Franken', 'sfr.': 'Franken' };
/** Unit symbols of more than one token: km/h, m/s, km², m³, °C. */
const SYMBOL_UNIT = /^[ \u00a0\u202f\u2009]?((?:[A-Za-z]{1,3}\/[A-Za-z]{1,3}|[A-Za-z]{1,3}[²³]|°[CF]?))(?![A-Za-z])/;
/** Words between the two numbers of a pair that shares the second one's noun. */
const PAIR_CONNECTOR = /^[ \u00a0\u202f\u2009]+(auf|der|von|zu|statt|anstatt)[ \u00a0\u202f\u2009]+$/i;
/** Nouns of match scores: "mit 3 zu 1 Toren" is a result, not two quantities. */
const SCORE_UNITS = new Set(['Tor', 'Treffer', 'Satz', 'Punkt']);

function overlapsDate(dates: readonly DateMention[], start: number, end: number): boolean {
  for (const d of dates) if (d.start < end && start < d.end) return true;
  return false;
}

function build(ctx: RuleContext, m: NumberMatch, inherit?: { unit: string; unitClass: string | null }): NumberPhrase | null {
  const { doc, lexicon: lex } = ctx;
  const text = doc.text;
  if (m.type === 'ordinal') return null;
  const numStart = m.numberStart ?? m.start;
  const numEnd = m.numberEnd ?? m.end;
  if (isReference(lex, text, m.start)) return null;
  const twoSided = m.type === 'range' && m.range && m.range.min != null && m.range.max != null;
  const isPercent = m.type === 'percent' || !!m.percent;

  let start = m.start;
  let bound: Bound = 'eq';
  let side: Side = 'both';
  if (m.vague) bound = 'gte';
  else if (m.type === 'range' && m.range && !twoSided) {
    const r = m.range;
    bound = r.max == null ? (r.minInclusive ? 'gte' : 'gt') : r.maxInclusive ? 'lte' : 'lt';
  } else if (!twoSided) {
    const a = approxBefore(lex, text, m.start);
    if (a) {
      bound = 'approx';
      side = a.side;
      start = a.start;
    }
  }

  // unit and counted noun
  let end = m.end;
  let unit: string | null = null;
  let unitClass: string | null = null;
  let noun: Span | undefined;
  let age = false;
  if (isPercent) {
    unit = /punkt/i.test(text.slice(numEnd, m.end)) ? 'Prozentpunkt' : 'Prozent';
    unitClass = 'percent';
  } else {
    // a currency sign or code before the number: "€ 5", "$100", "CHF 2,5 Millionen", "Fr. 300.–", "EUR 5 Mio."
    const before = text.slice(Math.max(0, start - 6), start);
    let sym = CURRENCY_BEFORE.exec(before);
    // "Fr." is also Freitag and Frau: a currency only when no counted noun follows ("Fr. 300.–",
    // not "Am Fr. 12 Teilnehmer")
    if (sym && CURRENCY_ALIASES[sym[1].toLowerCase()]) {
      const after = nounAfter(doc, lex, m.end, false);
      if (after && !unitInfo(lex, after.written)) sym = null;
    }
    if (sym) {
      const u = unitInfo(lex, sym[1]) ?? unitInfo(lex, CURRENCY_ALIASES[sym[1].toLowerCase()] ?? '');
      if (u && u.class === 'money') {
        unit = u.lemma;
        unitClass = 'money';
        start -= sym[0].length;
      }
    } else if (numStart > m.start) {
      // between the qualifier and the number: "mehr als CHF 2 Mio."
      const inner = CURRENCY_BEFORE.exec(text.slice(m.start, numStart));
      const u = inner && (unitInfo(lex, inner[1]) ?? unitInfo(lex, CURRENCY_ALIASES[inner[1].toLowerCase()] ?? ''));
      if (u && u.class === 'money') {
        unit = u.lemma;
        unitClass = 'money';
      }
    }
    const n = nounAfter(doc, lex, m.end, !!m.vague);
    if (n?.durationUnit) {
      // "ein 24-jähriger Afghane" (an age: the article and the person noun belong to it),
      // "eine 14-stündige Sitzung", "ein 2-jähriger Vertrag" (durations)
      const d = durationAdjective(doc, lex, n);
      unit = n.durationUnit;
      unitClass = 'duration';
      age = d.age;
      noun = d.noun;
      end = d.end;
      if (age) start = withArticle(text, start, bound);
    } else if (n && !unit) {
      const u = unitInfo(lex, n.written);
      unit = u ? u.lemma : nounLemma(lex, n.written);
      unitClass = u ? u.class : null;
      noun = span(doc, n.start, n.end);
      end = n.end;
      // "250 Kilometer pro Stunde" → Stundenkilometer, "20 Meter pro Sekunde"
      const per = u ? PER_TIME.exec(text.slice(end, end + 20)) : null;
      const pu = per ? unitInfo(lex, `${u!.lemma} pro ${per[1]}`) : null;
      if (per && pu) {
        unit = pu.lemma;
        unitClass = pu.class;
        end += per[0].length;
      }
      // "24 Jahre alt", "im Alter von 24 Jahren"
      if (unit === 'Jahr') {
        const pre = text.slice(Math.max(0, start - 16), start);
        const alt = /^[ \u00a0]+alt(?:e[nmrs]?)?(?![A-Za-zÄÖÜäöüß])/.exec(text.slice(end, end + 10));
        if (alt) {
          age = true;
          end += alt[0].length;
        } else if (/Alter von\s+$/.test(pre)) age = true;
      }
    } else if (n && unit) {
      noun = span(doc, n.start, n.end); // "€ 5 Millionen Schulden": keep the noun for context
    } else if (!n && !unit) {
      // units written as symbols or abbreviations right after the number: "5 km", "3 t"
      const k = firstTokenAtOrAfter(doc.tokens, m.end);
      const t = doc.tokens[k];
      const sym = SYMBOL_UNIT.exec(text.slice(m.end, m.end + 8));
      const su = sym ? unitInfo(lex, sym[1]) : null;
      if (sym && su) {
        // "130 km/h", "5 km²", "20 m³", "35 °C"
        unit = su.lemma;
        unitClass = su.class;
        end = m.end + sym[0].length;
      } else if (t && (t.type === 'symbol' || t.type === 'word' || t.type === 'punct')) {
        const u = unitInfo(lex, t.text);
        if (u) {
          unit = u.lemma;
          unitClass = u.class;
          end = t.end;
        }
      }
    }
  }
  if (!unit && inherit && !isPercent) {
    // the first number of a pair sharing the noun: "von 38 auf 35 Stunden", "52 der 183 Mandate"
    unit = inherit.unit;
    unitClass = inherit.unitClass;
  }
  if (!unit) return null;
  // "eine Rechnung über 500 Euro", "einen Vertrag über fünf Jahre": "über" = "of" (not for a
  // person: "ein Mann über 50 Jahre" is older than 50)
  const nounOver = (unitClass === 'money' || unitClass === 'duration') ? NOUN_OVER.exec(text.slice(Math.max(0, m.start - 50), m.start)) : null;
  const uberOf = nounOver !== null && (unitClass === 'money' || !isPersonNoun(lex, nounOver[1], true));
  if (m.qualifier && m.qualifier.text.toLowerCase() === 'über' && bound === 'gt' && (uberOf || uberMeansAcross(text, m.qualifier.start, end, unitClass === 'duration'))) {
    bound = 'eq';
    start = numStart;
  }
  // "eine Umfrage (des Verbands) unter 1.200 Apotheken": "unter" = "among", not "fewer than"
  if (m.qualifier && m.qualifier.text.toLowerCase() === 'unter' && bound === 'lt' && SURVEY_AMONG.test(text.slice(Math.max(0, m.qualifier.start - 90), m.qualifier.start))) {
    bound = 'eq';
    start = numStart;
  }
  // "mehr als ein Symbol", "wenigstens ein Trost" are figures of speech; "mindestens ein Mensch",
  // "mehr als eine Woche", "weniger als ein Prozent" count: a unit, a noun class or a person noun
  if (m.article && !unitClass && !safe(() => lex.unitClass(unit!), null) && !(noun && isPersonNoun(lex, noun.text, true))) return null;
  // "sprachen über ein Jahr voller Krisen": the topic of a verb of speech, not a bound
  if (m.article && /^über$/i.test(m.qualifier?.text ?? '') && TALK_ABOUT.test(clauseBefore(text, m.start))) return null;
  // "bis zu minus 20 Grad": as low as −20, so at least −20
  if (m.value < 0 && bound === 'lte' && /^bis\s+zu$/i.test(m.qualifier?.text ?? '')) bound = 'gte';
  if (overlapsDate(ctx.results.dates, numStart, numEnd) && unitClass !== 'duration') return null;

  let value = m.value;
  let interval: Interval;
  let shape: PhraseShape;
  if (twoSided && m.range) {
    interval = { min: m.range.min, max: m.range.max, minInclusive: m.range.minInclusive, maxInclusive: m.range.maxInclusive };
    value = m.range.min as number;
    bound = 'gte';
    shape = 'range';
  } else if (m.vague && m.range) {
    interval = { ...m.range };
    shape = 'vague';
  } else {
    interval = intervalFor(bound, value, side);
    shape = bound === 'eq' ? 'plain' : 'bounded';
  }

  const q: PhraseQuantity = {
    ...span(doc, start, end),
    value,
    bound,
    interval,
    unit,
    sentence: sentenceOf(doc, numStart),
    number: span(doc, numStart, numEnd),
  };
  if (noun) q.noun = noun;
  return { quantity: q, unitClass, age, shape };
}

/** Duration adjectives written as one word: "die viertägige Haushaltswoche", "ein zweijähriger Vertrag", "der Zweijährige". */
function durationAdjectives(ctx: RuleContext): NumberPhrase[] {
  const { doc, lexicon: lex } = ctx;
  const out: NumberPhrase[] = [];
  for (const t of doc.tokens) {
    if (t.type !== 'word' || t.text.length < 8) continue;
    const m = WORD_DURATION_ADJECTIVE.exec(t.text);
    if (!m) continue;
    const prefix = foldWord(m[1]);
    const value = prefix === 'ein' ? 1 : prefix === 'halb' ? 0.5 : parseCardinalWord(prefix) ?? parseFractionWord(prefix);
    if (value == null || value <= 0) continue;
    const unit = DURATION_ADJECTIVE_UNIT[m[2].toLowerCase()];
    const adj: NounFound = { start: t.start, end: t.end, written: t.text, durationUnit: unit };
    const d = durationAdjective(doc, lex, adj);
    let start = t.start;
    let bound: Bound = 'eq';
    let side: Side = 'both';
    const a = approxBefore(lex, doc.text, t.start);
    if (a) {
      bound = 'approx';
      side = a.side;
      start = a.start;
    }
    if (d.age) start = withArticle(doc.text, start, bound);
    const q: PhraseQuantity = {
      ...span(doc, start, d.end),
      value,
      bound,
      interval: intervalFor(bound, value, side),
      unit,
      sentence: t.sentence,
      number: span(doc, t.start, t.end),
      noun: d.noun,
    };
    out.push({ quantity: q, unitClass: 'duration', age: d.age, shape: bound === 'eq' ? 'plain' : 'bounded' });
  }
  return out;
}

interface PhraseMemo {
  dates: readonly DateMention[] | null;
  lexicon: Lexicon | null;
  out: NumberPhrase[];
  ms: NumberMatch[];
}

/** The document's slot in the per-document memo (recomputed when the date results or the lexicon differ). */
const memoOf = (doc: Doc): PhraseMemo => docMemo<PhraseMemo>(doc, 'quantity/phrases', () => ({ dates: null, lexicon: null, out: [], ms: [] }));

/** The parser's numbers of the document (the same run the phrases were built from). */
export function numberMatches(ctx: RuleContext): NumberMatch[] {
  numberPhrases(ctx);
  return memoOf(ctx.doc).ms;
}

/**
 * A number the text gives without its noun, read with a unit found elsewhere (a frame, a verb, an
 * earlier figure): value, bound and interval as for any quantity, text = the number with its
 * qualifier. Null where the number is no amount (a reference, a date, an ordinal).
 */
export function quantityWithUnit(ctx: RuleContext, m: NumberMatch, unit: string, unitClass: string | null = null): PhraseQuantity | null {
  if (m.type === 'ordinal' || m.type === 'percent' || m.percent) return null;
  const c = build(ctx, m, { unit, unitClass });
  if (!c || c.quantity.unit !== unit || c.quantity.noun) return null;
  return c.quantity;
}

/** Every number phrase of the document, once per document (shared by the layer's rules), by start. */
export function numberPhrases(ctx: RuleContext): NumberPhrase[] {
  const hit = memoOf(ctx.doc);
  if (hit.dates === ctx.results.dates && hit.lexicon === ctx.lexicon) return hit.out;
  const out: NumberPhrase[] = [];
  const text = ctx.doc.text;
  const ms = findNumbers(text);
  const built = ms.map((m) => build(ctx, m));
  // pairs sharing the noun of the second number: "von 38 auf 35 Stunden", "52 der 183 Mandate",
  // "von 2,1 auf 2,4 Prozent", "mit 52 zu 48 Stimmen" (not scores: "3 zu 1 Toren")
  for (let k = ms.length - 2; k >= 0; k--) {
    const next = built[k + 1];
    if (built[k] || !next || next.quantity.unit == null || ms[k].type === 'ordinal') continue;
    const conn = PAIR_CONNECTOR.exec(text.slice(ms[k].end, ms[k + 1].start));
    if (!conn || ms[k + 1].start !== ms[k].end + conn[0].length) continue;
    if (conn[1].toLowerCase() === 'zu' && SCORE_UNITS.has(next.quantity.unit)) {
      built[k + 1] = null;
      continue;
    }
    const c = next.unitClass;
    const unitClass = !next.age && (c === 'money' || c === 'percent' || c === 'duration') ? c : null;
    built[k] = build(ctx, ms[k], { unit: next.quantity.unit, unitClass });
  }
  for (const c of built) if (c) out.push(c);
  for (const c of durationAdjectives(ctx)) out.push(c);
  out.sort((a, b) => a.quantity.start - b.quantity.start || a.quantity.end - b.quantity.end);
  Object.assign(hit, { dates: ctx.results.dates, lexicon: ctx.lexicon, out, ms });
  return out;
}
