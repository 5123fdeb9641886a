/**
 * Verbs that tell what a number without its noun counts: property verbs („zwölf wurden
 * verletzt“ → Verletzte; `property-verbs.txt`) and verbs by which a source gives a figure („die
 * Polizei sprach von 8.000“; `figure-verbs.txt`). Both lists are data files of the lexicon.
 */
import type { Doc, Token } from '../../../text/document.js';
import { PREPOSITIONS as DE_PREPOSITIONS } from '../../../lexicon/de/index.js';
import type { Lexicon } from '../../../lexicon/index.js';

interface VerbPhrase {
  /** Fixed words before the verb, lower case, standing together in the clause („ums Leben“). */
  fixed: string[];
  /** The verb's infinitive (separable verbs joined: umkommen). */
  verb: string;
  /** Property verbs: the unit; figure verbs: the number's preposition or null. */
  value: string | null;
}

/** Prepositions that may govern a number. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([...DE_PREPOSITIONS, 'beim', 'im', 'vom', 'zum', 'zur', 'je', 'als', 'wie']);

/** Contracted prepositions as their preposition: „ans“ → an, „im“ → in. */
export const CONTRACTED: Record<string, string> = { ans: 'an', am: 'an', ins: 'in', im: 'in', zum: 'zu', zur: 'zu', vom: 'von', beim: 'bei' };

const cache = new WeakMap<Lexicon, { property: VerbPhrase[]; figure: VerbPhrase[] }>();

function phrases(lex: Lexicon): { property: VerbPhrase[]; figure: VerbPhrase[] } {
  let hit = cache.get(lex);
  if (hit) return hit;
  const property = [...lex.table('property-verbs')].map(([phrase, unit]) => {
    const words = phrase.toLowerCase().split(' ');
    return { fixed: words.slice(0, -1), verb: words[words.length - 1], value: unit };
  });
  // longest phrases first: „schwer verletzt werden“ before „verletzt werden“
  property.sort((a, b) => b.fixed.length - a.fixed.length);
  const figure = [...lex.list('figure-verbs')].map((line) => {
    const words = line.toLowerCase().split(' ');
    const prep = words.length > 1 && PREPOSITIONS.has(words[0]) ? words[0] : null;
    return { fixed: words.slice(prep ? 1 : 0, -1), verb: words[words.length - 1], value: prep };
  });
  hit = { property, figure };
  cache.set(lex, hit);
  return hit;
}

function lemmas(lex: Lexicon, w: string): string[] {
  try {
    return lex.verbLemmas(w);
  } catch {
    return [];
  }
}

/** The clause [from, to) holds a form of `verb` (separable verbs: finite part and particle). */
export function hasVerb(doc: Doc, lex: Lexicon, from: number, to: number, verb: string): boolean {
  const toks = doc.tokens;
  const passive = verb === 'werden';
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type !== 'word') continue;
    const ls = lemmas(lex, t.text);
    if (ls.includes(verb) || (passive && ls.includes('sein'))) return true;
    if (!ls.length) continue;
    for (let p = k + 1; p < to; p++) {
      const q = toks[p];
      if (q.type === 'word' && /^\p{Ll}+$/u.test(q.text) && q.text.length <= 6 && safeParticle(lex, t.text, q.text) === verb) return true;
    }
  }
  return false;
}

function safeParticle(lex: Lexicon, form: string, particle: string): string | null {
  try {
    return lex.particleVerbLemma(form, particle);
  } catch {
    return null;
  }
}

/** The fixed words stand together in the clause, in order. */
function hasFixed(toks: Token[], from: number, to: number, fixed: string[]): boolean {
  if (!fixed.length) return true;
  outer: for (let k = from; k + fixed.length <= to; k++) {
    for (let j = 0; j < fixed.length; j++) if (toks[k + j].text.toLowerCase() !== fixed[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The unit a property verb of the clause [from, to) gives its subject („wurden verletzt“ →
 * Verletzte). `aux`: a wider token range where a gapped auxiliary may stand — a participle
 * phrase („schwer verletzt“) of the clause takes its „werden“ from there („Drei wurden getötet,
 * fünf weitere schwer verletzt“; „drei getötet und acht verletzt“).
 */
export function propertyOfClause(doc: Doc, lex: Lexicon, from: number, to: number, aux?: [number, number]): string | null {
  for (const p of phrases(lex).property) {
    if (!hasFixed(doc.tokens, from, to, p.fixed)) continue;
    if (hasVerb(doc, lex, from, to, p.verb)) return p.value;
    if (aux && p.fixed.length && p.verb === 'werden' && hasVerb(doc, lex, aux[0], aux[1], p.verb)) return p.value;
  }
  return null;
}

/**
 * A figure verb of the clause [from, to) that governs a number with preposition `prep` (null: no
 * preposition before the number): „sprach von 8.000“ (von sprechen), „gibt 8.000 an“ (angeben).
 * With `gapped`, the verb may stand in `gapped` (the clause before, „…, die Veranstalter von 20.000“).
 */
export function figureVerb(doc: Doc, lex: Lexicon, from: number, to: number, prep: string | null): boolean {
  for (const p of phrases(lex).figure) {
    if (p.value !== prep) continue;
    if (hasFixed(doc.tokens, from, to, p.fixed) && hasVerb(doc, lex, from, to, p.verb)) return true;
  }
  return false;
}

/** The clause [from, to) holds a finite or non-finite verb form at all (a gapped clause holds none). */
export function hasAnyVerb(doc: Doc, lex: Lexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.type !== 'word' || /^\p{Lu}/u.test(t.text)) continue;
    if (PREPOSITIONS.has(t.text) || t.text === 'die' || t.text === 'der' || t.text === 'das') continue;
    if (lemmas(lex, t.text).length && !safeAdjective(lex, t.text)) return true;
  }
  return false;
}

function safeAdjective(lex: Lexicon, w: string): boolean {
  try {
    return lex.isAdjective(w);
  } catch {
    return false;
  }
}
