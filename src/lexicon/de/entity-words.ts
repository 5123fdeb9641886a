/**
 * Closed word classes of the person, title and calendar tests of the entity rules
 * (src/rules/entity/lib/names.ts, knowledge.ts, words.ts; speaker-subject). Defined once here.
 */
import { ENGLISH_CALENDAR_WORDS, MONTHS, WEEKDAYS } from './months.js';

/** Lower-case particles inside names. */
export const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'zu', 'dos', 'das', 'del']);

/** Capitalised particles inside names: „Alexander Van der Bellen“, „Ursula Von der …“. */
export const CAP_NAME_PARTICLES = new Set(['Van', 'Von', 'De', 'Da', 'Di', 'Del', 'Le', 'La', 'Al', 'El', 'Ten', 'Ter', 'Bin', 'Ibn', 'Abu', 'Abd', 'Bint', 'Ould', 'Mac', 'Dos', 'Du']);

/** Particles that are also articles: a particle run never starts with one („Min-jun der Associated Press“). */
export const ARTICLE_NAME_PARTICLES = new Set(['der', 'den', 'das', 'dos', 'del', 'la', 'le']);

/**
 * Arabic and Gaelic name parts that bind to the next word, whatever it is: „Karim Abu Haifa“,
 * „Mohammed bin Salman“, „Ahmed Ould Abdallah“ — the word after them may be a place name elsewhere.
 */
export const BINDING_PARTICLES = new Set(['Abu', 'Abou', 'Abd', 'Abdel', 'Abdul', 'Abdullah', 'Ibn', 'ibn', 'Bin', 'bin', 'Bint', 'bint', 'Umm', 'Ould', 'ould', 'Mac', 'Al', 'al', 'El', 'el']);

/** Articles and determiners before a common noun that looks like a name („der Nachrichtenagentur“). */
export const NAME_DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'jeder', 'jede', 'jedes', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'seine', 'seiner', 'ihre', 'ihrer', 'unsere', 'unserer']);

/** English abbreviations the dictionary lacks (roles.txt holds dictionary nouns only). */
export const ABBREVIATED_ROLES = new Set(['ceo', 'cfo', 'coo', 'cto']);

/** Abbreviated offices written in capitals before a name (exact spelling; „Ob“ is a conjunction): „OB Machens“ (Oberbürgermeister), „BM Wittlinger“ (Bürgermeister). */
export const ABBREVIATED_OFFICES: ReadonlySet<string> = new Set(['OB', 'OBM', 'BM']);

/** Personal titles that stand directly before a name: „Dr.“, „Prof.“, „Frau“, „Herr“. */
export const PERSONAL_TITLES = new Set(['Dr.', 'Prof.', 'Herr', 'Frau', 'Mr.', 'Mrs.', 'Ms.', 'Sir', 'Dame']);

/** Weekdays and months (German and English, capitalised as in text): capitalised, but no names. */
export const WEEKDAYS_MONTHS: ReadonlySet<string> = new Set([
  ...[...WEEKDAYS.keys(), ...MONTHS.keys()].map((w) => w[0].toUpperCase() + w.slice(1)),
  ...ENGLISH_CALENDAR_WORDS,
]);

/** Parts of a day that follow a weekday in one word: „Samstagnacht“, „Montagmorgen“ (no names). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'früh']);

/** Lemmas of verbs of saying (the finite verb directly after or before its subject). */
export const SPEAKER_VERB_LEMMAS = new Set([
  'sagen', 'erklären', 'betonen', 'fügen', 'hinzufügen', 'teilen', 'mitteilen', 'sprechen', 'warnen', 'fordern', 'kritisieren',
  'bestätigen', 'behaupten', 'meinen', 'schreiben', 'berichten', 'kündigen', 'ankündigen', 'äußern', 'antworten', 'ergänzen',
  'unterstreichen', 'bekräftigen', 'beschuldigen', 'bestreiten', 'dementieren', 'versprechen', 'verkünden', 'erläutern',
  'argumentieren', 'zitieren', 'deuten', 'andeuten', 'geben', 'räumen', 'einräumen', 'wiederholen', 'versichern', 'leugnen',
  'verurteilen', 'appellieren', 'mahnen', 'drohen', 'glauben', 'vermuten', 'schätzen', 'kommentieren', 'twittern', 'reagieren',
]);

/**
 * Role nouns that also end many surnames („Mühlbauer“, „Neubauer“): in a compound they make a role
 * only after a known noun („Biobauer“, „Weinbauer“, „Schützenkönig“), never after a bare stem.
 */
export const SURNAME_ROLE_HEADS = new Set(['bauer', 'bauern', 'bäuerin', 'könig', 'königin', 'kaiser', 'kaiserin']);
