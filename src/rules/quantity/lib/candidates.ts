/**
 * Shared machinery of the quantity rules: runs the number parser once per document, decides
 * for each number whether it counts or measures something, finds its qualifier and counted noun,
 * and classifies it. Each rule of the layer reports the candidates of one kind, so the rules
 * split the work cleanly and the text is scanned once.
 *
 * Not quantities: ordinals, years, dates, clock times (the parser drops them; date mentions of
 * the date layer are respected too), numbers after reference nouns ("Artikel 5", "Seite 3",
 * "Platz 2", house numbers), compound modifiers ("10-Punkte-Plan") and numbers without a counted
 * noun or unit (except percents and money).
 *
 * Bounds and intervals (see docs/quantities.md):
 *   eq            [v, v]
 *   gte / gt      [v, ∞) / (v, ∞)           mindestens · mehr als, über
 *   lte / lt      (-∞, v] / (-∞, v)         bis zu, höchstens · weniger als, unter
 *   approx        [0.9·v, 1.1·v]            rund, etwa, ca., circa, ungefähr, annähernd, in etwa (±10 %)
 *                 [0.9·v, v]                knapp, fast, beinahe, nahezu (just under v)
 *                 [v, 1.1·v]                gut ("gut 100" = a little more than 100)
 *   range         [min, max], value = min, bound gte     zwischen 10 und 20 · 10 bis 20 · 10-20
 *   vague plural  [v, 10·v) (Dutzende [12, 100)), value = v, bound gte    Tausende → [1000, 10000)
 */
import type { RuleContext } from '../../types.js';
import type { Bound, DateMention, Interval, Quantity, Span } from '../../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { findNumbers, MONTHS, type NumberMatch } from '../../../text/numbers/index.js';
import { foldWord, parseCardinalWord, parseDenominator, parseFractionWord, parseOrdinalWord } from '../../../text/numbers/words.js';

export type QuantityKind =
  | 'age'
  | 'money'
  | 'percent'
  | 'duration'
  | 'range'
  | 'bounded-number'
  | 'vague-plural'
  | 'plain-number'
  | 'share';

export interface QuantityCandidate {
  kind: QuantityKind;
  quantity: Omit<Quantity, 'rule'>;
}

/** Relative tolerance of `approx` bounds (±10 %). */
export const APPROX_TOLERANCE = 0.1;

/** Words that make the following number approximate, with the side of the interval they open. */
const APPROX_WORDS: ReadonlyMap<string, 'both' | 'below' | 'above'> = new Map([
  ['rund', 'both'], ['etwa', 'both'], ['ca.', 'both'], ['circa', 'both'], ['zirka', 'both'], ['ungefähr', 'both'],
  ['annähernd', 'both'], ['schätzungsweise', 'both'], ['geschätzt', 'both'], ['grob', 'both'], ['in etwa', 'both'],
  ['an die', 'both'], ['um die', 'both'],
  ['knapp', 'below'], ['fast', 'below'], ['beinahe', 'below'], ['nahezu', 'below'], ['gut', 'above'],
]);
/** Last word before the number, lower case, with a trailing dot kept ("ca."). */
const PREV_WORD = /([A-Za-zÄÖÜäöüß]+\.?)[ \u00a0\u202f\u2009]+$/;
const PREV_TWO = /([A-Za-zÄÖÜäöüß]+)[ \u00a0\u202f\u2009]+([A-Za-zÄÖÜäöüß]+)[ \u00a0\u202f\u2009]+$/;

/** Nouns after which a number is a reference, not an amount: "Artikel 5", "Seite 3", "Platz 2". */
const REFERENCE_NOUNS = new Set([
  'artikel', 'art.', 'paragraf', 'paragraph', 'paragrafen', 'paragraphen', '§', '§§', 'absatz', 'abs.', 'satz', 'seite',
  'seiten', 's.', 'nummer', 'nr.', 'nr', 'no.', 'kapitel', 'kap.', 'zeile', 'platz', 'rang', 'gleis', 'linie', 'bus',
  'tram', 'zimmer', 'raum', 'saal', 'halle', 'band', 'bd.', 'heft', 'ausgabe', 'folge', 'staffel', 'episode', 'version',
  'stufe', 'level', 'kategorie', 'klasse', 'kanal', 'runde', 'spieltag', 'gruppe', 'block', 'haus', 'hausnummer',
  'tor', 'terminal', 'flug', 'buslinie', 'bundesstraße', 'autobahn', 'a', 'b', 'l', 'k', 'st.', 'punkt', 'top', 'anlage',
  'abschnitt', 'ziffer', 'randnummer', 'rn.', 'rz.', 'vers', 'fig.', 'abb.', 'abbildung', 'tabelle', 'tab.', 'nummern',
  'jahrgang', 'windstärke', 'stärke', 'größe', 'sektor', 'reaktor', 'block', 'modell', 'typ', 'tempo',
]);
const STREET = /(?:straße|str\.|strasse|allee|weg|platz|gasse|damm|ring|ufer|chaussee|steig|pfad|markt)$/i;

const FALLBACK_DURATION = /^(?:Jahr|Monat|Woche|Tag|Stunde|Minute|Sekunde|Jahrzehnt|Jahrhundert|Jahrtausend|Quartal|Halbjahr|Wochenende|Nacht|Semester)(?:e|en|es|s|n)?$/;
const FALLBACK_DURATION_LEMMA: Record<string, string> = {
  Jahr: 'Jahr', Monat: 'Monat', Woche: 'Woche', Tag: 'Tag', Stunde: 'Stunde', Minute: 'Minute', Sekunde: 'Sekunde',
  Jahrzehnt: 'Jahrzehnt', Jahrhundert: 'Jahrhundert', Jahrtausend: 'Jahrtausend', Quartal: 'Quartal',
  Halbjahr: 'Halbjahr', Wochenende: 'Wochenende', Nacht: 'Nacht', Semester: 'Semester',
};
const FALLBACK_MONEY: Record<string, string> = {
  euro: 'Euro', '€': 'Euro', eur: 'Euro', dollar: 'Dollar', '$': 'Dollar', 'us-dollar': 'US-Dollar', usd: 'US-Dollar',
  pfund: 'Pfund', '£': 'Pfund', franken: 'Franken', chf: 'Franken', rappen: 'Rappen', yen: 'Yen', yuan: 'Yuan', rubel: 'Rubel', cent: 'Cent',
};
/** Currency signs and codes written before the amount ("CHF 2,5 Millionen", "Fr. 300.–"). */
const CURRENCY_BEFORE = /(?<![A-Za-zÄÖÜäöüß.])(US\$|[€$£¥₽₩]|EUR|CHF|USD|GBP|JPY|CNY|sFr\.|SFr\.|Fr\.)[ \u00a0\u202f\u2009]?$/;
const CURRENCY_ALIASES: Record<string, string> = { 'fr.': 'Franken', 'sfr.': 'Franken' };
/** Unit symbols of more than one token: km/h, m/s, km², m³, °C. */
const SYMBOL_UNIT = /^[ \u00a0\u202f\u2009]?((?:[A-Za-z]{1,3}\/[A-Za-z]{1,3}|[A-Za-z]{1,3}[²³]|°[CF]?))(?![A-Za-z])/;
/** Words between the two numbers of a pair that shares the second one's noun. */
const PAIR_CONNECTOR = /^[ \u00a0\u202f\u2009]+(auf|der|von|zu|statt|anstatt)[ \u00a0\u202f\u2009]+$/i;
/** Nouns of match scores: "mit 3 zu 1 Toren" is a result, not two quantities. */
const SCORE_UNITS = new Set(['Tor', 'Treffer', 'Satz', 'Punkt']);
const WEEKDAYS = new Set(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag']);
const ADJ_ENDING = /(?:e|en|er|es|em)$/;
const ARTICLE_BEFORE = /(?:ein|eine|einen|einem|einer|eines)[ \u00a0\u202f\u2009]+$/i;
/** Function words that never stand between a number and its noun. */
const STOP_WORDS = new Set([
  'und', 'oder', 'aber', 'sowie', 'bis', 'von', 'vom', 'zu', 'zum', 'zur', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei',
  'mit', 'nach', 'seit', 'für', 'gegen', 'um', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'ohne',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sie', 'er', 'es', 'wir',
  'ihr', 'ihre', 'ihren', 'ihrem', 'seine', 'seinen', 'seinem', 'seiner', 'sein', 'sind', 'seien', 'waren', 'wurden',
  'werden', 'haben', 'hatten', 'sollen', 'sollten', 'können', 'konnten', 'müssen', 'mussten', 'wollen', 'wollten',
  'dürfen', 'durften', 'mögen', 'gegeben', 'genommen', 'pro', 'je', 'als', 'wie', 'mehr', 'weniger', 'jeweils', 'davon',
  'daher', 'dann', 'denn', 'doch', 'noch', 'schon', 'nur', 'auch', 'sogar', 'etwa', 'rund', 'insgesamt', 'zusammen',
  'allein', 'alleine', 'selbst', 'diese', 'dieser', 'diesen', 'diesem', 'jene', 'jeder', 'jede', 'jedem', 'jeden',
]);

// --------------------------------------------------------------------------- lexicon access

/** Lexicon calls that fail soft (the compiled lexicon may be missing in a bare checkout). */
function safe<T>(f: () => T, fallback: T): T {
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

function unitInfo(lex: Lexicon, form: string): { lemma: string; class: string } | null {
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
function nounLemma(lex: Lexicon, written: string): string {
  const compact = written.replace(/\s+-/g, '-');
  const dash = compact.lastIndexOf('-');
  if (dash > 0 && dash < compact.length - 1) {
    const last = compact.slice(dash + 1);
    const lastLemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
    return compact.slice(0, dash + 1) + lastLemma;
  }
  return safe(() => lex.nounLemma(compact), null) ?? fallbackLemma(compact);
}

function isAdjectiveLike(lex: Lexicon, w: string): boolean {
  const lower = w.toLowerCase();
  if (STOP_WORDS.has(lower)) return false;
  if (safe(() => lex.isFunctionWord?.(w) ?? false, false)) return false;
  if (safe(() => lex.isAdjective(w), false)) return true;
  // participles and unknown adjectives: declined ending, not a known finite verb form only
  return ADJ_ENDING.test(lower) && !safe(() => lex.isVerb(w) && !lex.isAdjective(w), false);
}

// --------------------------------------------------------------------------- tokens

function firstTokenAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(doc: Doc, pos: number): number {
  const toks = doc.tokens;
  if (!toks.length) return 0;
  let k = firstTokenAtOrAfter(toks, pos);
  if (k >= toks.length) k = toks.length - 1;
  if (toks[k].start > pos && k > 0) k--;
  return toks[k].sentence;
}

const isUpperWord = (s: string) => /^[A-ZÄÖÜ]/.test(s);

interface NounFound {
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
function nounAfter(doc: Doc, lex: Lexicon, end: number, allowVon: boolean): NounFound | null {
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
  if (MONTHS.has(lower) || WEEKDAYS.has(lower) || STOP_WORDS.has(lower)) return null;
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
const DURATION_ADJECTIVE = /^(jährig|tägig|stündig|wöchig|monatig|minütig|sekündig)(?:e[nmrs]?)?$/i;
const DURATION_ADJECTIVE_UNIT: Record<string, string> = {
  jährig: 'Jahr', tägig: 'Tag', stündig: 'Stunde', wöchig: 'Woche', monatig: 'Monat', minütig: 'Minute', sekündig: 'Sekunde',
};
/** A number word glued to a duration adjective: "viertägigen", "einjährige", "dreieinhalbstündige". */
const WORD_DURATION_ADJECTIVE = /^([a-zäöüß]+?)(jährig|tägig|stündig|wöchig|monatig|minütig|sekündig)(?:e[nmrs]?)?$/i;

function durationAdjectiveUnit(word: string): string | null {
  const m = DURATION_ADJECTIVE.exec(word);
  return m ? DURATION_ADJECTIVE_UNIT[m[1].toLowerCase()] : null;
}

/**
 * Nouns for people (and animals) that have an age: "ein 24-jähriger Mann" is an age, "ein
 * zweijähriger Vertrag" a duration. Besides this list: nouns of people classes in
 * `unit-classes.txt`, role nouns (`roles.txt`), nominalised adjectives ("Angeklagte",
 * "Jugendliche"), demonym nouns ("Afghane", "Syrer") and person suffixes (-er, -in, -ist, -ling …).
 */
const PERSON_NOUNS = new Set([
  'Mann', 'Frau', 'Kind', 'Junge', 'Mädchen', 'Mensch', 'Person', 'Baby', 'Säugling', 'Kleinkind', 'Sohn', 'Tochter',
  'Bruder', 'Schwester', 'Vater', 'Mutter', 'Enkel', 'Enkelin', 'Opa', 'Oma', 'Teenager', 'Senior', 'Seniorin', 'Bub',
  'Knabe', 'Dame', 'Herr', 'Witwe', 'Witwer', 'Kollege', 'Zeuge', 'Kunde', 'Experte', 'Neffe', 'Nichte', 'Erbe', 'Bote',
  'Genosse', 'Laie', 'Gatte', 'Gattin', 'Franzose', 'Chinese', 'Grieche', 'Pole', 'Schwede', 'Däne', 'Finne', 'Jude',
  'Christ', 'Held', 'Heldin', 'Gast', 'Star', 'Profi', 'Model', 'Azubi', 'Flüchtling', 'Häftling', 'Passagier',
  'Athlet', 'Athletin', 'Papst', 'Bischof', 'Prinz', 'Prinzessin', 'König', 'Königin', 'Fürst', 'Fürstin',
  'Hund', 'Katze', 'Pferd', 'Tier', 'Bär', 'Wolf', 'Elefant', 'Kuh', 'Stute', 'Hengst',
]);
const PERSON_CLASSES = new Set([
  'people', 'military-personnel', 'workers', 'casualties', 'police', 'prisoners', 'patients', 'unemployed', 'displaced',
]);
const PERSON_SUFFIX = /(?:[^e]er|erin|ist|istin|ling|ent|entin|ant|antin|eur|euse|iker|ikerin|oge|ogin|at(?:in)?|ier|ière)$/;
const NON_PERSON_SUFFIX = /(?:ment|mandat|format|zertifikat|inserat|referat|apparat|präparat|resultat|etat|plakat|zitat|attentat|konkordat|ateur)$/i;

/**
 * Nouns of things that last (a "-jährig" adjective before them is a duration, not an age):
 * "ein zweijähriger Vertrag", "eine dreijährige Haftstrafe", "das 100-jährige Bestehen". Also as
 * compound heads (Regierungszeit → Zeit, Förderprogramm → Programm) and by abstract-noun suffix.
 */
const SPAN_NOUNS = new Set([
  'Vertrag', 'Strafe', 'Haft', 'Zeit', 'Frist', 'Pause', 'Sperre', 'Krieg', 'Bestehen', 'Jubiläum', 'Geschichte',
  'Tradition', 'Studie', 'Programm', 'Projekt', 'Plan', 'Ausbildung', 'Studium', 'Studiengang', 'Zeitraum', 'Phase',
  'Periode', 'Moratorium', 'Waffenstillstand', 'Waffenruhe', 'Mandat', 'Bewährung', 'Dienst', 'Karriere', 'Ehe',
  'Beziehung', 'Herrschaft', 'Mitgliedschaft', 'Streit', 'Verfahren', 'Prozess', 'Verhandlung', 'Debatte', 'Bau',
  'Dürre', 'Flaute', 'Rezession', 'Krise', 'Zyklus', 'Garantie', 'Anleihe', 'Kredit', 'Darlehen', 'Lizenz', 'Leihe',
  'Aufenthalt', 'Reise', 'Tour', 'Tournee', 'Mission', 'Einsatz', 'Auszeit', 'Unterbrechung', 'Stillstand', 'Lockdown',
  'Quarantäne', 'Dauer', 'Amt', 'Legislatur', 'Regentschaft', 'Besatzung', 'Blockade', 'Belagerung', 'Abwesenheit',
  'Erfahrung', 'Laufbahn', 'Pacht', 'Jahr', 'Jahrzehnt', 'Festival', 'Fest', 'Feier', 'Konferenz', 'Gipfel', 'Kurs',
]);
const SPAN_SUFFIX = /(?:ung|ion|tät|heit|keit|schaft|nis|ium|äum|zeit|dauer|frist|periode|phase)$/;

function isSpanNoun(lex: Lexicon, written: string): 'list' | 'suffix' | null {
  const compact = written.replace(/\s+-/g, '-');
  const last = compact.slice(compact.lastIndexOf('-') + 1);
  const lemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
  const head = safe(() => lex.compoundHead(lemma), null);
  if (SPAN_NOUNS.has(lemma) || (head && SPAN_NOUNS.has(head))) return 'list';
  return SPAN_SUFFIX.test(lemma) ? 'suffix' : null;
}

/** `strict`: without the weak suffix guess (-er, -ent …), which also fits "Fehler", "Wunder". */
function isPersonNoun(lex: Lexicon, written: string, strict = false): boolean {
  const compact = written.replace(/\s+-/g, '-');
  const last = compact.slice(compact.lastIndexOf('-') + 1);
  const lemma = safe(() => lex.nounLemma(last), null) ?? fallbackLemma(last);
  const head = safe(() => lex.compoundHead(lemma), null);
  for (const w of head ? [lemma, head] : [lemma]) {
    if (PERSON_NOUNS.has(w)) return true;
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
function durationAdjective(doc: Doc, lex: Lexicon, adj: NounFound): { age: boolean; noun: Span; end: number } {
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
function withArticle(text: string, start: number, bound: Bound): number {
  const pre = text.slice(Math.max(0, start - 12), start);
  const art = ARTICLE_BEFORE.exec(pre);
  if (art && bound === 'eq' && !/[A-Za-zÄÖÜäöüß]$/.test(pre.slice(0, art.index))) return start - art[0].length;
  return start;
}

/** Duration adjectives written as one word: "die viertägige Haushaltswoche", "ein zweijähriger Vertrag", "der Zweijährige". */
function durationAdjectives(ctx: RuleContext): QuantityCandidate[] {
  const { doc, lexicon: lex } = ctx;
  const out: QuantityCandidate[] = [];
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
    let side: 'both' | 'below' | 'above' = 'both';
    const a = approxBefore(doc.text, t.start);
    if (a) {
      bound = 'approx';
      side = a.side;
      start = a.start;
    }
    if (d.age) start = withArticle(doc.text, start, bound);
    const q: Omit<Quantity, 'rule'> = {
      ...span(doc, start, d.end),
      value,
      bound,
      interval: intervalFor(bound, value, side),
      unit,
      sentence: t.sentence,
      number: span(doc, t.start, t.end),
      noun: d.noun,
    };
    out.push({ kind: d.age ? 'age' : 'duration', quantity: q });
  }
  return out;
}

// --------------------------------------------------------------------------- shares

/** What a share is of: a genitive or "von" after the fraction ("zwei Drittel der Wähler"). */
const SHARE_OF = /^[ \u00a0\u202f\u2009]+(?:der|des|aller|allen|von|vom|seiner|seines|ihrer|ihres|unserer|dieser|dieses|jener)[ \u00a0\u202f\u2009]+/i;
const HALF_SHARE = /(?<![\p{L}\d])([Dd]ie|[Dd]er|zur)[ \u00a0\u202f\u2009]+Hälfte(?!\p{L})/gu;
const EVERY_NTH = /(?<![\p{L}\d])([Jj]ede[rsnm]?)[ \u00a0\u202f\u2009]+(\p{L}+)/gu;
/** One-sided qualifiers before a share: word(s) → bound. */
const SHARE_QUALIFIERS: [RegExp, Bound][] = [
  [/(?:^|\s)(?:mehr als|über)\s+$/i, 'gt'],
  [/(?:^|\s)(?:weniger als|unter)\s+$/i, 'lt'],
  [/(?:^|\s)(?:mindestens|wenigstens)\s+$/i, 'gte'],
  [/(?:^|\s)(?:bis zu|höchstens|maximal)\s+$/i, 'lte'],
];

function shareQualifier(text: string, at: number): { start: number; bound: Bound; side: 'both' | 'below' | 'above' } | null {
  const before = text.slice(Math.max(0, at - 20), at);
  for (const [re, bound] of SHARE_QUALIFIERS) {
    const q = re.exec(before);
    if (q) return { start: at - q[0].length + (/^\s/.test(q[0]) ? 1 : 0), bound, side: 'both' };
  }
  const a = approxBefore(text, at);
  return a ? { start: a.start, bound: 'approx', side: a.side } : null;
}

/** A share lies in [0, 1]: "mehr als die Hälfte" is (0.5, 1]. */
function shareInterval(i: Interval): Interval {
  return {
    min: i.min == null ? 0 : Math.max(0, i.min),
    max: i.max == null ? 1 : Math.min(1, i.max),
    minInclusive: i.min == null ? true : i.minInclusive,
    maxInclusive: i.max == null ? true : i.maxInclusive,
  };
}

/** The noun phrase a share is of: "der Befragten", "aller Wähler" (the noun after the determiner). */
function shareNoun(doc: Doc, lex: Lexicon, end: number): { end: number; noun: Span } | null {
  const of = SHARE_OF.exec(doc.text.slice(end, end + 16));
  if (!of) return null;
  const n = nounAfter(doc, lex, end + of[0].length - 1, false);
  return n && !n.durationUnit ? { end: n.end, noun: span(doc, n.start, n.end) } : null;
}

/**
 * Shares: a fraction of something, value = the fraction (unit "Anteil", interval by qualifier):
 * „zwei Drittel der Wähler“ 0.667, „ein Viertel der Haushalte“ 0.25, „die Hälfte der Befragten“ 0.5,
 * „jeder dritte Deutsche“ / „jeder Fünfte“ 1/n. A fraction without what it is of ("ein Drittel
 * weniger") is not reported.
 */
function shares(ctx: RuleContext, ms: NumberMatch[]): QuantityCandidate[] {
  const { doc, lexicon: lex } = ctx;
  const text = doc.text;
  const out: QuantityCandidate[] = [];
  const push = (start: number, numStart: number, numEnd: number, value: number, end: number, noun: Span | null, given?: Bound) => {
    const q = given ? null : shareQualifier(text, start);
    const bound: Bound = given ?? (q ? q.bound : 'eq');
    const quantity: Omit<Quantity, 'rule'> = {
      ...span(doc, q ? q.start : start, end),
      value,
      bound,
      interval: shareInterval(intervalFor(bound, value, q ? q.side : 'both')),
      unit: 'Anteil',
      sentence: sentenceOf(doc, numStart),
      number: span(doc, numStart, numEnd),
    };
    if (noun) quantity.noun = noun;
    out.push({ kind: 'share', quantity });
  };
  // "zwei Drittel der Wähler", "ein Viertel aller Haushalte", "mindestens zwei Drittel der Kosten"
  for (const m of ms) {
    const oneSided = m.type === 'range' && !!m.range && (m.range.min == null || m.range.max == null);
    if ((m.type !== 'number' && !oneSided) || m.vague || !(m.value > 0 && m.value < 1)) continue;
    const numStart = m.numberStart ?? m.start;
    const numEnd = m.numberEnd ?? m.end;
    const written = text.slice(numStart, numEnd);
    if (!/tel$/i.test(written) || parseDenominator(written.slice(written.lastIndexOf(' ') + 1)) == null) continue;
    const of = shareNoun(doc, lex, m.end);
    if (!of) continue;
    let given: Bound | undefined;
    if (oneSided && m.range) {
      const r = m.range;
      given = r.max == null ? (r.minInclusive ? 'gte' : 'gt') : r.maxInclusive ? 'lte' : 'lt';
    }
    push(m.start, numStart, numEnd, m.value, of.end, of.noun, given);
  }
  // "die Hälfte der Befragten", "mehr als die Hälfte aller Wähler"
  HALF_SHARE.lastIndex = 0;
  for (let h = HALF_SHARE.exec(text); h; h = HALF_SHARE.exec(text)) {
    const end = h.index + h[0].length;
    const of = shareNoun(doc, lex, end);
    if (!of) continue;
    push(h.index, h.index + h[0].length - 'Hälfte'.length, end, 0.5, of.end, of.noun);
  }
  // "jeder Dritte", "jede fünfte Frau", "fast jeder zehnte Befragte"
  EVERY_NTH.lastIndex = 0;
  for (let e = EVERY_NTH.exec(text); e; e = EVERY_NTH.exec(text)) {
    const n = parseOrdinalWord(e[2]);
    if (n == null || n < 2) continue;
    const wordEnd = e.index + e[0].length;
    let end = wordEnd;
    let noun: Span | null = null;
    if (!isUpperWord(e[2])) {
      const nf = nounAfter(doc, lex, wordEnd, false);
      if (!nf || nf.durationUnit) continue; // "jedes dritte Jahr" would need a noun; "jeder dritte" alone is odd
      const lemma = nounLemma(lex, nf.written);
      if (unitInfo(lex, nf.written) || /^(?:Jahr|Monat|Woche|Tag|Mal)$/.test(lemma)) continue; // "jedes zweite Jahr": a frequency
      end = nf.end;
      noun = span(doc, nf.start, nf.end);
    }
    push(e.index, e.index, wordEnd, 1 / n, end, noun);
  }
  return out;
}

// --------------------------------------------------------------------------- intervals

/** Rounds away binary noise (3500 × 1.1 = 3850.0000000000005 → 3850). */
const round = (x: number): number => Number(x.toPrecision(12));

function intervalFor(bound: Bound, v: number, side: 'both' | 'below' | 'above' = 'both'): Interval {
  switch (bound) {
    case 'eq': return { min: v, max: v, minInclusive: true, maxInclusive: true };
    case 'gte': return { min: v, max: null, minInclusive: true, maxInclusive: false };
    case 'gt': return { min: v, max: null, minInclusive: false, maxInclusive: false };
    case 'lte': return { min: null, max: v, minInclusive: false, maxInclusive: true };
    case 'lt': return { min: null, max: v, minInclusive: false, maxInclusive: false };
    case 'approx': {
      const a = round(v * (1 - APPROX_TOLERANCE));
      const b = round(v * (1 + APPROX_TOLERANCE));
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      if (side === 'below') return { min: v < 0 ? v : lo, max: v < 0 ? hi : v, minInclusive: true, maxInclusive: true };
      if (side === 'above') return { min: v < 0 ? lo : v, max: v < 0 ? v : hi, minInclusive: true, maxInclusive: true };
      return { min: lo, max: hi, minInclusive: true, maxInclusive: true };
    }
  }
}

// --------------------------------------------------------------------------- candidates

function span(doc: Doc, start: number, end: number): Span {
  return { text: doc.source.slice(start, end), start, end };
}

function overlapsDate(dates: readonly DateMention[], start: number, end: number): boolean {
  for (const d of dates) if (d.start < end && start < d.end) return true;
  return false;
}

function isReference(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = PREV_WORD.exec(before);
  if (!m) return /§\s*$/.test(before);
  const w = m[1].toLowerCase();
  if (REFERENCE_NOUNS.has(w) || REFERENCE_NOUNS.has(w.replace(/\.$/, ''))) return true;
  if (/^[A-ZÄÖÜ]/.test(m[1]) && STREET.test(m[1])) return true;
  return /§\s*$/.test(before);
}

function approxBefore(text: string, start: number): { start: number; side: 'both' | 'below' | 'above' } | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const two = PREV_TWO.exec(before);
  if (two) {
    const w = `${two[1]} ${two[2]}`.toLowerCase();
    const side = APPROX_WORDS.get(w);
    if (side) return { start: start - two[0].length, side };
  }
  const one = PREV_WORD.exec(before);
  if (one) {
    const w = one[1].toLowerCase();
    const side = APPROX_WORDS.get(w) ?? APPROX_WORDS.get(w.replace(/\.$/, '') === 'ca' ? 'ca.' : w);
    if (side) {
      return { start: start - one[0].length, side };
    }
  }
  return null;
}

/**
 * "über" meaning "across", not "more than": after "sich erstrecken" / "verteilen" in the same clause
 * ("Der Prozess erstreckte sich über sechs Verhandlungstage", "verteilt über zehn Stadien"), or
 * with "hinweg" / "verteilt" / "gestreckt" right after the noun ("über drei Jahre verteilt").
 * Not after another preposition ("an über 1.000 Familien verteilt": more than).
 */
function uberMeansAcross(text: string, qualStart: number, end: number, duration: boolean): boolean {
  const before = text.slice(Math.max(0, qualStart - 80), qualStart);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  if (/(?:^|\s)(?:an|auf|bei|für|mit|von|vor|zu|in|nach|seit|um)\s+$/i.test(clause)) return false;
  if (/(?:^|\s)(?:erstreck|verteil)\p{L}*\s/iu.test(clause)) return true;
  // sport events: "über 200 Meter Freistil", "Gold über 400 Meter Hürden"
  const after = text.slice(end, end + 20);
  if (/^\s+(?:hinweg|verteilt|gestreckt|verteilen|strecken|Freistil|Brust|Rücken|Lagen|Schmetterling|Delfin|Hürden|Hindernis)(?!\p{L})/u.test(after)) return true;
  // durations with "laufen" / "gelten": "Der Kredit läuft über zehn Jahre"
  return duration && /(?:^|\s)(?:läuft|laufen|lief|liefen|gilt|gelten|galt|galten)\s/i.test(clause);
}

/** "pro Stunde" after a unit of length: a speed. */
const PER_TIME = /^[ \u00a0]+(?:pro|je)[ \u00a0]+(Stunde|Sekunde)(?!\p{L})/u;
/** "ein Paket über 50 Milliarden Euro", "einen Vertrag über fünf Jahre": "über" = "of", not "more than" (group 1: the noun). */
const NOUN_OVER = /(?:^|\s)[Ee]in(?:e|en|em|er|es)?\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\p{L}-]*)\s+$/u;

/**
 * A survey noun before "unter", with only its genitive/apposition between ("Umfrage des
 * Deutschen Apothekerverbands (DAV) unter", "Befragung unter"): no lower-case word but articles and
 * prepositions, so "Laut einer Umfrage sank der Preis unter 5 Euro" does not match.
 */
const SURVEY_AMONG = /(?:Umfrage|Befragung|Erhebung|Stichprobe|Rundfrage|Abfrage|Studie)(?:n)?(?:[ \u00a0]+(?:des|der|von|vom|im|in|für|zur|zum|eines|einer|den|dem|[A-ZÄÖÜ][\p{L}.-]*|\([^()]{1,40}\)))*[ \u00a0]+$/u;

/** Verbs whose "über" names a topic: sprechen, reden, diskutieren, berichten, streiten … über. */
const TALK_ABOUT = /(?:^|\s)(?:sprech|sprach|sprich|rede|redet|diskut|bericht|informier|debattier|streit|stritt|klag|beschwer|nachdenk|spekulier|verhandel|verhandl|entscheid|entschied|abstimm|schreib|schrieb)\p{L}*\s/iu;

/** The text of the clause before `pos` (back to the last , ; : . ! ?). */
function clauseBefore(text: string, pos: number): string {
  const before = text.slice(Math.max(0, pos - 100), pos);
  return before.slice(Math.max(...[',', ';', ':', '.', '!', '?'].map((c) => before.lastIndexOf(c))) + 1);
}

function build(ctx: RuleContext, m: NumberMatch, inherit?: { unit: string; unitClass: string | null }): QuantityCandidate | null {
  const { doc, lexicon: lex } = ctx;
  const text = doc.text;
  if (m.type === 'ordinal') return null;
  const numStart = m.numberStart ?? m.start;
  const numEnd = m.numberEnd ?? m.end;
  if (isReference(text, m.start)) return null;
  const twoSided = m.type === 'range' && m.range && m.range.min != null && m.range.max != null;
  const isPercent = m.type === 'percent' || !!m.percent;

  let start = m.start;
  let bound: Bound = 'eq';
  let side: 'both' | 'below' | 'above' = 'both';
  if (m.vague) bound = 'gte';
  else if (m.type === 'range' && m.range && !twoSided) {
    const r = m.range;
    bound = r.max == null ? (r.minInclusive ? 'gte' : 'gt') : r.maxInclusive ? 'lte' : 'lt';
  } else if (!twoSided) {
    const a = approxBefore(text, m.start);
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
  let kind: QuantityKind;
  if (twoSided && m.range) {
    interval = { min: m.range.min, max: m.range.max, minInclusive: m.range.minInclusive, maxInclusive: m.range.maxInclusive };
    value = m.range.min as number;
    bound = 'gte';
    kind = 'range';
  } else if (m.vague && m.range) {
    interval = { ...m.range };
    kind = 'vague-plural';
  } else {
    interval = intervalFor(bound, value, side);
    kind = bound === 'eq' ? 'plain-number' : 'bounded-number';
  }
  if (age) kind = 'age';
  else if (unitClass === 'money') kind = 'money';
  else if (unitClass === 'percent') kind = 'percent';
  else if (unitClass === 'duration') kind = 'duration';

  const q: Omit<Quantity, 'rule'> = {
    ...span(doc, start, end),
    value,
    bound,
    interval,
    unit,
    sentence: sentenceOf(doc, numStart),
    number: span(doc, numStart, numEnd),
  };
  if (noun) q.noun = noun;
  return { kind, quantity: q };
}

const CACHE = new WeakMap<Doc, { dates: readonly DateMention[]; lexicon: Lexicon; out: QuantityCandidate[]; ms: NumberMatch[] }>();

/** The parser's numbers of the document (the same run the candidates were built from). */
export function numberMatches(ctx: RuleContext): NumberMatch[] {
  quantityCandidates(ctx);
  return CACHE.get(ctx.doc)!.ms;
}

/**
 * A number the text gives without its noun, read with a unit found elsewhere (a frame, a verb, an
 * earlier figure): value, bound and interval as for any quantity, text = the number with its
 * qualifier. Null where the number is no amount (a reference, a date, an ordinal).
 */
export function quantityWithUnit(ctx: RuleContext, m: NumberMatch, unit: string, unitClass: string | null = null): Omit<Quantity, 'rule'> | null {
  if (m.type === 'ordinal' || m.type === 'percent' || m.percent) return null;
  const c = build(ctx, m, { unit, unitClass });
  if (!c || c.quantity.unit !== unit || c.quantity.noun) return null;
  return c.quantity;
}

/** Every quantity candidate of the document, once per document (shared by the layer's rules). */
export function quantityCandidates(ctx: RuleContext): QuantityCandidate[] {
  const hit = CACHE.get(ctx.doc);
  if (hit && hit.dates === ctx.results.dates && hit.lexicon === ctx.lexicon) return hit.out;
  const out: QuantityCandidate[] = [];
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
    const unitClass = next.kind === 'money' || next.kind === 'percent' || next.kind === 'duration' ? next.kind : null;
    built[k] = build(ctx, ms[k], { unit: next.quantity.unit, unitClass });
  }
  for (const c of built) if (c) out.push(c);
  for (const c of durationAdjectives(ctx)) out.push(c);
  for (const c of shares(ctx, ms)) out.push(c);
  out.sort((a, b) => a.quantity.start - b.quantity.start || a.quantity.end - b.quantity.end);
  CACHE.set(ctx.doc, { dates: ctx.results.dates, lexicon: ctx.lexicon, out, ms });
  return out;
}

/** The findings of one kind, stamped with the rule id. */
export function findKind(ctx: RuleContext, kind: QuantityKind, rule: string): Quantity[] {
  return quantityCandidates(ctx)
    .filter((c) => c.kind === kind)
    .map((c) => ({ ...c.quantity, rule }));
}
