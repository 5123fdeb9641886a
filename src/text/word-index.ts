/**
 * The token-class index: for each distinct word form, the lexicon facts rules ask about (is it a
 * place, a role noun, a common word, an organisation head, …), each computed once and kept in a
 * slot of the form's entry. A rule asks `wordFact(lex, FACT, form)`: one Map look-up and a slot
 * read, whatever the fact costs to compute the first time.
 *
 * Memory is bounded without ever being cleared wholesale: entries live in two generations; a
 * look-up that hits the older one promotes the entry, and when the young generation is full it
 * becomes the old one (the previous old generation — words not asked about for a whole generation —
 * is dropped). Frequent words stay; an archive with ever-new vocabulary holds at most
 * 2 × CAPACITY entries.
 *
 * Facts are pure functions of the lexicon and the form, so an index belongs to one lexicon.
 */
import { Generations, ownString } from '../lexicon/generations.js';
import type { Lexicon } from '../lexicon/index.js';

export { Generations };

/** A fact about a word form: its slot in the entry and how to compute it. */
export interface WordFact<T> {
  readonly slot: number;
  readonly name: string;
  readonly compute: (lex: Lexicon, form: string) => T;
}

const facts: WordFact<unknown>[] = [];

/** Declares a fact (at module level: one slot per fact for the life of the process). */
export function defineFact<T>(name: string, compute: (lex: Lexicon, form: string) => T): WordFact<T> {
  const f: WordFact<T> = { slot: facts.length, name, compute };
  facts.push(f as WordFact<unknown>);
  return f;
}

const NOT_YET: unique symbol = Symbol('not computed');

/** One word form's entry: its facts by slot (NOT_YET until asked). */
export type Entry = unknown[];

/**
 * A word of a document that keeps its entry (src/text/words.ts `Unit`): asking a fact of it
 * reads the slot without a look-up once the entry is attached.
 */
export interface WordWithFacts {
  readonly text: string;
  facts: Entry | null;
  factIndex: WordIndex | null;
}

/** Entries per generation (the index holds at most twice as many). */
export const WORD_INDEX_CAPACITY = 32_768;

export class WordIndex {
  private readonly entries = new Generations<Entry>(WORD_INDEX_CAPACITY);
  /** The last form asked about: rules ask several facts of one word in a row. */
  private lastForm = '';
  private lastEntry: Entry | null = null;
  constructor(readonly lexicon: Lexicon) {}

  /** The entry of `form`, created (all facts NOT_YET) on first sight. */
  entry(form: string): Entry {
    if (form === this.lastForm && this.lastEntry) return this.lastEntry;
    const e = this.entries.memo(form, () => new Array(facts.length).fill(NOT_YET));
    this.lastForm = form;
    this.lastEntry = e;
    return e;
  }

  fact<T>(f: WordFact<T>, form: string, e: Entry = this.entry(form)): T {
    // a fact declared after the entry was made (a module loaded later)
    while (e.length <= f.slot) e.push(NOT_YET);
    let v = e[f.slot];
    if (v === NOT_YET) {
      // from the form's own copy: a value cut from it must not keep the article (see `ownString`)
      v = f.compute(this.lexicon, ownString(form));
      e[f.slot] = v;
    }
    return v as T;
  }

  /** Distinct forms held (for tests of the memory bound). */
  get size(): number {
    return this.entries.size;
  }
}

const indexes = new WeakMap<Lexicon, WordIndex>();
let lastLex: Lexicon | null = null;
let lastIndex: WordIndex | null = null;

/** The index of `lex` (one per lexicon object). */
export function wordIndex(lex: Lexicon): WordIndex {
  if (lex === lastLex) return lastIndex!;
  let ix = indexes.get(lex);
  if (!ix) indexes.set(lex, (ix = new WordIndex(lex)));
  lastLex = lex;
  lastIndex = ix;
  return ix;
}

/** The fact `f` of a word (a form, or a document's word holding its entry) under `lex`, computed once per form. */
export function wordFact<T>(lex: Lexicon, f: WordFact<T>, w: string | WordWithFacts): T {
  const ix = wordIndex(lex);
  if (typeof w === 'string') return ix.fact(f, w);
  if (w.factIndex !== ix) {
    w.factIndex = ix;
    w.facts = ix.entry(w.text);
  }
  return ix.fact(f, w.text, w.facts!);
}
