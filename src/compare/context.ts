/**
 * The context of a quantity, built only from extraction output (never the article source), so
 * both routes of `claims compare` (extract first, or read JSON) see the same thing:
 * - the quantity's own text (adjectives such as "nordkoreanische"),
 * - the statement it belongs to: its content (the clause that holds the number) and its speaker,
 * - entity mentions near the quantity: inside the statement, or else inside an estimated window
 *   of its sentence (bounded by the spans that other extracted items of the neighbouring
 *   sentences occupy, and at most 150 characters either side),
 * - dates of the same sentence,
 * - when the extraction output carries sentence texts (`quantity.context`, or an optional `sentences: Span[]` on the
 *   article), the clause of the sentence that holds the quantity (the sentence cut at commas,
 *   semicolons, colons and dashes; the whole sentence when that clause is short).
 */
import type { ArticleResult, Quantity, Span, Statement } from '../types.js';
import { frameClass, frameOf, isEstimate, isTarget, rateKeys, roleOf, sourcePhrase, timeMarks } from './facts.js';
import { qualifiersOf, updateMarks, type FactWords, type Qualifiers } from './frames.js';
import { contentKeys, fold, keySurfaces, nameKey, stem } from './text.js';

export interface QuantityContext {
  keys: Set<string>;
  surfaces: Map<string, string>;
  speaker: string | null;
  dates: string[];
  years: Set<string>;
  /** The sentence text, when the extraction output has it. */
  sentence?: string;
  /** Role noun lemma from the predicate ("verletzte" for "zwei Seeleute verletzt"), or null. */
  role: string | null;
  /** Who gives the figure: the statement's speaker, else an attribution phrase of the sentence. */
  source: string | null;
  /** Texts naming the source (speaker name and text, or the phrase), for comparing sources. */
  sourceTexts: string[];
  /** The sentence attributes the figure to someone (a statement, an attribution phrase, an estimate verb). */
  attributed: boolean;
  /** A demanded or needed figure ("Nötig seien 1.000 Lastwagen"), not a reported one. */
  target: boolean;
  /** A count on top of another ("weitere fünf Verletzte", "zusätzlich 300 Helfer"), not a rival figure. */
  additional: boolean;
  /** Entities named in the figure's clause (name keys), outside its source: what the figure is about. */
  named: Set<string>;
  /** The noun governing the figure ("Verlust" in "ein Verlust von 45 Prozent"), as a stem, or null. */
  frame: string | null;
  /** Time marks of the clause (years, months, quarters, "Vorjahr", a past reference). */
  times: Set<string>;
  /** Party, place and kind of the figure (frames.ts). */
  qualifiers: Qualifiers;
  /** Update words of the sentence: up, down, later, earlier. */
  updates: string[];
  /** A source named in the figure's own part of its sentence (from the figure before it), or null. */
  ownSource: string | null;
}

/** Lexicon help for contexts: the head of a compound noun ("Zwischenbericht" → "Bericht"). */
export type HeadOf = (word: string) => string | null;

/** "weitere fünf", "zusätzlich 300", "noch einmal 20": a figure on top of another. */
const ADDITIONAL = /\b(?:weitere[nmrs]?|zusätzliche[nmrs]?|zusätzlich|nochmals|noch\s+einmal)\s+(?:\S+\s+)?$/i;

const CAP_WORD = /[A-ZÄÖÜ][a-zäöüß]{7,}/g;

/** Keys of the heads of long capitalised compounds: "Zwischenbericht" adds "berich". */
function headKeys(text: string, into: Set<string>, headOf: HeadOf): void {
  CAP_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_WORD.exec(text))) {
    const h = headOf(m[0]);
    if (!h) continue;
    const f = fold(h).replace(/[^a-z]/g, '');
    // Short heads are often wrong splits ("Belegschaft" → "Haft", "Niederlage" → "Lage").
    if (f.length < 5 || f === fold(m[0])) continue;
    const k = stem(f);
    if (k !== stem(fold(m[0]))) into.add(k);
  }
}

const WINDOW = 150;
const NO_FRAMES: ReadonlyMap<string, string> = new Map();

interface Anchor {
  start: number;
  end: number;
  sentence: number;
}

/** For each sentence: the last offset used by earlier sentences and the first used by later ones. */
function sentenceBounds(article: ArticleResult): { lo: number[]; hi: number[] } {
  const anchors: Anchor[] = [];
  for (const q of article.quantities) anchors.push(q);
  for (const d of article.dates) anchors.push(d);
  for (const s of article.statements) {
    anchors.push({ start: s.content.start, end: s.content.end, sentence: s.sentence });
    anchors.push({ start: s.cue.start, end: s.cue.end, sentence: s.sentence });
  }
  let n = 0;
  for (const a of anchors) n = Math.max(n, a.sentence + 1);
  const maxEnd = new Array<number>(n).fill(-Infinity);
  const minStart = new Array<number>(n).fill(Infinity);
  for (const a of anchors) {
    if (a.sentence < 0) continue;
    maxEnd[a.sentence] = Math.max(maxEnd[a.sentence], a.end);
    minStart[a.sentence] = Math.min(minStart[a.sentence], a.start);
  }
  const lo = new Array<number>(n).fill(0);
  const hi = new Array<number>(n).fill(Infinity);
  let run = 0;
  for (let s = 0; s < n; s++) {
    lo[s] = run;
    if (maxEnd[s] > run) run = maxEnd[s];
  }
  let runHi = Infinity;
  for (let s = n - 1; s >= 0; s--) {
    hi[s] = runHi;
    if (minStart[s] < runHi) runHi = minStart[s];
  }
  return { lo, hi };
}

/** The statement whose content holds the quantity (by index, else by span), or null. */
export function statementOf(article: ArticleResult, q: Quantity): Statement | null {
  if (typeof q.statement === 'number' && article.statements[q.statement]) return article.statements[q.statement];
  for (const s of article.statements) {
    if (s.content.start <= q.start && q.end <= s.content.end) return s;
  }
  return null;
}

/** Sentence texts, when the extraction output carries them (optional field). */
export function sentencesOf(article: ArticleResult): Span[] | null {
  const s = (article as ArticleResult & { sentences?: unknown }).sentences;
  if (!Array.isArray(s)) return null;
  return s.every((x) => x && typeof x.text === 'string' && typeof x.start === 'number') ? (s as Span[]) : null;
}

/** The clause of a sentence around [start, end): cut at , ; : and dashes; the sentence if short. */
export function clauseOf(sentence: Span, start: number, end: number): Span {
  const t = sentence.text;
  const a = start - sentence.start;
  const b = end - sentence.start;
  let from = 0;
  let to = t.length;
  for (let i = a - 1; i >= 0; i--) {
    if (/[,;:–—]/.test(t[i])) {
      from = i + 1;
      break;
    }
  }
  for (let i = Math.max(b, 0); i < t.length; i++) {
    if (/[,;:–—]/.test(t[i])) {
      to = i;
      break;
    }
  }
  const clause = t.slice(from, to);
  if (contentKeys(clause).size < 4) return sentence;
  return { text: clause, start: sentence.start + from, end: sentence.start + to };
}

/**
 * The year an article reports from: its publication year, else the year its full dates name most
 * often (ties: the later), else null.
 */
export function referenceYear(article: ArticleResult): number | null {
  const pub = article.published ? /^(\d{4})/.exec(article.published) : null;
  if (pub) return Number(pub[1]);
  const count = new Map<number, number>();
  for (const d of article.dates) {
    const m = /^(\d{4})-\d{2}-\d{2}/.exec(d.value);
    if (m) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

/** "war … gekommen", "hatten … geholt": an auxiliary in the past and a participle later in the sentence. */
const PLUPERFECT = /\b(?:war|waren|hatte|hatten)\b[^.;:]{0,80}?\bge\p{Ll}{2,}(?:t|en)\b/u;

/** A fronted time adverbial ("Bei der Landtagswahl 2013 …", "Im Vorjahr …") scopes over the whole sentence. */
const FRONTED_TIME = /^\s*(?:Bei|Bei der|Bei den|Im|In|Vor|Seit|Nach|Am|Zur|Zum)\b[^,;:]{0,60}?(?:\b(?:19|20)\d\d\b|Vorjahr|(?:[Vv]ergangenen|letzten|vorigen|früheren|vorherigen)\s+\p{L}+)/u;

/**
 * Time marks of a figure: those of its clause (`timeMarks`), else those of a fronted time adverbial
 * of its sentence; a year before the article's reference year is also a past reference (`prev`):
 * "Bei der Landtagswahl 2013 war die CSU noch auf 47,7 Prozent gekommen, die SPD landete bei 20,6".
 */
export function figureTimes(clause: string, sentence: string | null, refYear: number | null, lead: string | null = null): Set<string> {
  let marks = timeMarks(clause);
  // A time before the first figure of the clause scopes over all of them: „2026 sinkt sie von 38
  // auf 37 Stunden“ (the 37's own part, „auf 37 Stunden“, names none).
  if (marks.size === 0 && lead) marks = timeMarks(lead);
  if (marks.size === 0 && sentence) {
    const m = FRONTED_TIME.exec(sentence);
    if (m) marks = timeMarks(m[0]);
  }
  // A year with the pluperfect tells an earlier state ("Bei der Landtagswahl 2013 war die CSU noch
  // auf 47,7 Prozent gekommen"), even where the article gives no year of its own.
  if (sentence && [...marks].some((k) => /^\d{4}$/.test(k)) && PLUPERFECT.test(sentence)) marks.add('prev');
  // "seit 1950", "bis 2030", "ab 2019" name a stretch, not the time of the figure.
  if (refYear !== null) for (const k of marks) if (/^\d{4}$/.test(k) && Number(k) < refYear && !new RegExp(`\\b(?:seit|bis|ab)\\s+(?:dem\\s+Jahr\\s+)?${k}\\b`, 'i').test(clause)) marks.add('prev');
  return marks;
}

/** The clause text before its first figure („Demnach soll 2026 zunächst eine Absenkung von“). */
function clauseLead(article: ArticleResult, clause: Span): string {
  let to = clause.end;
  for (const o of article.quantities) if (o.start >= clause.start && o.start < to) to = o.start;
  return clause.text.slice(0, to - clause.start);
}

/**
 * The part of a figure's clause that belongs to it: from the end of the figure before it in the
 * clause to the start of the figure after it ("Sie werden mit 17,5 Prozent zweitstärkste Kraft und
 * legen gegenüber der vorigen Landtagswahl 8,9 Punkte zu": the past reference is the 8,9's).
 */
function ownSegment(article: ArticleResult, q: Quantity, clause: Span | null): string {
  if (!clause) return q.text;
  let from = clause.start;
  let to = clause.end;
  for (const o of article.quantities) {
    if (o === q || o.end <= clause.start || o.start >= clause.end) continue;
    if (o.end <= q.start && o.end > from) from = o.end;
    if (o.start >= q.end && o.start < to) to = o.start;
  }
  // Words after the figure are its own only up to a coordination: "mit 17,5 Prozent zweitstärkste
  // Kraft | und legen gegenüber der vorigen Landtagswahl 8,9 Punkte zu".
  const after = clause.text.slice(q.end - clause.start, to - clause.start);
  const cut = /\s(?:und|sowie|oder|aber|während)\s/.exec(after);
  if (cut && to < clause.end) to = q.end + cut.index;
  return clause.text.slice(from - clause.start, to - clause.start);
}

/** The sentence text from the end of the figure before (in the same sentence) to the end of this one. */
function figureSpan(article: ArticleResult, q: Quantity, sentence: Span): string {
  let from = sentence.start;
  for (const o of article.quantities) if (o !== q && o.end <= q.start && o.end > from && o.start >= sentence.start) from = o.end;
  return sentence.text.slice(from - sentence.start, q.end - sentence.start);
}

/** A gapped clause that names a source and its figure: ", die Veranstalter von 20.000" (the verb is the clause's before). */
const GAPPED_SOURCE = /^[\s,;]*(?:und\s+|während\s+)?(?:die|der|das)\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+(?:von|auf)\s+(?:\S+\s+){0,2}?\S*\d[\d.\s]*$/;

function gappedSource(own: string): string | null {
  const m = GAPPED_SOURCE.exec(own);
  return m ? m[1] : null;
}

/** Contexts of every quantity of an article, in the article's quantity order. */
export function quantityContexts(
  article: ArticleResult,
  demonym?: (form: string) => string | null,
  headOf?: HeadOf,
  factWords?: FactWords,
  fallbackYear: number | null = null,
): QuantityContext[] {
  const { lo, hi } = sentenceBounds(article);
  const refYear = referenceYear(article) ?? fallbackYear;
  const sentences = sentencesOf(article);
  const out: QuantityContext[] = [];
  for (const q of article.quantities) {
    const texts: string[] = [q.text];
    const st = statementOf(article, q);
    let from: number;
    let to: number;
    const sentence = q.context ?? sentences?.[q.sentence];
    const clause = sentence && sentence.start <= q.start && q.end <= sentence.start + sentence.text.length ? clauseOf(sentence, q.start, q.end) : null;
    if (clause) texts.push(clause.text);
    if (st) {
      texts.push(st.content.text, st.speaker.name, st.speaker.text);
      // reported speech told over several sentences, one statement each: what the speaker said just
      // before is the figure's context too („Das Schiff sei zu schnell gewesen, sagte X. Zwei Schlepper hätten …“,
      // „X sagte, der Lotse habe gewarnt. Zwei Schlepper hätten …“, a continuation whose cue is its own verb)
      const prev = article.statements[article.statements.indexOf(st) - 1];
      if (prev && prev.speaker.name === st.speaker.name && prev.sentence >= st.sentence - 1 && prev.content.end <= st.content.start && prev.cue.end <= st.content.start &&
        (prev.cue.start >= prev.content.end || (st.cue.start >= st.content.start && st.cue.end <= st.content.end))) texts.push(prev.content.text);
      if (st.speaker.names) texts.push(...st.speaker.names);
      from = Math.min(st.content.start, st.speaker.start);
      to = Math.max(st.content.end, st.speaker.end);
    } else if (!clause && article.statements.some((x) => x.sentence === q.sentence)) {
      // No statement holds the number, but one stands in its sentence: its words are the
      // nearest clause text the extraction output has.
      from = Math.max(lo[q.sentence] ?? 0, q.start - WINDOW);
      to = Math.min(hi[q.sentence] ?? Infinity, q.end + WINDOW);
      for (const x of article.statements) {
        if (x.sentence !== q.sentence) continue;
        texts.push(x.content.text, x.speaker.text);
      }
    } else if (clause) {
      from = clause.start;
      to = clause.end;
    } else {
      from = Math.max(lo[q.sentence] ?? 0, q.start - WINDOW);
      to = Math.min(hi[q.sentence] ?? Infinity, q.end + WINDOW);
    }
    // Who gives the figure when no statement holds it: an attribution phrase of its sentence.
    const inSentence = !!sentence && sentence.start <= q.start && q.end <= sentence.start + sentence.text.length;
    // The figure's own part of the sentence may name its own source: "Die Polizei sprach von 8.000
    // Teilnehmern, die Veranstalter von 20.000" — the 20.000 are the organisers'.
    const ownText = inSentence ? figureSpan(article, q, sentence!) : null;
    const ownSource = ownText ? (sourcePhrase(ownText) ?? gappedSource(ownText)) : null;
    const phrase = !st && inSentence ? ownSource ?? sourcePhrase(sentence!.text) : null;
    const named = new Set<string>();
    const pFrom = clause ? clause.start : from;
    const pTo = clause ? clause.end : to;
    for (const e of article.entities) {
      let hit = false;
      for (const m of e.mentions) {
        if (m.start < to && from < m.end) {
          texts.push(m.text);
          hit = true;
        }
        // Entities the figure is about (not its source): "in Leipzig", "die SPD".
        const inSource = st !== null ? m.start < st.speaker.end && st.speaker.start < m.end : phrase !== null && phrase.includes(m.text);
        if (!inSource && m.start < pTo && pFrom < m.end) named.add(nameKey(e.name));
      }
      if (hit) texts.push(e.name);
    }
    const keys = new Set<string>();
    const surfaces = new Map<string, string>();
    for (const t of texts) {
      contentKeys(t, keys, demonym);
      keySurfaces(t, surfaces);
      if (headOf) headKeys(t, keys, headOf);
    }
    // What the sentence says about the figure: its role, frame, rate, source and intent.
    let role: string | null = null;
    let estimate = false;
    let target = false;
    let frame: string | null = null;
    let additional = false;
    const clauseText = clause?.text ?? q.text;
    if (sentence && inSentence) {
      const before = sentence.text.slice(0, q.start - sentence.start);
      const numberStart = q.number && q.number.start >= q.start ? q.number.start : q.start;
      role = roleOf(before, sentence.text.slice(q.end - sentence.start));
      frame = frameOf(sentence.text.slice(0, numberStart - sentence.start));
      additional = frame === null && ADDITIONAL.test(sentence.text.slice(Math.max(0, numberStart - sentence.start - 30), numberStart - sentence.start));
      if (frame) {
        keys.add('f:' + frame);
        const fc = frameClass(frame, factWords?.frames ?? NO_FRAMES);
        if (fc) keys.add(fc);
      }
      estimate = isEstimate(sentence.text);
    }
    for (const k of rateKeys(clauseText)) keys.add(k);
    target = isTarget(clauseText);
    // The counted noun itself says nothing more than the unit match does.
    const own = new Set<string>();
    if (q.unit) contentKeys(q.unit, own);
    if (q.noun) contentKeys(q.noun.text, own);
    if (headOf && q.noun) headKeys(q.noun.text, own, headOf);
    if (headOf && q.unit) headKeys(q.unit, own, headOf);
    if (q.unit) own.add(stem(fold(q.unit).replace(/[^a-z]/g, '')));
    for (const k of own) {
      keys.delete(k);
      surfaces.delete(k);
    }
    const dates = [...new Set(article.dates.filter((d) => d.sentence === q.sentence).map((d) => d.value))].sort();
    const years = new Set<string>();
    for (const d of dates) {
      const m = /^(\d{4})/.exec(d);
      if (m) years.add(m[1]);
    }
    // A gapped clause inside a statement names another source than the statement's speaker.
    const gapped = st && ownText ? gappedSource(ownText) : null;
    const source = gapped ?? (st ? st.speaker.name : phrase);
    let sourceSpan: Span | null = st ? st.speaker : null;
    if (!st && phrase && sentence) {
      const at = sentence.text.indexOf(phrase);
      if (at >= 0) sourceSpan = { text: phrase, start: sentence.start + at, end: sentence.start + at + phrase.length };
    }
    const qualifiers = inSentence ? qualifiersOf(article, q, sentence, sourceSpan, factWords) : {};
    const updates = inSentence ? updateMarks(sentence!.text, factWords) : [];
    const sourceTexts = st ? [st.speaker.name, st.speaker.text, ...(st.speaker.names ?? [])] : phrase ? [phrase] : [];
    out.push({
      keys,
      surfaces,
      speaker: st ? st.speaker.name : null,
      dates,
      years,
      ...(sentence ? { sentence: sentence.text } : {}),
      role,
      source,
      sourceTexts,
      attributed: source !== null || estimate,
      target,
      additional,
      named,
      frame,
      times: figureTimes(ownSegment(article, q, clause), sentence && inSentence ? sentence.text : null, refYear, clause ? clauseLead(article, clause) : null),
      qualifiers,
      updates,
      ownSource,
    });
  }
  return out;
}
