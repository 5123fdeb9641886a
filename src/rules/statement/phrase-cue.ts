import type { Lexicon } from '../../lexicon/index.js';
import { DASS } from '../../lexicon/de/index.js';
import type { RuleContext } from '../types.js';
import { QUOTE_CHARS, clauseEnd, contentEnd, insideQuote, isLowerWord, isQuote, konjunktivIn, lower, subjectOf, tokenSpan } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';

const ID = 'statement/phrase-cue';

/** Separable particles of the listed phrase verbs („geht … davon aus“). */
const PARTICLES = new Set(['aus', 'an', 'vor', 'zu', 'ein', 'bei']);
/** Subordinators of time, cause or condition: „machte den Sieg klar, als …“ reports nothing. */
const NOT_REPORTED = new Set(['als', 'wenn', 'weil', 'obwohl', 'nachdem', 'während', 'bevor', 'damit', 'um', 'sodass', 'indem']);

interface Phrase {
  verb: string;
  words: string[];
}

const phraseMemo = new WeakMap<Lexicon, Map<string, Phrase[]>>();
/** `speech-phrases.txt` by verb lemma. */
function phrases(lex: Lexicon): Map<string, Phrase[]> {
  let m = phraseMemo.get(lex);
  if (m) return m;
  m = new Map();
  for (const line of lex.list('speech-phrases')) {
    const [verb, ...words] = line.split(' ');
    if (!verb || words.length === 0) continue;
    const list = m.get(verb) ?? [];
    list.push({ verb, words });
    m.set(verb, list);
  }
  phraseMemo.set(lex, m);
  return m;
}

/** The phrase's words in order in tokens (v, ce), other words (adverbials) between them: true when all stand there. */
function wordsAfter(ctx: RuleContext, v: number, ce: number, words: string[]): boolean {
  const toks = ctx.doc.tokens;
  let w = 0;
  for (let k = v + 1; k < ce && w < words.length; k++) if (lower(toks[k].text) === words[w]) w++;
  return w === words.length;
}

/** The lemmas the finite verb at `v` may have, with a separated particle at the clause end. */
function lemmasAt(ctx: RuleContext, v: number, ce: number): string[] {
  const toks = ctx.doc.tokens;
  const lex = ctx.lexicon;
  const out = [...lex.verbLemmas(toks[v].text)];
  const last = toks[ce - 1];
  if (ce - 1 > v && last.type === 'word' && PARTICLES.has(last.text)) {
    const pv = lex.particleVerbLemma(toks[v].text, last.text);
    if (pv) out.unshift(pv);
  }
  return out;
}

export default sentenceRule(
  {
    id: ID,
    description: 'A phrase of opinion or statement (speech-phrases.txt) + reported clause: „Die Ministerin geht davon aus, dass die Preise steigen.“',
    priority: 80,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    const table = phrases(ctx.lexicon);
    for (let v = ss; v < se; v++) {
      const t = toks[v];
      if (t.type !== 'word' || !isLowerWord(t.text) || insideQuote(quotes, v)) continue;
      const ce = clauseEnd(doc, v, se);
      // the clause ends in a comma and a reported clause, or in a colon and reported speech („erhob schwere
      // Vorwürfe: Eine solche Arroganz sei ihr nie begegnet“)
      const colon = toks[ce]?.text === ':';
      if ((toks[ce]?.text !== ',' && !colon) || ce + 2 >= se) continue;
      let found = false;
      for (const lemma of lemmasAt(ctx, v, ce)) {
        for (const p of table.get(lemma) ?? []) if (wordsAfter(ctx, v, ce, p.words)) found = true;
        if (found) break;
      }
      if (!found) continue;
      let from = ce + 1;
      if (NOT_REPORTED.has(lower(toks[from].text))) continue;
      if (DASS.has(lower(toks[from].text))) from++;
      if (isQuote(toks[from]) || QUOTE_CHARS.has(toks[from].text)) continue;
      const speaker = subjectOf(ctx, v, ss, se);
      if (!speaker) continue;
      const end = contentEnd(ctx, from, se);
      if (end - from < 3 || (colon && !konjunktivIn(ctx, from, end))) continue;
      out.push({ rule: ID, kind: 'indirect', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, from, end), sentence });
    }
  },
);
