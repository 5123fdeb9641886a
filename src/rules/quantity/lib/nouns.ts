/**
 * The counted noun after a number and what the lexicon says about it: its lemma and unit, whether
 * it names a person (an age: „ein 24-jähriger Mann“) or something that lasts (a duration: „ein
 * zweijähriger Vertrag“). Shared by the number-phrase analysis and the share rule.
 */
import type { Bound, Span } from '../../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { INDEFINITE_ARTICLES, MONTH_WORDS, WEEKDAYS } from '../../../lexicon/de/index.js';
import { firstStartingAt } from '../../../text/doc.js';

export const FALLBACK_DURATION = /^(?:Jahr|Monat|Woche|Tag|Stunde|Minute|Sekunde|Jahrzehnt|Jahrhundert|Jahrtausend|Quartal|Halbjahr|Wochenende|Nacht|Semester)(?:e|en|es|s|n)?$/;
export const FALLBACK_DURATION_LEMMA: Record<string, string> = {
  Jahr: 'Jahr', Monat: 'Monat', Woche: 'Woche', Tag: 'Tag', Stunde: 'Stunde', Minute: 'Minute', Sekunde: 'Sekunde',
  Jahrzehnt: 'Jahrzehnt', Jahrhundert: 'Jahrhundert', Jahrtausend: 'Jahrtausend', Quartal: 'Quartal',
  Halbjahr: 'Halbjahr', Wochenende: 'Wochenende', Nacht: 'Nacht', Semester: 'Semester',
};
export const FALLBACK_MONEY: Record<string, string> = {
  euro: 'Euro', '€': 'Euro', eur: 'Euro', dollar: 'Dollar', '$': 'Dollar', 'us-dollar': 'US-Dollar', usd: 'US-Dollar',
  pfund: 'Pfund', '£': 'Pfund', franken: 'Franken', chf: 'Franken', rappen: 'Rappen', yen: 'Yen', yuan: 'Yuan', rubel: 'Rubel', cent: 'Cent',
};
/** Currency signs and codes written before the amount ("CHF 2,5 Millionen", "Fr. 300.–"). */
export const ADJ_ENDING = /(?:e|en|er|es|em)$/;
export const ARTICLE_BEFORE = new RegExp(`(?:${[...INDEFINITE_ARTICLES].join('|')})[ \u00a0\u202f\u2009]+$`, 'i');
// --------------------------------------------------------------------------- lexicon access

/** Lexicon calls that fail soft (the compiled lexicon may be missing in a bare checkout). */
export function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Minimal lemma guess when the lexicon knows nothing: dative -n of -er/-el nouns, -innen. */
export function fallbackLemma(form: string): string {
  if (/innen$/.test(form)) return form.slice(0, -3);
  if (/(?:er|el)n$/.test(form) && form.length > 5) return form.slice(0, -1);
  return form;
}

export function unitInfo(lex: Lexicon, form: string): { lemma: string; class: string } | null {
  const u = safe(() => (typeof lex.unit === 'function' ? lex.unit(form) : null), null);
  if (u) return u;
  const m = FALLBACK_MONEY[form.toLowerCase()];
  if (m) return { lemma: m, class: 'money' };
  if (FALLBACK_DURATION.test(form)) {
    const stem = Object.keys(FALLBACK_DURATION_LEMMA)
      .filter((k) => form.startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    return { lemma: FALLBACK_DURATION_LEMMA[stem], class: 'duration' };
  }
  return null;
}

/** Lemma of a noun as written, including hyphen compounds ("Artillerie -Hanteln"). */
export function nounLemma(lex: Lexicon, written: string): string {
  const compact = written.replace(/\s+-/g, '-');
  const dash = compact.lastIndexOf('-');
  if (dash > 0 && dash < compact.length - 1) {
    const last = compact.slice(dash + 1);
    const lastLemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
    return compact.slice(0, dash + 1) + lastLemma;
  }
  return safe(() => lex.nounLemma(compact), null) ?? fallbackLemma(compact);
}

export function isAdjectiveLike(lex: Lexicon, w: string): boolean {
  const lower = w.toLowerCase();
  if (lex.list('number-gap-words').has(lower)) return false;
  if (safe(() => lex.isFunctionWord?.(w) ?? false, false)) return false;
  if (safe(() => lex.isAdjective(w), false)) return true;
  // participles and unknown adjectives: declined ending, not a known finite verb form only
  return ADJ_ENDING.test(lower) && !safe(() => lex.isVerb(w) && !lex.isAdjective(w), false);
}

// --------------------------------------------------------------------------- tokens

export function firstTokenAtOrAfter(tokens: Token[], pos: number): number {
  return firstStartingAt(tokens, pos);
}

export function sentenceOf(doc: Doc, pos: number): number {
  const toks = doc.tokens;
  if (!toks.length) return 0;
  let k = firstTokenAtOrAfter(toks, pos);
  if (k >= toks.length) k = toks.length - 1;
  if (toks[k].start > pos && k > 0) k--;
  return toks[k].sentence;
}

export const isUpperWord = (s: string) => /^[A-ZÄÖÜ]/.test(s);

export interface NounFound {
  start: number;
  end: number;
  written: string;
  /** A duration adjective glued to the number ("24-jähriger", "14-stündigen"): its time unit. */
  durationUnit?: string;
}

/**
 * The counted noun after `end` (the end of the number): across up to three adjectives, after
 * "von" for vague plurals ("Tausende von Truppen"), joining hyphen compounds, also when the
 * hyphen was broken by a space ("Artillerie -Hanteln").
 */
export function nounAfter(doc: Doc, lex: Lexicon, end: number, allowVon: boolean): NounFound | null {
  const toks = doc.tokens;
  let k = firstTokenAtOrAfter(toks, end);
  let t = toks[k];
  if (!t) return null;
  // "24-jähriger", "24-Jährige", "14-stündigen": an age or a duration
  if (t.start === end && t.text === '-' && toks[k + 1] && !toks[k + 1].space) {
    const w = toks[k + 1];
    const du = durationAdjectiveUnit(w.text);
    if (du) return { start: w.start, end: w.end, written: w.text, durationUnit: du };
    return null; // "10-Punkte-Plan": a compound modifier, not a count
  }
  if (t.start === end && t.type === 'word') return null;
  if (allowVon && t.text.toLowerCase() === 'von' && toks[k + 1]) t = toks[++k];
  let adjectives = 0;
  while (t && t.type === 'word' && !isUpperWord(t.text)) {
    if (adjectives >= 3 || !isAdjectiveLike(lex, t.text)) return null;
    adjectives++;
    t = toks[++k];
    // "schwer verletzte", "neue, gut ausgebildete"
    if (t && t.text === ',' && toks[k + 1]?.type === 'word' && !isUpperWord(toks[k + 1].text)) t = toks[++k];
  }
  if (!t || t.type !== 'word' || !isUpperWord(t.text)) return null;
  // A headline ending in a number does not count the next paragraph's first word ("… steigt auf
  // 13" + blank line + "Bozen (dpa) –"): the noun stands in the number's sentence and paragraph.
  if (/\n[^\S\n]*\n/.test(doc.text.slice(end, t.start))) return null;
  const lower = t.text.toLowerCase();
  if (MONTH_WORDS.has(lower) || WEEKDAYS.has(lower) || lex.list('number-gap-words').has(lower)) return null;
  if (safe(() => lex.isFunctionWord?.(t!.text) ?? false, false) && !unitInfo(lex, t.text)) return null;
  let nounEnd = t.end;
  // hyphen compounds: "NATO-Soldaten", "Artillerie -Hanteln"
  while (toks[k + 1] && toks[k + 1].text === '-' && toks[k + 2] && toks[k + 2].type === 'word' && !toks[k + 2].space) {
    const dash = toks[k + 1];
    if (dash.space && !isUpperWord(toks[k + 2].text)) break;
    k += 2;
    nounEnd = toks[k].end;
  }
  return { start: t.start, end: nounEnd, written: doc.text.slice(t.start, nounEnd) };
}

// --------------------------------------------------------------------------- duration adjectives

/** Time unit of a duration adjective: "jährigen" → Jahr, "stündige" → Stunde, "Jährige" → Jahr. */
export const DURATION_ADJECTIVE = /^(jährig|tägig|stündig|wöchig|monatig|minütig|sekündig)(?:e[nmrs]?)?$/i;
export const DURATION_ADJECTIVE_UNIT: Record<string, string> = {
  jährig: 'Jahr', tägig: 'Tag', stündig: 'Stunde', wöchig: 'Woche', monatig: 'Monat', minütig: 'Minute', sekündig: 'Sekunde',
};
/** A number word glued to a duration adjective: "viertägigen", "einjährige", "dreieinhalbstündige". */
export const WORD_DURATION_ADJECTIVE = /^([a-zäöüß]+?)(jährig|tägig|stündig|wöchig|monatig|minütig|sekündig)(?:e[nmrs]?)?$/i;

export function durationAdjectiveUnit(word: string): string | null {
  const m = DURATION_ADJECTIVE.exec(word);
  return m ? DURATION_ADJECTIVE_UNIT[m[1].toLowerCase()] : null;
}

export const PERSON_CLASSES = new Set([
  'people', 'military-personnel', 'workers', 'casualties', 'police', 'prisoners', 'patients', 'unemployed', 'displaced',
]);
export const PERSON_SUFFIX = /(?:[^e]er|erin|ist|istin|ling|ent|entin|ant|antin|eur|euse|iker|ikerin|oge|ogin|at(?:in)?|ier|ière)$/;
export const NON_PERSON_SUFFIX = /(?:ment|mandat|format|zertifikat|inserat|referat|apparat|präparat|resultat|etat|plakat|zitat|attentat|konkordat|ateur)$/i;

export const SPAN_SUFFIX = /(?:ung|ion|tät|heit|keit|schaft|nis|ium|äum|zeit|dauer|frist|periode|phase)$/;

export function isSpanNoun(lex: Lexicon, written: string): 'list' | 'suffix' | null {
  const compact = written.replace(/\s+-/g, '-');
  const last = compact.slice(compact.lastIndexOf('-') + 1);
  const lemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
  const head = safe(() => lex.compoundHead(lemma), null);
  const spans = lex.list('span-nouns');
  if (spans.has(lemma) || (head && spans.has(head))) return 'list';
  return SPAN_SUFFIX.test(lemma) ? 'suffix' : null;
}

/** `strict`: without the weak suffix guess (-er, -ent …), which also fits "Fehler", "Wunder". */
export function isPersonNoun(lex: Lexicon, written: string, strict = false): boolean {
  const compact = written.replace(/\s+-/g, '-');
  const last = compact.slice(compact.lastIndexOf('-') + 1);
  const lemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
  const head = safe(() => lex.compoundHead(lemma), null);
  for (const w of head ? [lemma, head] : [lemma]) {
    if (lex.list('age-nouns').has(w)) return true;
    if (safe(() => lex.list('roles').has(w), false)) return true;
  }
  const cls = safe(() => lex.unitClass(lemma), null);
  if (cls && PERSON_CLASSES.has(cls)) return true;
  if (cls) return false;
  const lower = last.toLowerCase();
  // nominalised adjectives and participles: "Angeklagte", "Jugendlichen", "Verletzter" (lemma in -e;
  // not "Wunder", whose lemma is itself)
  if (/e$/.test(lemma) && /(?:e|en|er)$/.test(lower) && safe(() => lex.isAdjective(lemma.toLowerCase()), false)) return true;
  // demonym nouns: "Afghane" (afghanisch), "Syrer" (syrisch)
  const stem = lower.replace(/(?:innen|in|en|er|e|n)$/, '');
  if (stem.length >= 2 && safe(() => lex.demonym(`${stem}isch`), null)) return true;
  if (strict || NON_PERSON_SUFFIX.test(lemma)) return false;
  return PERSON_SUFFIX.test(lemma.toLowerCase()) || /innen$/.test(lower);
}

/**
 * What a duration adjective measures: with a person noun after "-jährig" (or nominalised:
 * "der 24-Jährige", "die Zweijährige") an age, else a duration of the noun after it.
 */
export function durationAdjective(doc: Doc, lex: Lexicon, adj: NounFound): { age: boolean; noun: Span; end: number } {
  // capitalised and without a noun after it: nominalised ("der 24-Jährige"); capitalised before a
  // noun: an adjective at the start of a sentence or headline ("Zweijähriger Vertrag für …")
  const after = nounAfter(doc, lex, adj.end, false);
  const head = after && !after.durationUnit ? after : null;
  const nominal = isUpperWord(adj.written) && !head;
  // "-jährig": an age unless the noun is one of things that last ("Vertrag", "Amtszeit", "Bestehen")
  // and no person noun ("Mannschaft" is a team: duration; "Landwirt", unknown: age)
  let age = false;
  if (adj.durationUnit === 'Jahr') {
    const span = head ? isSpanNoun(lex, head.written) : null;
    age = nominal || !head || span == null || (span === 'suffix' && isPersonNoun(lex, head.written));
  }
  if (head && !head.durationUnit) return { age, noun: span(doc, head.start, head.end), end: head.end };
  return { age, noun: span(doc, adj.start, adj.end), end: adj.end };
}

/** "ein 24-jähriger Afghane": the article belongs to an age. */
export function withArticle(text: string, start: number, bound: Bound): number {
  const pre = text.slice(Math.max(0, start - 12), start);
  const art = ARTICLE_BEFORE.exec(pre);
  if (art && bound === 'eq' && !/[A-Za-zÄÖÜäöüß]$/.test(pre.slice(0, art.index))) return start - art[0].length;
  return start;
}

export function span(doc: Doc, start: number, end: number): Span {
  return { text: doc.source.slice(start, end), start, end };
}
