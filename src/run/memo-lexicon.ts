/**
 * A memoising view of a `Lexicon` for the extraction pipeline. Rules ask the same questions about
 * the same word forms many times per article ("isCommonWord('Regierung')" from several rules and
 * for every clause that holds it), and each answer costs binary searches in the compiled tables,
 * case variants and compound splitting. Every word-form method of the lexicon is a pure function
 * of its arguments (the lexicon's data never changes once loaded), so answers are kept per method
 * in a bounded map with generational eviction (`Generations` of the text layer's token-class
 * index: frequent words stay, memory stays flat over long runs, nothing is cleared wholesale).
 *
 * Arrays and objects are handed out as fresh copies, so a caller that changes one cannot change
 * a later answer.
 */
import type { Lexicon, UnitInfo } from '../lexicon/index.js';
import { Generations, MEMO_ENTRIES } from '../lexicon/generations.js';

/** Entries per method and generation (at most twice as many are held). */
const GENERATION = MEMO_ENTRIES;

/** `undefined` answers are kept as this marker (a Generations map returns undefined for a miss). */
const UNDEFINED = Symbol('undefined');

function memo<T>(fn: (s: string) => T): (s: string) => T {
  const m = new Generations<T | typeof UNDEFINED>(GENERATION);
  return (s: string): T => {
    const r = m.memo(s, (own) => {
      const v = fn(own);
      return v === undefined ? UNDEFINED : v;
    });
    return (r === UNDEFINED ? undefined : r) as T;
  };
}

const views = new WeakMap<Lexicon, Lexicon>();

/** The memoising view of `lex` (one per lexicon, so rules that key caches on it still share them). */
export function memoLexicon(lex: Lexicon): Lexicon {
  let view = views.get(lex);
  if (view) return view;
  const nounLemmas = memo((s) => lex.nounLemmas(s));
  const verbLemmas = memo((s) => lex.verbLemmas(s));
  const unit = memo((s) => lex.unit(s));
  const particle = memo((key) => {
    const cut = key.indexOf('\u0000');
    return lex.particleVerbLemma(key.slice(0, cut), key.slice(cut + 1));
  });
  const copyUnit = (u: UnitInfo | null): UnitInfo | null => (u ? { ...u } : null);
  view = {
    ...lex,
    nounLemma: memo((s) => lex.nounLemma(s)),
    verbLemma: memo((s) => lex.verbLemma(s)),
    adjectiveLemma: memo((s) => lex.adjectiveLemma(s)),
    isNoun: memo((s) => lex.isNoun(s)),
    isVerb: memo((s) => lex.isVerb(s)),
    isAdjective: memo((s) => lex.isAdjective(s)),
    isCommonWord: memo((s) => lex.isCommonWord(s)),
    nounLemmas: (s) => nounLemmas(s).slice(),
    verbLemmas: (s) => verbLemmas(s).slice(),
    particleVerbLemma: (form, p) => particle(form + '\u0000' + p),
    compoundHead: memo((s) => lex.compoundHead(s)),
    isFunctionWord: memo((s) => lex.isFunctionWord(s)),
    unit: (s) => copyUnit(unit(s)),
    unitClass: memo((s) => lex.unitClass(s)),
    demonym: memo((s) => lex.demonym(s)),
    firstName: memo((s) => lex.firstName(s)),
    surname: memo((s) => lex.surname(s)),
  };
  views.set(lex, view);
  views.set(view, view);
  return view;
}
