/**
 * What a figure says beyond its unit, read from the sentence that holds it (extraction output
 * only: `quantity.context` or the article's optional `sentences`):
 * - its *role*: a count of people in a role given by the predicate ("zwei Besatzungsmitglieder
 *   leicht verletzt" counts the injured, "mindestens 14 Menschen getötet" the dead, "sechs
 *   Kämpfer ausgeschaltet" the dead), so crew members on board and injured crew members are
 *   different counts, and the dead under any noun are one count;
 * - its *frame*: the noun that governs it through "von"/"um" ("eine Tragfähigkeit von rund
 *   140.000 Tonnen", "ein Verlust von 35 bis 40 Prozent"): two figures with the same frame
 *   measure the same property;
 * - its *rate*: "täglich", "pro Tag", "am Tag" (600 Lastwagen täglich ~ 800 Lastwagen pro Tag);
 * - its *source* when no statement holds it: an attribution phrase of the sentence ("Nach
 *   palästinensischen Angaben", "Nach Informationen unserer Redaktion", "laut Polizei");
 * - whether it is a *target* rather than a report ("Nötig seien mindestens 1.000 Lastwagen",
 *   "Die Gewerkschaft fordert 8 Prozent"): a demand does not contradict a measured figure.
 * All patterns are closed-class German (verbs of harm, prepositions, attribution nouns), no topic words.
 */
import { fold, stem } from './text.js';

/**
 * Predicates that give a count of people a role, as the lemma of the matching role noun; tried in
 * order on the words after the figure (the seriously injured before the injured).
 */
const ROLE_PREDICATES: [RegExp, string][] = [
  [/\b(?:tödlich\s+(?:verunglückt|verletzt)|erlag(?:en)?\s+(?:ihren|seinen)\s+verletzungen|tot\s+(?:geborgen|aufgefunden))\b/, 'tote'],
  [/\b(?:schwer|schwerst|lebensgefährlich)\s*(?:verletzt|verwundet)\b|\berlitt\w*\s+(?:\S+\s+){0,3}?(?:schwere|schwerste|lebensgefährliche)\s+verletzungen\b/, 'schwerverletzte'],
  // Animals killed in an outbreak are the dead too ("45.000 Tiere getötet" ~ "44.000 Tiere gekeult");
  // dead animals never meet dead people (the noun classes differ, see roleSpecific).
  [/\b(?:getötet|tot|ums\s+leben|umgekommen|gestorben|starben|sterben|ertrunken|erschossen|ausgeschaltet|verstorben|zu\s+tode|gekeult|notgetötet|geschlachtet|notgeschlachtet|verendet|verendeten)\b/, 'tote'],
  [/\b(?:verletzt|verwundet|erlitt\w*\s+(?:\S+\s+){0,3}?verletzungen|(?:ins|in\s+ein|in\s+die)\s+(?:krankenhaus|krankenhäuser|klinik|kliniken)\s+(?:gebracht|eingeliefert))\b/, 'verletzte'],
  [/\b(?:vermisst|verschollen|verschüttet)\b/, 'vermisste'],
  [/\b(?:festgenommen|verhaftet|inhaftiert|gefangen\s+genommen|in\s+gewahrsam\s+genommen)\b/, 'festgenommene'],
  [/\b(?:evakuiert|in\s+sicherheit\s+gebracht)\b/, 'evakuierte'],
];
/** "zum Teil", "teils", "teilweise" right before the predicate: only some of the counted are in the stronger role. */
const PARTLY = /\b(?:zum\s+teil|teils|teilweise|zumeist|überwiegend|meist)\s*$/;

/** Lemmas of the role nouns the predicates above give. */
export const ROLE_LEMMAS: readonly string[] = ['tote', 'verletzte', 'schwerverletzte', 'vermisste', 'festgenommene', 'evakuierte'];

/** Verb-first order: "Bei dem Unglück starben fünf Menschen", "kamen drei Urlauber ums Leben". */
const ROLE_BEFORE: [RegExp, string][] = [
  [/\b(?:starben|sterben|stirbt|ertranken)\s*$/, 'tote'],
];

/** A number (digits or a number word) stands between the figure and a predicate: the predicate is another's. */
const OTHER_NUMBER = /\d|\b(?:ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|dutzend)\b/;

/** How many words after the figure its predicate may stand ("… wurden am Sonntag leicht verletzt"). */
const ROLE_WINDOW = 7;

/**
 * The role noun lemma (folded) of a count of people from its predicate, or null. `after` is the
 * sentence text right after the quantity, `before` the text before it. The predicate must stand in
 * the same clause, within a few words, with no other number before it.
 */
export function roleOf(before: string, after: string): string | null {
  const clauseEnd = after.search(/[,;:.!?–—(]/);
  const clause = (clauseEnd >= 0 ? after.slice(0, clauseEnd) : after).toLowerCase().replace(/["„“”»«‚‘'’]/g, ' ');
  const window = clause.trim().split(/\s+/).slice(0, ROLE_WINDOW).join(' ');
  let best: { at: number; role: string } | null = null;
  for (const [re, role] of ROLE_PREDICATES) {
    const m = re.exec(window);
    // "zum Teil schwer verletzt", "teils schwer verletzt": all of them injured, some seriously.
    const r = role === 'schwerverletzte' && m && PARTLY.test(window.slice(0, m.index)) ? 'verletzte' : role;
    if (m && !OTHER_NUMBER.test(window.slice(0, m.index)) && (best === null || m.index < best.at)) best = { at: m.index, role: r };
  }
  if (best) return best.role;
  const b = before.toLowerCase().slice(-30);
  for (const [re, role] of ROLE_BEFORE) if (re.test(b)) return role;
  return null;
}

/** Qualifiers that may stand between a frame noun's preposition and the number. */
const FRAME_RE = /([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)\s+(?:in\s+Höhe\s+)?(?:von|um)\s+(?:[a-zäöüß]+\s+){0,3}$/;

/** "Die Wahlbeteiligung lag nach Angaben der Landeswahlleiterin bei …", "Die Ablöse beträgt …": the subject as frame. */
const SUBJECT_FRAME_RE = /([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)\s+(liegt|liege|lag|lagen|liegen|beträgt|betrage|betrug|betrugen|belief\s+sich|beläuft\s+sich)\s+((?:[^\s\d,;:.]+\s+){0,6}?)$/;

/**
 * The folded stem of the noun governing a figure, or null: through "von"/"um" ("ein Verlust von
 * 45 Prozent"), or as the subject of "liegt bei"/"beträgt" ("Die Wahlbeteiligung lag … bei 61
 * Prozent"). `before` ends at the number.
 */
export function frameOf(before: string): string | null {
  const tail = before.slice(-120);
  const m = FRAME_RE.exec(tail);
  if (m) {
    // The words between must be qualifiers, not a verb or a noun phrase of their own.
    const between = tail.slice(tail.length - (m[0].length - m[1].length)).trim().split(/\s+/).slice(1);
    if (between.every((w) => QUALIFIER.has(w.toLowerCase()))) return stem(fold(m[1]).replace(/[^a-z]/g, ''));
    return null;
  }
  const n = SUBJECT_FRAME_RE.exec(tail);
  if (!n) return null;
  // "beträgt" takes the figure directly, after any attribution ("beträgt nach SID-Informationen 42
  // Millionen"); "liegt" needs its "bei", then only qualifiers ("lag 2 Prozent über dem Vorjahr" is
  // a difference, not the value).
  if (/^l/.test(n[2])) {
    const words = n[3].trim().split(/\s+/).filter(Boolean);
    const bei = words.lastIndexOf('bei') >= 0 ? words.lastIndexOf('bei') : words.lastIndexOf('auf');
    if (bei < 0 || !words.slice(bei + 1).every((w) => QUALIFIER.has(w.toLowerCase()))) return null;
  }
  return stem(fold(n[1]).replace(/[^a-z]/g, ''));
}

/**
 * Frames that name one measured property under different nouns: money paid out ("Kosten von bis zu
 * 1,5 Millionen Euro" ~ "Zahlungen in Höhe von rund zwei Millionen Euro"), turnout
 * ("Wahlbeteiligung" ~ "Stimmbeteiligung"). `classes` maps a frame stem to its property (from
 * `fact-frames.txt`, see `frameClasses`); the result is a shared context key.
 */
export function frameClass(frame: string, classes: ReadonlyMap<string, string>): string | null {
  const p = classes.get(frame);
  return p === undefined ? null : 'fc:' + p;
}

/** Frame stems → property from the `fact-frames` table (noun → property). */
export function frameClasses(table: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [noun, prop] of [...table].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const k = stem(fold(noun).replace(/[^a-z]/g, ''));
    if (!out.has(k)) out.set(k, prop);
  }
  return out;
}

const QUALIFIER = new Set(
  'höhe von um weiteren weiteres weitere zusätzlichen rund etwa ca circa mindestens höchstens knapp fast über unter mehr als weniger bis zu nur gut insgesamt geschätzten geschätzt annähernd ungefähr nahezu maximal minimal bereits schon noch'.split(' '),
);

const RATES: [RegExp, string][] = [
  [/\b(?:täglich(?:e[nmrs]?)?|pro\s+tag|am\s+tag|je\s+tag|jeden\s+tag)\b/, 'r:tag'],
  [/\b(?:wöchentlich(?:e[nmrs]?)?|pro\s+woche|je\s+woche|in\s+der\s+woche)\b/, 'r:woche'],
  [/\b(?:monatlich(?:e[nmrs]?)?|pro\s+monat|je\s+monat|im\s+monat)\b/, 'r:monat'],
  [/\b(?:jährlich(?:e[nmrs]?)?|pro\s+jahr|je\s+jahr|jedes\s+jahr|im\s+jahr(?!\s+\d))\b/, 'r:jahr'],
  [/\b(?:stündlich(?:e[nmrs]?)?|pro\s+stunde|je\s+stunde)\b/, 'r:stunde'],
];

/** Rate keys of a clause ("r:tag" for "täglich" / "pro Tag"). */
export function rateKeys(clause: string): string[] {
  const t = clause.toLowerCase();
  return RATES.filter(([re]) => re.test(t)).map(([, k]) => k);
}

/**
 * An attribution phrase of a sentence when no statement holds the figure: "nach palästinensischen
 * Angaben", "Nach Informationen unserer Redaktion", "laut Reederei", "UNRWA zufolge". Returns the
 * phrase (its source words), or null.
 */
const NAME = String.raw`[A-ZÄÖÜ][\wäöüß-]+`;
const NUMBER_WORD = String.raw`(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzend)[a-zäöüß]*)\b`;
const SOURCE_RES: RegExp[] = [
  new RegExp(String.raw`\b[Nn]ach\s+((?:[\wäöüß-]+\s+){0,2}(?:Angaben|Informationen|Darstellung|Schätzungen|Berechnungen|Zählungen?|Erkenntnissen)(?:\s+(?:des|der|von|vom|unserer|aus)\s+${NAME}(?:\s+${NAME})?)?)`),
  new RegExp(String.raw`\b[Ll]aut\s+((?:de[mnrs]\s+)?${NAME}(?:\s+${NAME})?)`),
  new RegExp(String.raw`\b(${NAME}(?:\s+\([A-Z]+\))?)\s+zufolge\b`),
  new RegExp(String.raw`\b(?:hieß|heißt)\s+es\s+((?:bei|aus|von|im|beim)\s+(?:de[mnrs]\s+)?${NAME})`),
  new RegExp(String.raw`\b((?:${NAME}\s+){1,3})(?:hatte|hat|hatten|haben)?\s*(?:[\wäöüß-]+\s+){0,3}(?:von|über)\s+[^,.]{0,60}\b(?:gesprochen|berichtet)\b`),
  new RegExp(String.raw`\b((?:${NAME}\s+){0,2}${NAME})(?:\s*,\s+(?:der|die|das|welche[rs]?)\s+[^,.;:]{1,100},)?\s+(?:spricht|sprach|sprachen|sprechen|nennt|nannte|nannten|zählt|zählte|zählten|meldet|meldete|meldeten)\s+(?:[a-zäöüß]+\s+){0,3}?(?:von\s+)?(?:\S+\s+){0,3}?(?:\d|${NUMBER_WORD})`),
];

export function sourcePhrase(sentence: string): string | null {
  for (const re of SOURCE_RES) {
    const m = re.exec(sentence);
    if (m) return m[1].trim();
  }
  return null;
}

/** "rechnet mit", "erwartet", "schätzt … auf", "prognostiziert": someone's estimate. */
const ESTIMATE = /\b(?:rechnet|rechnen|rechnete|erwartet|erwarten|erwartete|prognostiziert|prognostizieren|schätzt|schätzen|schätzte)\b(?:\s+\S+){0,4}?\s+(?:mit|von|auf)\b/i;
/** Subject pronouns or a named subject before an estimate verb ("Er rechnet mit …"). */
export function isEstimate(sentence: string): boolean {
  return ESTIMATE.test(sentence);
}

/** A demanded, needed or planned figure, not a reported one. */
const TARGET = /\b(?:nötig|nötige[nmrs]?|notwendig(?:e[nmrs]?)?|erforderlich(?:e[nmrs]?)?|benötigt|bräuchte[n]?|brauche[n]?|braucht|fordert|fordern|forderte[n]?|verlangt|verlangen|verlangte[n]?|Forderung|Ziel|angestrebt(?:e[nmrs]?)?|angepeilt(?:e[nmrs]?)?|geplant(?:e[nmrs]?)?|vorgesehen(?:e[nmrs]?)?|müssten|sollten)\b/i;
/** An earlier expectation set against the outcome: "Analysten hatten mit 4,5 Milliarden Euro gerechnet". */
const EARLIER_EXPECTATION = /\bhatten?\b[^.;]{0,80}\b(?:erwartet|gerechnet|prognostiziert|vorhergesagt|geschätzt)\b/i;

export function isTarget(clause: string): boolean {
  return TARGET.test(clause) || EARLIER_EXPECTATION.test(clause);
}

/**
 * Words that set a figure against another one of the same article: another source's figure
 * ("Die Polizei spricht dagegen von …", "Cogat sprach hingegen von …") or an earlier count
 * ("Die Feuerwehr hatte am Vormittag noch von zwei Leichtverletzten gesprochen").
 */
export const CONTRAST =
  /\b(?:dagegen|hingegen|demgegenüber|wiederum|widerspr(?:ach|icht|echen)|abweichend|anderen\s+Angaben|zunächst\s+von|ursprünglich|anfangs|korrigierte|hatten?\b[^.]{0,60}\bnoch\b[^.]{0,60}\b(?:gesprochen|gemeldet|berichtet|genannt))\b/i;

const MONTH_RE = /\b(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/g;
const ORDINAL: Record<string, string> = { ersten: '1', zweiten: '2', dritten: '3', vierten: '4' };

/**
 * Time marks of a clause, for telling two figures of one article apart: years ("2023", "bis
 * 2050"), months, "im ersten Quartal" (q1), "im zweiten Halbjahr" (h2), and a past reference
 * ("Vorjahr", "am Vortag", "bei der letzten Wahl", "im vergangenen Jahr", a past state in the
 * pluperfect "hatte bei 900 Millionen Euro gelegen": prev). Two figures whose
 * clauses both carry marks and share none refer to different times, and so do a figure with a
 * past reference and one without.
 */
export function timeMarks(clause: string): Set<string> {
  const out = new Set<string>();
  const t = clause.toLowerCase();
  for (const m of t.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) out.add(m[1]);
  for (const m of t.matchAll(MONTH_RE)) out.add(m[1]);
  for (const m of t.matchAll(/\b(ersten|zweiten|dritten|vierten)\s+(quartal|halbjahr)/g)) out.add(m[2][0] + ORDINAL[m[1]]);
  if (/\bhatten?\b[^.;]{0,80}\b(?:gelegen|betragen)\b|\b(?:war|waren)\b[^.;]{0,80}\bgewesen\b/.test(t)) out.add('prev');
  if (/\b(?:vorjahr|vortag|vorwoche|vormonat|vorquartal)/.test(t) || /\b(?:letzten|vorigen|vergangenen|früheren|vorherigen)\s+(?:\p{L}+\s+)?(?:wahl|landtagswahl|bundestagswahl|jahr|jahres|saison|woche|monat|monats|sommer|winter|quartal|halbjahr)\b/u.test(t)) out.add('prev');
  return out;
}

/** Do two clauses' time marks say different times? */
export function timesDiffer(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.has('prev') !== b.has('prev')) return true;
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
