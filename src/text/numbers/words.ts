/**
 * German number words written as one word: cardinals of any size below a million
 * ("zweihundertdreiundvierzig", "fünfzehntausend"), ordinals ("einhunderteinunddreißigste"),
 * fraction words ("Drittel", "dreiviertel", "zweieinhalb", "anderthalb").
 *
 * Words are folded first (lower case, ue → ü, oe → ö, ss → ß) so that ASCII spellings
 * ("fuenf", "zwoelf", "dreissig") parse too. A word is split into morphemes longest-first and
 * checked against a small state machine, so garbage such as "zweidrei" is rejected.
 */
import { Generations, MEMO_ENTRIES } from '../../lexicon/generations.js';

type MorphKind = 'unit' | 'teen' | 'ten' | 'hundert' | 'tausend' | 'und';

interface Morph {
  text: string;
  kind: MorphKind;
  value: number;
}

const MORPHS: Morph[] = [
  ['null', 'unit', 0], ['eins', 'unit', 1], ['ein', 'unit', 1], ['zwei', 'unit', 2], ['zwo', 'unit', 2],
  ['drei', 'unit', 3], ['vier', 'unit', 4], ['fünf', 'unit', 5], ['sechs', 'unit', 6], ['sieben', 'unit', 7],
  ['acht', 'unit', 8], ['neun', 'unit', 9],
  ['zehn', 'teen', 10], ['elf', 'teen', 11], ['zwölf', 'teen', 12], ['dreizehn', 'teen', 13], ['vierzehn', 'teen', 14],
  ['fünfzehn', 'teen', 15], ['sechzehn', 'teen', 16], ['siebzehn', 'teen', 17], ['achtzehn', 'teen', 18],
  ['neunzehn', 'teen', 19],
  ['zwanzig', 'ten', 20], ['dreißig', 'ten', 30], ['vierzig', 'ten', 40], ['fünfzig', 'ten', 50], ['sechzig', 'ten', 60],
  ['siebzig', 'ten', 70], ['achtzig', 'ten', 80], ['neunzig', 'ten', 90],
  ['hundert', 'hundert', 100], ['tausend', 'tausend', 1000], ['und', 'und', 0],
].map(([text, kind, value]) => ({ text: text as string, kind: kind as MorphKind, value: value as number }));

/** Morphemes by first letter, longest first (so "dreizehn" wins over "drei"). */
const BY_FIRST = new Map<string, Morph[]>();
for (const m of MORPHS) {
  const list = BY_FIRST.get(m.text[0]) ?? [];
  list.push(m);
  BY_FIRST.set(m.text[0], list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.text.length - a.text.length);

/** Letters a number word can start with: a cheap pre-filter before any parsing. */
const FIRST_LETTERS = new Set('nezdvfsahtmbuk'.split(''));

export function foldWord(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('ue')) s = s.replace(/ue/g, 'ü');
  if (s.includes('oe')) s = s.replace(/oe/g, 'ö');
  if (s.includes('ss')) s = s.replace(/ss/g, 'ß');
  return s;
}

function split(s: string): Morph[] | null {
  const out: Morph[] = [];
  let i = 0;
  outer: while (i < s.length) {
    const list = BY_FIRST.get(s[i]);
    if (!list) return null;
    for (const m of list) {
      if (s.startsWith(m.text, i)) {
        out.push(m);
        i += m.text.length;
        continue outer;
      }
    }
    return null;
  }
  return out;
}

/** Value of a sequence of morphemes, or null when the sequence is no well-formed cardinal. */
function evaluate(ms: Morph[]): number | null {
  if (!ms.length) return null;
  if (ms.length === 1 && ms[0].text === 'ein') return null; // the article, not a number word
  let total = 0;
  let group = 0;
  let prev: Morph | null = null;
  let sawHundert = false;
  let sawTausend = false;
  /** The last "und" joined a scale word and the rest ("tausend|und|zwölf"), not unit and ten. */
  let undAfterScale = false;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const last = k === ms.length - 1;
    switch (m.kind) {
      case 'unit':
        if (m.value === 0 && ms.length > 1) return null;
        if (prev && (prev.kind === 'unit' || prev.kind === 'teen' || prev.kind === 'ten' || (prev.kind === 'und' && !undAfterScale))) return null;
        // "eins" only at the end (tolerated before "tausend": "hunderteinstausend" is a common misspelling)
        if (m.text === 'eins' && !last && ms[k + 1].kind !== 'tausend') return null;
        if (m.text === 'ein' && last) return null;
        group += m.value;
        break;
      case 'teen':
        if (prev && prev.kind !== 'hundert' && prev.kind !== 'tausend' && !(prev.kind === 'und' && undAfterScale)) return null;
        group += m.value;
        break;
      case 'ten':
        if (prev && prev.kind !== 'hundert' && prev.kind !== 'tausend' && prev.kind !== 'und') return null;
        group += m.value;
        break;
      case 'und':
        if (!prev || last) return null;
        // "tausendundzwölf", "hundertundeins": "und" after a scale word before the rest
        if (prev.kind === 'hundert' || prev.kind === 'tausend') {
          const n = ms[k + 1].kind;
          if (n !== 'unit' && n !== 'teen' && n !== 'ten') return null;
          undAfterScale = true;
          break;
        }
        if (prev.kind !== 'unit' || ms[k + 1].kind !== 'ten') return null;
        undAfterScale = false;
        break;
      case 'hundert':
        if (sawHundert || (prev && prev.kind !== 'unit' && prev.kind !== 'teen' && prev.kind !== 'tausend')) return null;
        if (prev && prev.kind === 'teen' && sawTausend) return null;
        group = prev && prev.kind !== 'tausend' ? group * 100 : 100;
        sawHundert = true;
        break;
      case 'tausend':
        if (sawTausend || (prev && prev.kind === 'und')) return null;
        total += (group || 1) * 1000;
        group = 0;
        sawTausend = true;
        sawHundert = false;
        break;
    }
    prev = m;
  }
  return total + group;
}

const CARDINAL_CACHE = new Generations<number | null>(MEMO_ENTRIES);

/** "zweihundertdreiundvierzig" → 243; "eins" → 1; "ein" → null; anything else → null. */
export function parseCardinalWord(word: string): number | null {
  const s = foldWord(word);
  if (!FIRST_LETTERS.has(s[0])) return null;
  return CARDINAL_CACHE.memo(s, (own) => {
    const ms = split(own);
    return ms ? evaluate(ms) : null;
  });
}

const SCALE_STEMS: [string, number][] = [
  ['hundert', 100], ['tausend', 1000], ['million', 1e6], ['milliard', 1e9], ['billion', 1e12], ['billiard', 1e15],
];

/**
 * Cardinal stem of an ordinal without its ending: "dritt" → 3, "zwanzigst" → 20,
 * "einhunderteinunddreißigst" → 131, "millionst" → 1e6, "hundertzweit" → 102.
 */
export function parseOrdinalStem(stem: string): number | null {
  // 20 and above, and the scale words: -st
  if (stem.endsWith('st')) {
    const core = stem.slice(0, -2);
    for (const [scale, v] of SCALE_STEMS) {
      if (core.endsWith(scale) && scale !== 'hundert' && scale !== 'tausend') {
        const head = core.slice(0, -scale.length);
        if (!head) return v;
        const n = parseCardinalWord(head.endsWith('e') ? head.slice(0, -1) : head);
        return n == null ? null : n * v;
      }
    }
    const n = parseCardinalWord(core);
    if (n != null && (n >= 20 || core.endsWith('hundert') || core.endsWith('tausend'))) {
      const ms = split(core);
      const last = ms?.[ms.length - 1];
      if (last && (last.kind === 'ten' || last.kind === 'hundert' || last.kind === 'tausend')) return n;
    }
  }
  // 1 to 19 (also as the last part of a compound): -t, with the irregular ones
  if (stem.endsWith('t')) {
    let core = stem.slice(0, -1);
    let special: number | null = null;
    if (core.endsWith('drit')) { core = core.slice(0, -4); special = 3; }
    else if (core.endsWith('ers')) { core = core.slice(0, -3); special = 1; }
    else if (core.endsWith('sieb') && !core.endsWith('siebzehn')) { core = core.slice(0, -4); special = 7; }
    else if (stem.endsWith('acht')) { core = stem.slice(0, -4); special = 8; }
    if (special != null) {
      if (!core) return special;
      const ms = split(core);
      if (!ms) return null;
      const last = ms[ms.length - 1];
      if (last.kind !== 'hundert' && last.kind !== 'tausend') return null;
      const head = evaluate(ms);
      return head == null ? null : head + special;
    }
    const ms = split(core);
    if (!ms) return null;
    const last = ms[ms.length - 1];
    if (last.kind !== 'unit' && last.kind !== 'teen') return null;
    if (last.text === 'ein' || last.text === 'eins' || last.value === 0) return null; // "erst", not "einst"
    if (last.text === 'sieben' && ms.length === 1) return 7; // siebente
    return evaluate(ms);
  }
  return null;
}

const ORDINAL_ENDINGS = ['e', 'er', 'en', 'em', 'es'];

/** "dritte" → 3, "einhunderteinunddreißigste" → 131, "Milliardsten" → 1e9, "Hunderte" → null. */
export function parseOrdinalWord(word: string): number | null {
  const s = foldWord(word);
  for (const end of ORDINAL_ENDINGS) {
    if (s.length > end.length + 2 && s.endsWith(end)) {
      const v = parseOrdinalStem(s.slice(0, -end.length));
      if (v != null) return v;
    }
  }
  return null;
}

/** Fraction nouns: "Drittel" → 3, "Viertel" → 4, "Hundertstel" → 100; "Hälfte" is not one. */
export function parseDenominator(word: string): number | null {
  const s = foldWord(word);
  if (!s.endsWith('tel') || s.length < 6) return null;
  const stem = s.slice(0, -2); // "drittel" → "dritt"
  return parseOrdinalStem(stem);
}

/**
 * One-word fractions and mixed numbers: "anderthalb" 1.5, "eineinhalb"/"einundhalb" 1.5,
 * "dreieinhalb" 3.5, "dreiviertel" 0.75, "zweidrittel" 0.667.
 */
export function parseFractionWord(word: string): number | null {
  const s = foldWord(word);
  if (s === 'anderthalb') return 1.5;
  if (s === 'einundhalb' || s === 'eineinhalb') return 1.5;
  if (s.endsWith('einhalb') && s.length > 7) {
    const n = parseCardinalWord(s.slice(0, -7));
    return n == null ? null : n + 0.5;
  }
  if (s.endsWith('tel')) {
    for (const den of ['drittel', 'viertel', 'fünftel', 'sechstel', 'siebtel', 'achtel', 'neuntel', 'zehntel']) {
      if (s.endsWith(den) && s.length > den.length) {
        const n = parseCardinalWord(s.slice(0, -den.length));
        const d = parseDenominator(den);
        return n == null || d == null ? null : n / d;
      }
    }
  }
  return null;
}

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['tausend', 1e3], ['tsd', 1e3],
  ['million', 1e6], ['millionen', 1e6], ['mio', 1e6],
  ['milliarde', 1e9], ['milliarden', 1e9], ['mrd', 1e9],
  ['billion', 1e12], ['billionen', 1e12], ['bio', 1e12],
  ['billiarde', 1e15], ['billiarden', 1e15],
]);

/** Abbreviated scale words take their dot with them: "Mio." */
export const SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(['tsd', 'mio', 'mrd', 'bio']);

/**
 * Vague plurals: "Dutzende", "Hunderte", "Tausende", "Zehntausende", "Hunderttausende",
 * "Millionen", "Milliarden" (when no number stands before them). Value = lower bound,
 * `upper` = the next order of magnitude (exclusive).
 */
export function parseVaguePlural(word: string): { value: number; upper: number } | null {
  const s = foldWord(word);
  switch (s) {
    case 'dutzende': case 'dutzenden': return { value: 12, upper: 100 };
    case 'hunderte': case 'hunderten': return { value: 100, upper: 1000 };
    case 'tausende': case 'tausenden': return { value: 1000, upper: 10000 };
    case 'zehntausende': case 'zehntausenden': return { value: 10000, upper: 100000 };
    case 'hunderttausende': case 'hunderttausenden': return { value: 100000, upper: 1000000 };
    case 'millionen': return { value: 1e6, upper: 1e9 };
    case 'milliarden': return { value: 1e9, upper: 1e12 };
    default: return null;
  }
}
