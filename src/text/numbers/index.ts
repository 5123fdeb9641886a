/**
 * The German number parser: finds numbers in running text and returns spans with JavaScript
 * offsets (`end` exclusive, `text === input.slice(start, end)`).
 *
 * Handles digits with German grouping and decimals (10.000 · 1 234 567 · 2.000,352 · -5 · 1/2 · ½),
 * scale words (Tausend, Million(en), Milliarde(n), Billion(en), Mio., Mrd., Tsd.), number words of
 * any size (zweihundertdreiundvierzig, zwei Millionen eintausendeinhundertfünfzig, zwei Komma
 * drei), fractions (anderthalb, dreieinhalb Millionen, eine halbe Million, drei halbe, zwei
 * Drittel), Dutzend, percents (%, Prozent, Prozentpunkte), ordinals (3., dritte, hundertste) and
 * ranges (zwischen 10 und 20, 10 bis 20, 10-20, weniger als 5, mindestens 3, bis zu 7 …) as
 * intervals. Dates (18.12.2024, 1995-01), clock times (13:39, 13 Uhr), years in year context
 * ("im Jahr 2024", "Juni 2024"), phone numbers, URLs and codes glued to letters (G7, COVID-19)
 * are not reported. Lone indefinite articles ("ein", "eine") are not reported as 1.
 */
import { MONTH_WORDS } from '../../lexicon/de/months.js';
import { isStreetName } from '../../lexicon/de/streets.js';
import { lex, type LexToken } from './lexer.js';
import {
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  foldWord,
  parseCardinalWord,
  parseDenominator,
  parseFractionWord,
  parseOrdinalStem,
  parseOrdinalWord,
  parseVaguePlural,
} from './words.js';

export type NumberType = 'number' | 'ordinal' | 'percent' | 'range';
export type QualifierBound = 'gte' | 'gt' | 'lte' | 'lt';

export interface NumberRange {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
}

export interface NumberMatch {
  text: string;
  start: number;
  end: number;
  /** The number; for a one-sided range its bound, for a two-sided range its minimum. */
  value: number;
  type: NumberType;
  range?: NumberRange;
  /** Span of the number(s) without the range words ("10.000" in "mindestens 10.000"). */
  numberStart?: number;
  numberEnd?: number;
  /** One-sided ranges: the qualifier as written and the bound it sets. */
  qualifier?: { text: string; start: number; end: number; bound: QualifierBound };
  /** Vague plurals ("Tausende"): value is the lower bound, `range` the order of magnitude. */
  vague?: boolean;
  /** A range of percents ("zwischen 5 und 10 Prozent"). */
  percent?: boolean;
  /** Written with digits (as opposed to number words). */
  digits?: boolean;
  /** The numeral is the indefinite article read as 1 ("mindestens ein Mensch"). */
  article?: boolean;
}

/** A parsed cardinal: tokens [first, next). */
interface Card {
  value: number;
  first: number;
  next: number;
  scaled: boolean;
  digits: boolean;
  /** The scale word's value when one was read ("Millionen" → 1e6). */
  scale: number;
  /** The numeral "ein/eine" read as 1 after a qualifier. */
  article?: boolean;
}

const SKIP = Symbol('skip');
type Skip = { skip: typeof SKIP; next: number };

const ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
/** Qualifiers (last word) after which "ein/eine" is the numeral 1: mindestens, (nicht) mehr/weniger als … */
const ARTICLE_QUALIFIERS = new Set(['mindestens', 'wenigstens', 'höchstens', 'maximal', 'als']);
/** Words that make a following bare scale word vague: "mehrere Hundert", "einige Tausend". */
const VAGUE_LEADS = new Set(['mehrere', 'einige', 'etliche', 'viele', 'paar']);
/** A vague scale and the (exclusive) upper end of its order, as for "Hunderte", "Millionen". */
const VAGUE_ORDERS: ReadonlyMap<number, number> = new Map([
  [100, 1000], [1000, 1e4], [1e4, 1e5], [1e5, 1e6], [1e6, 1e9], [1e9, 1e12],
]);
const CURRENCY_SIGNS = new Set(['€', '$', '£', '¥', '₽', '₩']);
const CURRENCY_CODES = new Set(['EUR', 'CHF', 'USD', 'GBP', 'JPY', 'CNY']);
/**
 * Comparatives that bound a number when "als" follows: "kleiner als 20 Hektar" (< 20), "älter als
 * 65 Jahre" (> 65). ("mehr als" / "weniger als" are handled with their own cases.)
 */
const COMPARATIVES: ReadonlyMap<string, 'gt' | 'lt'> = new Map([
  ...['größer', 'höher', 'länger', 'älter', 'schwerer', 'teurer', 'breiter', 'stärker'].map((w) => [w, 'gt'] as const),
  ...['kleiner', 'niedriger', 'geringer', 'kürzer', 'jünger', 'leichter', 'billiger', 'günstiger', 'schmaler', 'schwächer'].map((w) => [w, 'lt'] as const),
]);

/** Particles between a qualifier and its number: "mindestens aber 350 Euro". */
const PARTICLES = new Set(['aber', 'jedoch', 'doch', 'also']);
/** "4.50": a decimal point (Swiss, English) only next to a currency. */
const RE_POINT_DECIMAL = /^\d{1,6}\.\d{2}$/;
const POINT_CURRENCIES = new Set(['franken', 'chf', 'dollar', 'usd', 'rappen', 'euro', 'eur', 'pfund']);
/**
 * "38.4 Grad", "1.5 Prozent", "12.5 %": a decimal point (Swiss and agency copy) where German
 * grouping cannot apply — not exactly three digits after the point — and a unit of measure
 * follows. "1.500 Soldaten" stays 1500, "12.5." stays a date, "12.30 Uhr" a time.
 */
const RE_POINT_MEASURE = /^\d{1,6}\.(?:\d{1,2}|\d{4,})$/;
const POINT_MEASURES = new Set([
  'grad', 'prozent', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt', '%', '°', 'km', 'kilometer', 'kilometern', 'meter',
  'metern', 'm', 'cm', 'zentimeter', 'mm', 'millimeter', 'kg', 'kilogramm', 'gramm', 'g', 't', 'tonnen', 'tonne', 'liter',
  'litern', 'l', 'hektar', 'ha', 'millionen', 'million', 'milliarden', 'milliarde', 'mio', 'mrd', 'quadratkilometer',
  'kubikmeter', 'knoten', 'promille', 'punkte', 'punkten',
]);
/** Time units after "über/unter ein…": "über ein Jahr", "unter einer Stunde". */
const TIME_UNIT_WORDS = new Set([
  'jahr', 'jahrzehnt', 'jahrhundert', 'monat', 'woche', 'tag', 'stunde', 'minute', 'sekunde', 'quartal', 'halbjahr',
]);
const HALF = new Set(['halb', 'halbe', 'halbes', 'halben', 'halber', 'halbem']);
const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'vom', 'zum', 'zur', 'im', 'beim', 'ins', 'sein', 'seine',
  'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'dieser', 'diese', 'diesem', 'diesen',
  'jeder', 'jede', 'jedem', 'jeden', 'unser', 'unsere', 'unserem', 'unseren', 'bis', 'ab', 'seit', 'zu', 'zwischen',
]);
const YEAR_CUES = new Set([
  ...MONTH_WORDS, 'jahr', 'jahre', 'jahres', 'jahren', 'jahrs', 'im', 'seit', 'bis', 'anfang', 'ende', 'mitte', 'frühjahr',
  'frühling', 'sommer', 'herbst', 'winter', 'jahreswechsel', 'von', 'vom', 'zwischen', 'ab', 'um', 'nach', 'vor',
  'saison', 'wahl', 'wahlen', 'haushalt', 'bundestagswahl', 'landtagswahl', 'kommunalwahl', 'europawahl', 'wm', 'em',
]);
const GLUED_UNITS = new Set(['km', 'kg', 'm', 'cm', 'mm', 'g', 't', 'h', 'l', 'ml', 'kw', 'kwh', 'mw', 'gw', 'ha', 'qm', 'min', 's', 'mio', 'mrd']);
const DASHES = new Set(['-', '–', '—']);
/** Before a glued minus, these make it a sign: "(-10,9 Punkte)", "[-3]". */
const SIGN_OPENERS = new Set(['(', '[', '=', '„', '"']);
/** Lower-case words after which a spaced dash before digits is a minus sign ("lag bei - 1.200 Euro"). */
const SIGN_LEADS = new Set([
  'bei', 'auf', 'um', 'von', 'mit', 'zu', 'ist', 'war', 'sind', 'waren', 'liegt', 'lag', 'lagen', 'liegen', 'beträgt',
  'betrug', 'betragen', 'betrugen', 'steht', 'stand', 'minus',
]);
const SPACE_GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
const QUALIFIER_WORDS = new Set([
  'rund', 'etwa', 'ca', 'circa', 'zirka', 'ungefähr', 'knapp', 'fast', 'annähernd', 'beinahe', 'nahezu', 'gut', 'über',
  'unter', 'mehr', 'weniger', 'mindestens', 'höchstens', 'maximal', 'bis', 'zu', 'und', 'oder', 'von', 'auf', 'mit',
  'für', 'um', 'aus', 'an', 'in', 'nach', 'vor', 'seit', 'ab', 'pro', 'je', 'insgesamt', 'weitere', 'weiteren',
]);
const PERCENT_WORDS = new Set(['prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'prozentpunktes']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '„', '"', '“', '»', '«', '(', '–', '-']);

/** Words that can start a number word, fraction, scale word or vague plural (cheap pre-filter). */
const NUMBER_WORD_START = /^(?:null|ein|zw|drei|dritt|vier|f[üu]nf|sech|sieb|acht|neun|zehn|elf|hundert|tausend|anderthalb|halb|dutzend|milli|billi|mio|mrd|tsd|bio|erst|minus)/;
const RE_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const RE_PLAIN = /^\d+(?:,\d+)?$/;
const RE_APOSTROPHE = /^\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?$/;
const RE_DATE = /^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$/;
const RE_GROUP3 = /^\d{3}(?:,\d+)?$/;
const RE_SHORT = /^\d{1,3}$/;
const RE_YEAR = /^\d{4}$/;

function isUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || s[0] === 'Ä' || s[0] === 'Ö' || s[0] === 'Ü';
}

function digitValue(text: string): number | null {
  if (RE_PLAIN.test(text)) return Number(text.replace(',', '.'));
  if (RE_GROUPED.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  // Swiss grouping: 1'200 · 1’200 · 1'234.50 (the decimal sign is a dot or a comma)
  if (RE_APOSTROPHE.test(text)) return Number(text.replace(/['’]/g, '').replace(',', '.'));
  return null;
}

class Parser {
  readonly t: LexToken[];
  readonly out: NumberMatch[] = [];

  constructor(readonly text: string) {
    this.t = lex(text);
  }

  private tok(i: number): LexToken | undefined {
    return this.t[i];
  }

  /** Token i follows token i-1 without whitespace. */
  private touches(i: number): boolean {
    const x = this.t[i];
    return !!x && i > 0 && x.gap === '';
  }

  private isSentenceStart(i: number): boolean {
    const p = this.t[i - 1];
    return !p || (p.kind === 'sym' && SENTENCE_END.has(p.text)) || p.gap.includes('\n') || this.t[i].gap.includes('\n');
  }

  // ------------------------------------------------------------------ digits

  /** Reads a digit number at i (with sign, space grouping, glued fraction), or a skip. */
  private digitsAt(i: number): Card | Skip | null {
    const t = this.t;
    const x = t[i];
    // house numbers and postcodes: "Clayallee 170, 14191 Berlin", "Hauptstr. 5a"
    const street = this.houseNumberAt(i);
    if (street) return { skip: SKIP, next: street };
    // glued to letters: codes, model names ("t0", "G7", "COVID-19", "3D")
    const p = t[i - 1];
    if (p && x.gap === '' && p.kind === 'word') return { skip: SKIP, next: i + 1 };
    if (p && x.gap === '' && (p.text === '-' || p.text === '/') && t[i - 2]?.kind === 'word' && p.gap === '') return { skip: SKIP, next: i + 1 };
    const n = t[i + 1];
    // ("3M" is a name or code, not metres: the unit is written "m")
    if (n && n.gap === '' && n.kind === 'word' && (!GLUED_UNITS.has(n.lo) || n.text === 'M') && !this.magnitudeSuffix(i + 1)) return { skip: SKIP, next: i + 2 };
    // phone numbers: "+49 30 1234", "+1-222-2222/2222", long chains of - and /
    if (p && p.text === '+' && x.gap === '' && !this.plusSign(i)) return this.skipChain(i);
    if (n && (n.text === '-' || n.text === '/') && n.gap === '' && t[i + 2]?.kind === 'num' && t[i + 2].gap === '') {
      const n3 = t[i + 3];
      if (n3 && (n3.text === '-' || n3.text === '/') && n3.gap === '' && t[i + 4]?.kind === 'num') return this.skipChain(i);
      // ISO dates: 1995-01, 2024-12-18
      if (n.text === '-' && RE_YEAR.test(x.text) && /^\d{2}$/.test(t[i + 2].text)) return this.skipChain(i);
    }
    // clock times and scores: 13:39, 3:1
    if (n && n.text === ':' && n.gap === '' && t[i + 2]?.kind === 'num' && t[i + 2].gap === '') return this.skipChain(i);
    // decimals with a point next to a currency: "CHF 1.50", "4.50 Franken" (not a date)
    if (RE_POINT_DECIMAL.test(x.text) && (this.currencyBefore(i) || (n && n.kind === 'word' && POINT_CURRENCIES.has(n.lo)))) {
      return { value: Number(x.text), first: i, next: i + 1, scaled: false, digits: true, scale: 1 };
    }
    // a decimal point before a unit of measure: "38.4 Grad", "1.5 Prozent", "12.5 %" (not "12.5.")
    if (RE_POINT_MEASURE.test(x.text) && n && !(n.gap === '' && n.text === '.') && POINT_MEASURES.has(n.lo) && (n.kind !== 'word' || n.gap !== '')) {
      return { value: Number(x.text), first: i, next: i + 1, scaled: false, digits: true, scale: 1 };
    }
    // dates: 18.12.2024, 18.12.
    if (RE_DATE.test(x.text) && x.text.includes('.')) return { skip: SKIP, next: i + 1 };
    // clock: "13 Uhr", "13.30 Uhr"
    if (n && n.lo === 'uhr') return { skip: SKIP, next: i + 2 };
    let value = digitValue(x.text);
    if (value == null) return { skip: SKIP, next: i + 1 };
    let next = i + 1;
    // space grouping: 1 234 567 · 40 000 (a group of exactly three digits after 1–3 digits)
    if (RE_SHORT.test(x.text)) {
      let digits = x.text;
      let k = i + 1;
      while (
        t[k] && t[k].kind === 'num' && t[k].gap.length === 1 && SPACE_GROUP.has(t[k].gap) && RE_GROUP3.test(t[k].text) &&
        !digits.includes(',')
      ) {
        digits += t[k].text;
        k++;
      }
      if (k > i + 1) {
        value = Number(digits.replace(',', '.'));
        next = k;
      }
    }
    // years in year context
    if (next === i + 1 && RE_YEAR.test(x.text) && value >= 1000 && value <= 2100 && this.yearLike(i, value)) {
      return { skip: SKIP, next: i + 1 };
    }
    // glued vulgar fraction: 2½
    const g = t[next];
    if (g && g.gap === '' && g.kind === 'sym' && VULGAR[g.text] !== undefined) {
      value += VULGAR[g.text];
      next++;
    }
    // simple fraction: 1/2, 3/4
    if (g && g.text === '/' && g.gap === '' && t[next + 1]?.kind === 'num' && t[next + 1].gap === '' && /^\d{1,2}$/.test(x.text) && /^\d{1,2}$/.test(t[next + 1].text)) {
      const d = Number(t[next + 1].text);
      if (d > 0) {
        value = value / d;
        next += 2;
      }
    }
    // zero decimals written with a dash: "3.000,-", "3000,– Euro", "Fr. 300.–" (not "10.–12. Mai")
    const zd = t[next];
    const dash = t[next + 1];
    if (
      zd && zd.gap === '' && (zd.text === ',' || zd.text === '.') && dash && dash.gap === '' && DASHES.has(dash.text) &&
      !(t[next + 2]?.kind === 'num' && t[next + 2].gap === '')
    ) {
      next += 2;
      if (t[next]?.text === '-' && t[next].gap === '') next++; // ",--"
    }
    // sign: "-5" (a minus with space or an opening bracket before it, touching the digits, not after a number)
    if (p && (p.text === '-' || p.text === '−') && x.gap === '' && t[i - 2]?.kind !== 'num') {
      if (i - 1 === 0 || p.gap !== '' || SIGN_OPENERS.has(t[i - 2]?.text ?? '')) return { value: -value, first: i - 1, next, scaled: false, digits: true, scale: 1 };
    }
    // "+1,1 Punkte", "(+3 %)": an explicit plus of a change
    if (p && p.text === '+' && x.gap === '' && this.plusSign(i)) return { value, first: i - 1, next, scaled: false, digits: true, scale: 1 };
    return { value, first: i, next, scaled: false, digits: true, scale: 1 };
  }

  /**
   * A magnitude letter glued to digits at token k: "100k Follower" (lower-case k, a thousand);
   * "3M", "50K" only next to a currency ("$3M", "3M Dollar") — else a name or code ("3M", "4K").
   */
  private magnitudeSuffix(k: number): number | undefined {
    const t = this.t;
    const x = t[k];
    if (!x || x.kind !== 'word' || x.gap !== '' || t[k - 1]?.kind !== 'num') return undefined;
    const after = t[k + 1];
    if (after && after.gap === '' && (after.kind === 'word' || after.kind === 'num')) return undefined;
    if (x.text === 'k') return 1e3;
    if (x.text !== 'K' && x.text !== 'M' && x.text !== 'Mrd' && x.text !== 'Mio') return undefined;
    const money = this.currencyBefore(k - 1) || (!!after && after.gap !== '' && (CURRENCY_SIGNS.has(after.text) || CURRENCY_CODES.has(after.text) || POINT_CURRENCIES.has(after.lo)));
    if (!money) return undefined;
    return x.text === 'K' ? 1e3 : x.text === 'M' ? 1e6 : SCALE_WORDS.get(x.lo);
  }

  /**
   * Token i is a house number: 1–4 digits right after a street name ("Clayallee 170", "Hauptstr. 5a"),
   * ending the phrase (a comma, full stop, bracket, "in", "und", the end). Returns the token after it
   * and after a following postcode (", 14191 Berlin"), else 0. "Der Rundweg 5 Kilometer" stays a count.
   */
  private houseNumberAt(i: number): number {
    const t = this.t;
    const x = t[i];
    if (!/^\d{1,4}$/.test(x.text) || x.gap === '') return 0;
    let p = t[i - 1];
    if (p?.text === '.' && p.gap === '' && t[i - 2]?.lo.endsWith('str')) p = t[i - 2];
    if (!p || p.kind !== 'word' || !isStreetName(p.text)) return 0;
    let k = i + 1;
    if (t[k]?.gap === '' && t[k].kind === 'word' && t[k].text.length === 1) k++; // "5a"
    const n = t[k];
    const ends = !n || n.gap.includes('\n') || (n.kind === 'sym' && n.text !== '%' && !CURRENCY_SIGNS.has(n.text)) || n.lo === 'in' || n.lo === 'und';
    if (!ends) return 0;
    // postcode after the comma: ", 14191 Berlin"
    if (n?.text === ',' && /^\d{5}$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.kind === 'word' && isUpper(t[k + 2].text)) return k + 2;
    return k;
  }

  /**
   * A plus glued to digits is a sign, not a phone number's country code, when the number has a
   * decimal comma ("+1,1") or a percent or point follows ("+3 %", "+12 Punkte"), and the plus
   * does not follow a number ("3+4").
   */
  private plusSign(i: number): boolean {
    const t = this.t;
    const p = t[i - 1];
    if (t[i - 2]?.kind === 'num' && p.gap === '') return false;
    if (/^\d+,\d+$/.test(t[i].text)) return true;
    const n = t[i + 1];
    return !!n && (n.text === '%' || PERCENT_WORDS.has(n.lo) || n.lo === 'punkte' || n.lo === 'punkt' || n.lo === 'punkten');
  }

  /**
   * The genitive numerals "zweier", "dreier" before a noun phrase: "die Kollision zweier Züge" → 2.
   * Lower case only ("der Zweier" is a noun), and a word must follow.
   */
  private genitiveNumeral(i: number): number | null {
    const x = this.t[i];
    const n = this.t[i + 1];
    if (!n || n.kind !== 'word' || n.gap === '') return null;
    return x.text === 'zweier' ? 2 : x.text === 'dreier' ? 3 : null;
  }

  /** Token k introduces a value, so a spaced dash after it is a sign: "bei - 1.200", "auf - 5", "(- 3)". */
  private signLead(k: number): boolean {
    const p = this.t[k];
    if (!p) return false;
    if (p.kind === 'sym') return p.text === '(' || p.text === '=';
    return p.kind === 'word' && SIGN_LEADS.has(p.text);
  }

  private skipChain(i: number): Skip {
    const t = this.t;
    let k = i + 1;
    while (t[k] && t[k].gap === '' && (t[k].kind === 'num' || t[k].text === '-' || t[k].text === '/' || t[k].text === ':' || t[k].text === '.')) k++;
    return { skip: SKIP, next: k };
  }

  /** A four-digit number between 1000 and 2100 that stands for a year here. */
  private yearLike(i: number, value: number): boolean {
    const t = this.t;
    const p = t[i - 1];
    if (p && p.kind === 'word' && YEAR_CUES.has(p.lo)) return true;
    if (p && p.text === '.' && t[i - 2]?.kind === 'num') return true; // "3. März 2024" written "3.3. 2024"
    if (value < 1900) return false;
    // followed by a noun (maybe after adjectives) or a percent sign: a count
    for (let k = i + 1; k < Math.min(t.length, i + 4); k++) {
      const n = t[k];
      if (n.kind === 'sym') return !(n.text === '%' || n.text === '€' || n.text === '$');
      if (n.kind === 'num') return true;
      if (isUpper(n.text)) return false;
      if (!/(?:e|en|er|es|em)$/.test(n.lo)) return true;
    }
    return true;
  }

  // ------------------------------------------------------------------ cardinals

  /** Reads a cardinal (digits or words, with fraction, Dutzend and scale) at i. */
  private cardinalAt(i: number, allowArticle = true): Card | Skip | null {
    const t = this.t;
    const x = t[i];
    if (!x || x.url) return null;
    // "minus 5 Grad", "minus zehn Grad" (not "10 minus 5")
    const before = t[i - 1];
    if (x.kind === 'word' && x.lo === 'minus' && t[i + 1] && before?.kind !== 'num' && !(before?.kind === 'word' && parseCardinalWord(before.text) != null)) {
      const c = this.cardinalAt(i + 1, false);
      if (!c || 'skip' in c) return c;
      return { ...c, value: -c.value, first: i };
    }
    let base: Card | null = null;
    let article = false;
    let wordy = false;
    if (x.kind === 'num') {
      const d = this.digitsAt(i);
      if (!d || 'skip' in d) return d;
      base = d;
    } else if (x.kind === 'sym' && (x.text === '-' || x.text === '−') && t[i + 1]?.kind === 'num' && t[i + 1].gap === '' && (x.gap !== '' || i === 0) && t[i - 1]?.kind !== 'num') {
      const d = this.digitsAt(i + 1);
      if (!d || 'skip' in d) return d;
      base = d;
    } else if (x.kind === 'sym' && (x.text === '-' || x.text === '−' || x.text === '–') && t[i + 1]?.kind === 'num' && t[i + 1].gap === ' ' && this.signLead(i - 1)) {
      // a detached sign after a word that introduces a value: "bei - 1.200 Euro", "(- 5)"
      const d = this.digitsAt(i + 1);
      if (!d || 'skip' in d) return d;
      base = { ...d, value: -d.value, first: i };
    } else if (x.kind === 'sym' && x.text === ',' && (x.gap !== '' || i === 0) && t[i + 1]?.kind === 'num' && t[i + 1].gap === '' && /^\d+$/.test(t[i + 1].text) && t[i - 1]?.kind !== 'num' && !(t[i + 2]?.gap === '' && t[i + 2]?.text === ',')) {
      // a decimal without its integer part: ",5 Prozent"
      base = { value: Number(`0.${t[i + 1].text}`), first: i, next: i + 2, scaled: false, digits: true, scale: 1 };
    } else if (x.kind === 'sym' && VULGAR[x.text] !== undefined) {
      base = { value: VULGAR[x.text], first: i, next: i + 1, scaled: false, digits: true, scale: 1 };
    } else if (x.kind === 'word') {
      if (ARTICLES.has(x.lo)) {
        if (!allowArticle) return null;
        article = true;
        base = { value: 1, first: i, next: i + 1, scaled: false, digits: false, scale: 1 };
      } else {
        const c = parseCardinalWord(x.text) ?? this.genitiveNumeral(i);
        const v = c ?? parseFractionWord(x.text);
        if (v == null) return null;
        // compound modifiers: "Drei-Tage-Woche", "Null-Toleranz"
        const n = t[i + 1];
        if (n && n.gap === '' && n.text === '-' && t[i + 2]?.kind === 'word' && t[i + 2].gap === '') return { skip: SKIP, next: i + 3 };
        if (c === 8 && (t[i - 1]?.lo === 'außer' || t[i - 1]?.lo === 'in' || t[i - 1]?.lo === 'acht')) return { skip: SKIP, next: i + 1 };
        base = { value: v, first: i, next: i + 1, scaled: false, digits: false, scale: 1 };
        wordy = true;
      }
    }
    if (!base) return null;
    let { value, next } = base;
    let consumedMore = false;

    // "zwei Komma drei", "zwei Komma fünfundzwanzig", "3 Komma 5"
    if ((wordy || (base.digits && /^\d+$/.test(x.text))) && t[next]?.lo === 'komma' && Number.isInteger(value)) {
      let digits = '';
      let k = next + 1;
      const afterDigits = t[k]?.kind === 'num' && /^\d+$/.test(t[k].text);
      if (afterDigits) digits = t[k++].text;
      while (!afterDigits && t[k] && t[k].kind === 'word') {
        const d = parseCardinalWord(t[k].text);
        if (d == null || !Number.isInteger(d)) break;
        digits += String(d);
        k++;
      }
      if (digits) {
        value = Number(`${value}.${digits}`);
        next = k;
        consumedMore = true;
      }
    }
    // halves: "ein halbes", "drei halbe", "eine halbe Million"
    const h = t[next];
    if (h && h.kind === 'word' && HALF.has(h.lo) && (article || wordy)) {
      value = article ? 0.5 : value * 0.5;
      next++;
      consumedMore = true;
    } else if (h && h.kind === 'word' && (article || wordy || base.digits) && !consumedMore) {
      // "zwei Drittel", "ein Viertel"
      const d = parseDenominator(h.text);
      if (d != null && d > 1) {
        value = value / d;
        next++;
        consumedMore = true;
      } else if (h.lo === 'und' && (wordy || base.digits) && t[next + 1]?.kind === 'word' && t[next + 2]?.kind === 'word') {
        // "fünf und drei Viertel Milliarde"
        const num = t[next + 1].lo === 'ein' || t[next + 1].lo === 'eine' ? 1 : parseCardinalWord(t[next + 1].text);
        const den = parseDenominator(t[next + 2].text);
        if (num != null && den != null && den > 1) {
          value = value + num / den;
          next += 3;
          consumedMore = true;
        }
      }
    }
    // Dutzend
    if (t[next]?.lo === 'dutzend') {
      value *= 12;
      next++;
      consumedMore = true;
    }
    // scale word
    let scaled = false;
    let scale = 1;
    const s = t[next];
    if (s && s.kind === 'word') {
      const sv = SCALE_WORDS.get(s.lo) ?? (base.digits && next === base.next ? this.magnitudeSuffix(next) : undefined);
      if (sv !== undefined) {
        value *= sv;
        scale = sv;
        next++;
        scaled = true;
        if (SCALE_ABBREVIATIONS.has(s.lo) && t[next]?.text === '.' && t[next].gap === '') next++;
        // "zwei Millionen eintausendeinhundertfünfzig"
        if (sv >= 1e6 && (wordy || article)) {
          const rest = this.cardinalAt(next, false);
          if (rest && !('skip' in rest) && !rest.digits && rest.value < sv && Number.isInteger(rest.value)) {
            value += rest.value;
            next = rest.next;
          }
        }
      }
    }
    if (article && !consumedMore && !scaled) return null; // a lone "ein"
    // a bare capitalised "Tausend" or "Hundert" after a name is a surname ("Claudia Tausend")
    if (wordy && !scaled && !consumedMore && (value === 100 || value === 1000) && isUpper(x.text) && i > 0) {
      const p = t[i - 1];
      const n = t[next];
      if (
        p.kind === 'word' && isUpper(p.text) && !DETERMINERS.has(p.lo) && !QUALIFIER_WORDS.has(p.lo) &&
        (!this.isSentenceStart(i - 1) || (n && n.kind === 'word' && !isUpper(n.text)))
      ) return { skip: SKIP, next: i + 1 };
    }
    return { value, first: base.first, next, scaled, digits: base.digits, scale };
  }

  // ------------------------------------------------------------------ emit

  private span(first: number, next: number): { start: number; end: number; text: string } {
    const start = this.t[first].start;
    const end = this.t[next - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Percent suffix after token `next - 1`: returns the new `next` or -1. */
  private percentAfter(next: number): number {
    const p = this.t[next];
    if (!p) return -1;
    if (p.text === '%' && p.gap.length <= 1) return next + 1;
    if (p.kind === 'word' && PERCENT_WORDS.has(p.lo)) return next + 1;
    return -1;
  }

  private emitCard(c: Card): number {
    let next = c.next;
    const pn = this.percentAfter(next);
    let type: NumberType = 'number';
    if (pn > 0) {
      type = 'percent';
      next = pn;
    }
    this.out.push({ ...this.span(c.first, next), value: c.value, type, digits: c.digits, numberStart: this.t[c.first].start, numberEnd: this.t[c.next - 1].end });
    return next;
  }

  private emitRange(first: number, next: number, lo: Card | null, hi: Card | null, range: NumberRange, qualifier?: { first: number; next: number; bound: QualifierBound }): number {
    const pn = this.percentAfter(next);
    if (pn > 0) next = pn;
    const a = lo ?? hi!;
    const b = hi ?? lo!;
    const m: NumberMatch = {
      ...this.span(first, next),
      value: (range.min ?? range.max) as number,
      type: 'range',
      range,
      numberStart: this.t[a.first].start,
      numberEnd: this.t[b.next - 1].end,
      digits: a.digits,
    };
    if (pn > 0) m.percent = true;
    if (qualifier) m.qualifier = { ...this.span(qualifier.first, qualifier.next), bound: qualifier.bound };
    this.out.push(m);
    return next;
  }

  /** A one-sided qualifier at i: returns its bound and the first token after it. */
  private qualifierAt(i: number): { bound: QualifierBound; next: number } | null {
    const t = this.t;
    const x = t[i];
    if (!x || x.kind !== 'word') return null;
    const n = t[i + 1];
    switch (x.lo) {
      // "mindestens aber 350 Euro": a particle may stand between qualifier and number
      case 'mindestens': case 'wenigstens': case 'minimum': return { bound: 'gte', next: PARTICLES.has(n?.lo ?? '') ? i + 2 : i + 1 };
      case 'höchstens': case 'maximal': case 'maximum': return { bound: 'lte', next: PARTICLES.has(n?.lo ?? '') ? i + 2 : i + 1 };
      case 'max':
        return n?.text === '.' && n.gap === '' ? { bound: 'lte', next: i + 2 } : null;
      case 'unter': case 'unterhalb': return { bound: 'lt', next: i + 1 };
      // "Menschen ab 75 Jahren", "ab 100 Euro": from that figure on
      case 'ab': return { bound: 'gte', next: i + 1 };
      case 'über': case 'oberhalb': return { bound: 'gt', next: i + 1 };
      case 'weniger': return n?.lo === 'als' ? { bound: 'lt', next: i + 2 } : null;
      case 'mehr': return n?.lo === 'als' ? { bound: 'gt', next: i + 2 } : null;
      case 'bis': return n?.lo === 'zu' ? { bound: 'lte', next: i + 2 } : null;
      case 'nicht':
        if (n?.lo === 'mehr' && t[i + 2]?.lo === 'als') return { bound: 'lte', next: i + 3 };
        if (n?.lo === 'weniger' && t[i + 2]?.lo === 'als') return { bound: 'gte', next: i + 3 };
        // "nicht größer als 20 Hektar" → ≤ 20; "nicht jünger als 18 Jahre" → ≥ 18
        if (t[i + 2]?.lo === 'als' && COMPARATIVES.has(n?.lo ?? '')) return { bound: COMPARATIVES.get(n!.lo) === 'gt' ? 'lte' : 'gte', next: i + 3 };
        if (n?.lo === 'über') return { bound: 'lte', next: i + 2 };
        if (n?.lo === 'unter') return { bound: 'gte', next: i + 2 };
        return null;
      default:
        // "kleiner als 20 Hektar" → < 20; "älter als 65 Jahre" → > 65
        return n?.lo === 'als' && COMPARATIVES.has(x.lo) ? { bound: COMPARATIVES.get(x.lo)!, next: i + 2 } : null;
    }
  }

  /**
   * The numeral "ein/eine/einen …" after a qualifier that counts ("mindestens ein Mensch", "mehr als
   * eine Woche"): only before a word that can start a noun phrase, never before a determiner
   * ("mindestens einer der Spieler"); after "über"/"unter" only before a time unit ("über ein Jahr"),
   * never before other nouns ("über eine Brücke", "unter einem Dach"), never after "bis zu".
   */
  private articleNumeralAt(i: number, qualifier: string): Card | null {
    const t = this.t;
    const x = t[i];
    if (!x || x.kind !== 'word' || !ARTICLES.has(x.lo) || x.lo === 'eines') return null;
    const n = t[i + 1];
    // "über ein Jahr", "unter einer Stunde": only before a time unit ("über eine Brücke" is a place)
    if ((qualifier === 'über' || qualifier === 'unter') && n && n.gap !== '' && TIME_UNIT_WORDS.has(n.lo)) {
      return { value: 1, first: i, next: i + 1, scaled: false, digits: false, scale: 1, article: true };
    }
    if (!ARTICLE_QUALIFIERS.has(qualifier)) return null;
    if (!n || n.kind !== 'word' || n.gap === '' || DETERMINERS.has(n.lo) || ARTICLES.has(n.lo) || n.lo === 'von') return null;
    return { value: 1, first: i, next: i + 1, scaled: false, digits: false, scale: 1, article: true };
  }

  /** A currency sign or code stands right before token i ("CHF 1.50", "Fr. 4.50", "$ 9.99"). */
  private currencyBefore(i: number): boolean {
    const t = this.t;
    const p = t[i - 1];
    if (!p) return false;
    if (p.kind === 'sym' && CURRENCY_SIGNS.has(p.text)) return true;
    if (p.kind === 'word' && CURRENCY_CODES.has(p.text)) return true;
    return p.text === '.' && p.gap === '' && (t[i - 2]?.text === 'Fr' || t[i - 2]?.text === 'sFr' || t[i - 2]?.text === 'SFr');
  }

  /** A currency sign or code before a number ("mehr als CHF 2 Mio.", "bis zu € 500"): the token after it, else i. */
  private currencyAt(i: number): number {
    const t = this.t;
    const x = t[i];
    if (!x) return i;
    let k = i;
    if (x.kind === 'sym' && CURRENCY_SIGNS.has(x.text)) k = i + 1;
    else if (x.kind === 'word' && CURRENCY_CODES.has(x.text)) k = i + 1;
    else if (x.kind === 'word' && (x.text === 'Fr' || x.text === 'sFr' || x.text === 'SFr') && t[i + 1]?.text === '.' && t[i + 1].gap === '') k = i + 2;
    else if (x.text === 'US' && t[i + 1]?.text === '$' && t[i + 1].gap === '') k = i + 2;
    return k > i && t[k]?.kind === 'num' ? k : i;
  }

  /** Upper end of "X bis Y" / "X-Y" at `next` (token after X). */
  private upperAt(lo: Card): { hi: Card; next: number } | null {
    const t = this.t;
    const b = t[lo.next];
    if (!b) return null;
    let k: number;
    if (b.kind === 'word' && b.lo === 'bis' && t[lo.next + 1]?.lo !== 'zu') k = lo.next + 1;
    else if (b.kind === 'sym' && (b.text === '-' || b.text === '–') && lo.digits && t[lo.next + 1]?.kind === 'num') k = lo.next + 1;
    else return null;
    const hi = this.cardinalAt(k, false);
    if (!hi || 'skip' in hi) return null;
    return { hi, next: hi.next };
  }

  /** "100 bis 300 Milliarden": the scale of the upper end applies to the lower end too. */
  private spread(lo: Card, hi: Card): number {
    if (!lo.scaled && hi.scaled && lo.value * hi.scale <= hi.value) return lo.value * hi.scale;
    return lo.value;
  }

  private ordinalDigits(i: number): boolean {
    const t = this.t;
    const x = t[i];
    const dot = t[i + 1];
    if (!dot || dot.text !== '.' || dot.gap !== '' || !/^\d{1,4}$/.test(x.text)) return false;
    if (x.gap === '' && t[i - 1]?.kind === 'word') return false;
    const n = t[i + 2];
    const p = t[i - 1];
    if (p && p.kind === 'word' && DETERMINERS.has(p.lo)) return true;
    if (!n) return false;
    if (n.kind === 'num') return true; // "18. 12." or "8. 13."
    if (n.kind === 'word') {
      if (MONTH_WORDS.has(n.lo)) return true;
      if (!isUpper(n.text)) return true; // "8. bis 13.", "die 3. größte"
    }
    return false;
  }

  run(): NumberMatch[] {
    const t = this.t;
    let i = 0;
    while (i < t.length) {
      const x = t[i];
      if (x.url) { i++; continue; }
      // ---- ranges with a lead word
      if (x.kind === 'word') {
        if (x.lo === 'zwischen' || x.lo === 'von') {
          const a = this.cardinalAt(i + 1);
          if (a && !('skip' in a)) {
            const sep = t[a.next];
            if (sep && ((x.lo === 'zwischen' && sep.lo === 'und') || (x.lo === 'von' && sep.lo === 'bis'))) {
              const b = this.cardinalAt(a.next + 1);
              if (b && !('skip' in b)) {
                const av = this.spread(a, b);
                const lo = Math.min(av, b.value);
                const hi = Math.max(av, b.value);
                if (x.lo === 'zwischen' || av < b.value) {
                  i = this.emitRange(i, b.next, a, b, { min: lo, max: hi, minInclusive: true, maxInclusive: true });
                  continue;
                }
              }
            }
          }
        }
        const q = this.qualifierAt(i);
        if (q) {
          const cur = this.currencyAt(q.next);
          const c = cur > q.next ? this.cardinalAt(cur) : this.cardinalAt(q.next) ?? this.articleNumeralAt(q.next, t[q.next - 1].lo);
          if (c && !('skip' in c)) {
            const v = c.value;
            const range: NumberRange =
              q.bound === 'gte' ? { min: v, max: null, minInclusive: true, maxInclusive: false }
              : q.bound === 'gt' ? { min: v, max: null, minInclusive: false, maxInclusive: false }
              : q.bound === 'lte' ? { min: null, max: v, minInclusive: false, maxInclusive: true }
              : { min: null, max: v, minInclusive: false, maxInclusive: false };
            i = this.emitRange(i, c.next, c, null, range, { first: i, next: q.next, bound: q.bound });
            if (c.article) this.out[this.out.length - 1].article = true;
            continue;
          }
        }
        // "mehrere Hundert", "einige Tausend", "ein paar Millionen": a vague count of that order
        if (VAGUE_LEADS.has(x.lo) && (x.lo !== 'paar' || t[i - 1]?.lo === 'ein')) {
          const c = this.cardinalAt(i + 1, false);
          if (c && !('skip' in c) && !c.digits) {
            const upper = VAGUE_ORDERS.get(c.value);
            if (upper !== undefined) {
              const first = x.lo === 'paar' ? i - 1 : i;
              this.out.push({
                ...this.span(first, c.next), value: c.value, type: 'number', vague: true,
                range: { min: c.value, max: upper, minInclusive: true, maxInclusive: false },
                numberStart: this.t[first].start, numberEnd: this.t[c.next - 1].end,
              });
              i = c.next;
              continue;
            }
          }
        }
        // "zu dritt", "zu viert"
        if (x.lo !== 'zu' && t[i - 1]?.lo === 'zu' && x.lo.endsWith('t') && !ARTICLES.has(x.lo)) {
          const v = parseOrdinalStem(foldWord(x.text));
          if (v != null && x.lo !== 'acht') {
            this.out.push({ ...this.span(i, i + 1), value: v, type: 'ordinal' });
            i++;
            continue;
          }
        }
        if (x.lo === 'zuerst') {
          this.out.push({ ...this.span(i, i + 1), value: 1, type: 'ordinal' });
          i++;
          continue;
        }
        if (!NUMBER_WORD_START.test(x.lo)) { i++; continue; }
        // vague plurals: "Tausende", "Dutzende", "Millionen" without a number before them
        const vp = parseVaguePlural(x.text);
        if (vp) {
          this.out.push({
            ...this.span(i, i + 1), value: vp.value, type: 'number', vague: true,
            range: { min: vp.value, max: vp.upper, minInclusive: true, maxInclusive: false },
            numberStart: x.start, numberEnd: x.end,
          });
          i++;
          continue;
        }
        // ordinal words
        const last = x.lo.charCodeAt(x.lo.length - 1);
        if ((last === 101 || last === 114 || last === 110 || last === 109 || last === 115) && x.lo.length > 4) {
          const ov = parseOrdinalWord(x.text);
          if (ov != null && this.ordinalWordOk(i, ov) && t[i - 1]?.lo !== 'fürs') {
            this.out.push({ ...this.span(i, i + 1), value: ov, type: 'ordinal' });
            i++;
            continue;
          }
        }
      }
      // ---- digit ordinals: "3.", "am 8. Oktober"
      if (x.kind === 'num' && this.ordinalDigits(i)) {
        this.out.push({ ...this.span(i, i + 2), value: Number(x.text), type: 'ordinal' });
        i += 2;
        continue;
      }
      // ---- cardinals, and ranges starting with one
      const c = this.cardinalAt(i);
      if (!c) { i++; continue; }
      if ('skip' in c) { i = Math.max(c.next, i + 1); continue; }
      // "einhundert Milliardste"
      const o = t[c.next];
      if (o && o.kind === 'word' && !c.scaled) {
        const ov = parseOrdinalWord(o.text);
        if (ov != null && ov >= 1000 && Number.isInteger(Math.log10(ov))) {
          this.out.push({ ...this.span(c.first, c.next + 1), value: c.value * ov, type: 'ordinal' });
          i = c.next + 1;
          continue;
        }
      }
      const up = this.upperAt(c);
      if (up) {
        const lo = this.spread(c, up.hi);
        if (lo < up.hi.value) {
          i = this.emitRange(c.first, up.next, c, up.hi, { min: lo, max: up.hi.value, minInclusive: true, maxInclusive: true });
          continue;
        }
      }
      // "2-1" (a score, a code): digits joined by a hyphen that form no range
      const hy = t[c.next];
      if (c.digits && hy && hy.text === '-' && hy.gap === '' && t[c.next + 1]?.kind === 'num' && t[c.next + 1].gap === '') {
        i = c.next + 2;
        continue;
      }
      // "20 oder mehr", "20 und mehr"
      const om = t[c.next];
      if (om && (om.lo === 'oder' || om.lo === 'und') && t[c.next + 1]?.lo === 'mehr' && t[c.next + 2]?.lo !== 'als') {
        i = this.emitRange(c.first, c.next + 2, c, null, { min: c.value, max: null, minInclusive: true, maxInclusive: false });
        continue;
      }
      i = this.emitCard(c);
    }
    return this.out;
  }

  /** "achten" is also a verb ("Wir achten darauf"): only an ordinal after a determiner or before a noun. */
  private ordinalWordOk(i: number, v: number): boolean {
    const x = this.t[i];
    if (v === 8 && x.lo.startsWith('acht')) {
      const p = this.t[i - 1];
      const n = this.t[i + 1];
      return (!!p && p.kind === 'word' && DETERMINERS.has(p.lo)) || (!!n && n.kind === 'word' && isUpper(n.text) && !isUpper(x.text));
    }
    return true;
  }
}

/** All numbers in `text`, sorted by start offset. */
export function findNumbers(text: string): NumberMatch[] {
  if (!text) return [];
  return new Parser(text).run();
}

export { parseCardinalWord, parseOrdinalWord, parseFractionWord, parseDenominator, parseVaguePlural } from './words.js';
