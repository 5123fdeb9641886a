/**
 * What the entity rules know about words: places (the lexicon's gazetteer, with genitive and
 * inflection handling), news outlets, roles and titles, organisation heads: the lexicon's lists
 * (`roles`, `org-heads`, `news-outlets`).
 */
import type { Lexicon } from '../../../lexicon/index.js';
import type { EntityType } from '../../../types.js';
import { PhraseTrie } from '../../../text/phrase-trie.js';
import { capitalise, entityFact, isAllCaps, isCapitalised, wordFact, type Unit } from './words.js';
import { ABBREVIATED_ROLES, PERSONAL_TITLES, SURNAME_ROLE_HEADS } from '../../../lexicon/de/entity-words.js';

export interface PlaceHit {
  /** Canonical nominative name: "Südkoreas" → "Südkorea", "Vereinigten Staaten" → "USA". */
  name: string;
  type: EntityType;
  /** The name is also a common German word ("Essen", "Halle"): needs a place context. */
  commonWord: boolean;
  /**
   * A small town of the GeoNames list ("Strobl", "Plattling"): its name is as often a surname
   * or a word, so it counts as a place only in a place context, and may stand in a person's name.
   */
  weak: boolean;
  /** Found only by stripping a genitive ending ("Nils" → Nil): the form itself is no listed name. */
  genitive: boolean;
  /** The gazetteer's kind: country, city, region, org, town. */
  kind: string;
}


function rawLookup(lex: Lexicon, form: string): PlaceHit | null {
  const e = lex.gazetteer().lookup(form);
  if (!e) return null;
  const pop = (e as { population?: number }).population;
  const weak = e.kind === 'town' && !(typeof pop === 'number' && pop >= 100000);
  return { name: e.canonical, type: e.type, commonWord: e.commonWord, weak, genitive: !!e.genitive, kind: e.kind };
}

/**
 * A place (or supranational organisation) by name, also in the genitive ("Südkoreas",
 * "Russlands") and with a declined adjective ("Vereinigten Staaten"). Exact case only: headline
 * capitals are no place names.
 */
export function lookupPlace(lex: Lexicon, form: string | Unit): PlaceHit | null {
  return wordFact(lex, PLACE, form);
}
const PLACE = entityFact('place', (lex, form) => lookupPlaceRaw(lex, form));

function lookupPlaceRaw(lex: Lexicon, form: string): PlaceHit | null {
  let r = rawLookup(lex, form);
  if (!r && form.length > 4 && /[^s]s$/.test(form)) r = asGenitive(rawLookup(lex, form.slice(0, -1)));
  if (!r && /(?:ens|es)$/.test(form) && form.length > 5) r = asGenitive(rawLookup(lex, form.slice(0, -2)));
  if (!r && form.includes(' ')) {
    // "Vereinigten Staaten" → "Vereinigte Staaten"; "Demokratischen Republik" → "Demokratische Republik"
    const adj = form.replace(/(\w)(?:en|er|es|em)(?= )/g, '$1e');
    if (adj !== form) r = rawLookup(lex, adj);
  }
  return r;
}

function asGenitive(h: PlaceHit | null): PlaceHit | null {
  return h ? { ...h, genitive: true } : null;
}

/**
 * A genitive place that may as well be a first name: „Nils“ (→ Nil), „Klaus“, „Jens“. The form is
 * no listed name itself, it is found only as the genitive of a place that is no country, and a
 * person-name word follows („Nils Petersen“, not „Russlands Präsident“ or „des Nils“).
 */
export function genitiveOnlyPlace(lex: Lexicon, form: string | Unit): boolean {
  const p = lookupPlace(lex, form);
  return !!p && p.genitive && p.kind !== 'country' && p.type === 'LOC';
}

/** A place that is no small town: it excludes a word from person names. */
export function strongPlace(lex: Lexicon, form: string | Unit): PlaceHit | null {
  const p = lookupPlace(lex, form);
  return p && !p.weak ? p : null;
}

/**
 * The longest place name starting at unit i (up to four words): returns its length in units.
 * A place name never starts with a lower-case word or spans punctuation.
 */
export function placeAt(lex: Lexicon, us: Unit[], i: number): { len: number; hit: PlaceHit } | null {
  const first = us[i];
  if (first.type !== 'word' || !(isCapitalised(first.text) || isAllCaps(first.text)) || first.capsLine) return null;
  // names of several words are tried only when a listed name may go on with the next word
  const gaz = lex.gazetteer();
  const several = i + 1 < us.length && (!gaz.mayContinueWith || gaz.mayContinueWith(us[i + 1].text));
  // a number and a slash inside a listed name: „Bündnis 90/Die Grünen“ (five units)
  let slash = false;
  for (let k = i + 1; several && k < i + 4 && k < us.length; k++) if (us[k].text === '/') slash = true;
  for (let n = several ? Math.min(slash ? 5 : 4, us.length - i) : 1; n >= 1; n--) {
    let ok = true;
    let form = first.text;
    for (let k = 1; k < n; k++) {
      const u = us[i + k];
      const prev = us[i + k - 1];
      const inner = slash && k < n - 1 && (u.type === 'number' || u.text === '/');
      if ((u.type !== 'word' && !inner) || u.newline || prev.possessive) {
        ok = false;
        break;
      }
      form += u.type === 'word' && prev.type === 'word' ? ' ' + u.text : (u.space ? ' ' : '') + u.text;
    }
    if (!ok) continue;
    const lowerLast = n > 1 && !isCapitalised(us[i + n - 1].text) && !isAllCaps(us[i + n - 1].text);
    // one word: the unit keeps its entry in the token-class index (no look-up by string)
    const hit = lookupPlace(lex, n === 1 ? first : form);
    // a lower-case last word only in a listed organisation name: „Infratest dimap“
    if (lowerLast && !(hit && hit.type === 'ORG' && lex.gazetteer().lookup(form))) continue;
    if (hit) return { len: n, hit };
  }
  return null;
}

// ------------------------------------------------------------------------------------- lists

export interface Outlets {
  has(name: string): boolean;
  /** The listed names word by word, for the longest name at a position. */
  trie: PhraseTrie<true>;
}
const outletLists = new WeakMap<Lexicon, Outlets>();

/** The news outlets of the lexicon's `news-outlets` list (names of up to five words are matched). */
export function outlets(lex: Lexicon): Outlets {
  let o = outletLists.get(lex);
  if (!o) {
    const shared = lex.list('news-outlets');
    const trie = new PhraseTrie<true>();
    for (const name of shared) if (name.split(' ').length <= 5) trie.addName(name, true);
    o = { has: (n) => shared.has(n), trie };
    outletLists.set(lex, o);
  }
  return o;
}

/** Personal titles that stand directly before a name: "Dr.", "Prof.", "Frau", "Herr". */
export function isTitle(w: string): boolean {
  return PERSONAL_TITLES.has(w);
}

/**
 * A role or title noun, also as a compound or declined: "Präsident", "NATO-Generalsekretär",
 * "Außenminister", "Sicherheitsdirektor", "Trainerin", "Abgeordneten", "Botschafters".
 */
export function isRole(lex: Lexicon, w: string | Unit): boolean {
  return wordFact(lex, ROLE, w);
}
const ROLE = entityFact('role', (lex, w) => (isCapitalised(w) || isAllCaps(w)) && computeRole(lex, w));

function roleSet(lex: Lexicon): (s: string) => boolean {
  const shared = lex.list('roles');
  return (s) => ABBREVIATED_ROLES.has(s) || shared.has(s) || shared.has(s.charAt(0).toUpperCase() + s.slice(1)) || shared.has(s.toUpperCase());
}

/**
 * Occupation nouns by their suffix, for words the dictionary lacks: „Glaziologe“, „Virologin“,
 * „Klimatologen“, „Psychiaterin“. A known noun counts only when its lemma is such a person noun
 * („Kataloge“ → Katalog is none).
 */
const OCCUPATION_SUFFIX = /^[a-zäöüß]{3,}(?:olog(?:e|en|in|innen)|iater(?:in|innen|n)?)$/;
const OCCUPATION_LEMMA = /(?:ologe|ologin|iater|iaterin)$/;

function occupationNoun(lex: Lexicon, word: string): boolean {
  if (!OCCUPATION_SUFFIX.test(word)) return false;
  const cap = capitalise(word);
  if (!lex.isNoun(cap)) return !lex.isCommonWord(word);
  return lex.nounLemmas(cap).some((l) => OCCUPATION_LEMMA.test(l));
}

/** The first part of a compound is a noun, with or without a linking s/es: „Wein“, „Bundes“ (Bund). */
function knownStem(lex: Lexicon, p: string): boolean {
  const forms = [p, p.endsWith('s') ? p.slice(0, -1) : '', p.endsWith('es') ? p.slice(0, -2) : ''];
  return forms.some((f) => f.length >= 2 && lex.isNoun(capitalise(f)));
}

function computeRole(lex: Lexicon, w: string): boolean {
  const has = roleSet(lex);
  const dash = w.lastIndexOf('-');
  const word = (dash >= 0 ? w.slice(dash + 1) : w).toLowerCase();
  if (occupationNoun(lex, word)) return true;
  const stems = [word];
  for (const end of ['innen', 'in', 'en', 'n', 'es', 's']) if (word.endsWith(end) && word.length - end.length >= 3) stems.push(word.slice(0, -end.length));
  for (const s of stems) {
    if (has(s)) return true;
    // compound: "sicherheitsdirektor", "außenminister", "polizeisprecher"
    // („Mühlbauer“, „Neubauer“ are surnames: a surname-like head needs a known noun before it)
    // („Özdemir“ is no emir: a head of four letters or fewer after a part of under five letters needs a known noun before it; „Hollywoodstar“ stays a role)
    for (let i = 2; i <= s.length - 4; i++) if (has(s.slice(i)) && ((!SURNAME_ROLE_HEADS.has(s.slice(i)) && (s.length - i > 4 || i >= 5)) || knownStem(lex, s.slice(0, i)))) return true;
  }
  return false;
}

/** The word ends in an organisation head: "Außenministerium", "Bundesamt", "Gewerkschaft". */
export function orgHeadOf(lex: Lexicon, w: string | Unit): string | null {
  return wordFact(lex, ORG_HEAD_OF, w);
}
const ORG_HEAD_OF = entityFact('orgHeadOf', (lex, w) => orgHeadOfRaw(lex, w));

function orgHeadOfRaw(lex: Lexicon, w: string): string | null {
  const shared = lex.list('org-heads');
  const dash = w.lastIndexOf('-');
  const word = (dash >= 0 ? w.slice(dash + 1) : w).toLowerCase();
  const stems = [word];
  for (const end of ['es', 's', 'en', 'n']) if (word.endsWith(end) && word.length - end.length >= 3) stems.push(word.slice(0, -end.length));
  for (const s of stems) {
    for (let i = 0; i <= s.length - 3; i++) {
      const tail = s.slice(i);
      if (shared.has(tail) || shared.has(tail.charAt(0).toUpperCase() + tail.slice(1))) return tail;
    }
  }
  return null;
}

/** Words that never start or continue a name even when capitalised (sentence starts etc.). */
export function isFunctionLike(lex: Lexicon, w: string): boolean {
  return lex.isFunctionWord(w);
}

/**
 * The town of a town adjective (a town + „er“), or null: „Würzburger“ → Würzburg, „Solinger“ →
 * Solingen (the -en dropped), „Darmstädter“ → Darmstadt (umlaut), „Münchner“ → München (the e of
 * -en dropped). An adjective that is a dictionary word names a town of 50,000 people or more
 * („Hammer“ → Hamm; „Trainer“ is no adjective of the village Train); a listed first name none („Günter“).
 */
export function townOfAdjective(lex: Lexicon, w: string | Unit): string | null {
  return wordFact(lex, TOWN_OF_ADJECTIVE, w);
}
const TOWN_OF_ADJECTIVE = entityFact('townOfAdjective', (lex, w) => townOfAdjectiveRaw(lex, w));

function townOfAdjectiveRaw(lex: Lexicon, w: string): string | null {
  if (!/^\p{Lu}\p{Ll}{2,}er$/u.test(w) || lex.firstName(w) !== null) return null;
  // irregular adjectives: „Zürcher“ → Zürich, „Basler“ → Basel (`place-adjectives.txt`)
  const listed = lex.table('place-adjectives').get(w);
  if (listed) {
    const town = lex.gazetteer().lookup(listed, { commonTowns: true });
    return town && town.type === 'LOC' && (town.kind === 'town' || town.kind === 'city') ? listed : null;
  }
  const stem = w.slice(0, -2);
  const stems = [stem];
  if (/[^aeiou]$/.test(stem)) stems.push(stem + 'en');
  if (/[^aeiou]n$/.test(stem)) stems.push(stem.slice(0, -1) + 'en');
  // „Stader“ (Stade), „Rheiner“ (Rheine): a town in -e drops it
  if (/[^aeiou]$/.test(stem)) stems.push(stem + 'e');
  const plain = stem.replace(/ä(?=[^äöü]*$)/, 'a').replace(/ö(?=[^äöü]*$)/, 'o').replace(/ü(?=[^äöü]*$)/, 'u');
  if (plain !== stem) stems.push(plain);
  for (const s of stems) {
    const town = lex.gazetteer().lookup(s, { commonTowns: true });
    if (!town || town.type !== 'LOC' || !(town.kind === 'town' || town.kind === 'city') || town.canonical !== s) continue;
    // a dictionary word in -er names a small place only by chance: „Trainer“ (Train), „Hammer“ is Hamm's
    if (lex.isCommonWord(w) && town.kind === 'town' && !((town as { population?: number }).population! >= 50000)) continue;
    return s;
  }
  return null;
}

/** Countries whose regions name their own associations and councils by adjective: „der bayerische Bauernverband“. */
const HOME_COUNTRIES: ReadonlySet<string> = new Set(['Deutschland', 'Österreich', 'Schweiz']);

/**
 * The region or country of Germany, Austria or Switzerland a place adjective names, or null:
 * „bayerischen“ → Bayern, „nordrhein-westfälische“ → Nordrhein-Westfalen, „deutschen“ →
 * Deutschland (lower case, in -isch or a demonym); „Vorarlberger“ → Vorarlberg, „Kärntner“ →
 * Kärnten, „Schweizer“ → Schweiz, „Bündner“ → Graubünden (capitalised, in -er).
 */
export function regionOfAdjective(lex: Lexicon, w: string | Unit): string | null {
  return wordFact(lex, REGION_OF_ADJECTIVE, w);
}
const REGION_OF_ADJECTIVE = entityFact('regionOfAdjective', (lex, w) => regionOfAdjectiveRaw(lex, w));

function regionOfAdjectiveRaw(lex: Lexicon, w: string): string | null {
  const home = (name: string): string | null => {
    const e = lex.gazetteer().lookup(name, { commonTowns: false });
    if (!e || e.type !== 'LOC' || e.canonical !== name) return null;
    if (e.kind === 'country') return HOME_COUNTRIES.has(name) ? name : null;
    return e.kind === 'region' && HOME_COUNTRIES.has(lex.table('regions').get(name) ?? '') ? name : null;
  };
  const plain = (s: string): string => s.replace(/ä(?=[^äöü]*$)/, 'a').replace(/ö(?=[^äöü]*$)/, 'o').replace(/ü(?=[^äöü]*$)/, 'u');
  const stemsOf = (stem: string): string[] => [stem, stem + 'n', stem + 'en', plain(stem), plain(stem) + 'en', plain(stem) + 'n'];
  const lower = /^\p{Ll}[\p{Ll}-]+isch(?:e|en|er|es|em)?$/u.exec(w);
  if (lower) {
    const country = lex.demonym(w);
    if (country) return HOME_COUNTRIES.has(country) ? country : null;
    const stem = w.replace(/isch(?:e|en|er|es|em)?$/, '').split('-').map((p) => capitalise(p)).join('-');
    for (const s of stemsOf(stem)) if (home(s)) return s;
    return null;
  }
  if (!/^\p{Lu}\p{Ll}{2,}er$/u.test(w) || lex.firstName(w) !== null) return null;
  const listed = lex.table('place-adjectives').get(w);
  if (listed) return home(listed);
  for (const s of stemsOf(w.slice(0, -2))) if (home(s)) return s;
  return null;
}
