import type { Lexicon } from '../../lexicon/index.js';
import type { RuleContext } from '../types.js';
import { AUXILIARIES, DETERMINERS, CLAUSE_MARKS, clauseStart, insideQuote, isLowerWord, lower, negated, quoteAt, subjectOf, tokenSpan, trimEnd, type Quote } from './lib/grammar.js';
import { sentenceRule } from './lib/rule-kit.js';

const ID = 'statement/quoted-judgement';

/** Forms of „werden“ that make the participle a passive. */
const PASSIVE = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden']);

const tableMemo = new WeakMap<Lexicon, Map<string, string>>();
/** `judging-verbs.txt`: verb lemma → preposition of its predicate. */
function judging(lex: Lexicon): ReadonlyMap<string, string> {
  let m = tableMemo.get(lex);
  if (!m) tableMemo.set(lex, (m = new Map(lex.table('judging-verbs'))));
  return m;
}

/** The preposition `prep` in tokens [from, to) followed by a quotation (right after it or after an article): the quotation's token range, or null. */
function quotedPredicate(ctx: RuleContext, quotes: readonly Quote[], from: number, to: number, prep: string): [number, number] | null {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to - 1; k++) {
    if (lower(toks[k].text) !== prep) continue;
    const open = DETERMINERS.has(lower(toks[k + 1].text)) ? k + 2 : k + 1;
    const q = quoteAt(quotes, open);
    if (q && q.open === open) return [q.open, q.close];
  }
  return null;
}

/**
 * A verb of judging (judging-verbs.txt) whose predicate after „für“/„als“ is a quotation: the
 * speaker's own words, direct. „Ida Berg hält den Plan für „einen Affront gegenüber dem
 * Parlament““, „… wertete das Urteil als „Niederlage““. Without quotation marks the judgement is
 * no statement here („hält das für möglich“), nor is „hält den Ball“.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Verb of judging + für/als + quotation: „Ida Berg hält den Plan für „einen Affront gegenüber dem Parlament“.“ → direct, Ida Berg',
    priority: 60,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    const table = judging(ctx.lexicon);
    for (let v = ss + 1; v < se; v++) {
      const t = toks[v];
      if (t.type !== 'word' || !isLowerWord(t.text) || insideQuote(quotes, v)) continue;
      // the clause: to the next punctuation outside quotation marks (clauseEnd stops at a quotation)
      let ce = v + 1;
      while (ce < se && !(CLAUSE_MARKS.has(toks[ce].text) && !insideQuote(quotes, ce))) ce++;
      let prep: string | undefined;
      for (const l of ctx.lexicon.verbLemmas(t.text)) if ((prep = table.get(l))) break;
      // a separable verb („stufte … als „…“ ein“, „tat … als „…“ ab“): the particle closes the clause
      const last = toks[ce - 1]; // „ein“ of „stufte … ein“
      if (!prep && ce - 1 > v && last.type === 'word') {
        const pv = ctx.lexicon.particleVerbLemma(t.text, last.text);
        if (pv) prep = table.get(pv);
      }
      if (!prep) continue;
      // the finite verb with the predicate after it, or a participle at the clause end with it before
      const cs = clauseStart(ctx, v, ss);
      // a participle at the clause end („hatte … als „Skandal“ gewertet“): its clause runs back over the quotation
      // to the last mark outside quotation marks, and its subject is the auxiliary's
      let from = cs.start;
      let aux = -1;
      if (v === ce - 1) {
        while (from > ss && !(CLAUSE_MARKS.has(toks[from - 1].text) && !insideQuote(quotes, from - 1))) from--;
        for (let k = from; k < v && aux < 0; k++) if (AUXILIARIES.has(toks[k].text) && !insideQuote(quotes, k)) aux = k;
      }
      const found = quotedPredicate(ctx, quotes, v + 1, ce, prep) ?? (v === ce - 1 ? quotedPredicate(ctx, quotes, from, v, prep) : null);
      if (!found) continue;
      if (negated(doc, from, ce)) continue;
      // „wurde als „dringlich“ gewertet“: a passive names what is judged, not who judges
      if (aux >= 0 && PASSIVE.has(toks[aux].text)) continue;
      const speaker = subjectOf(ctx, found[0] < v && aux >= 0 && aux < found[0] ? aux : v, ss, se);
      if (!speaker) continue;
      const [open, close] = found;
      const end = trimEnd(doc, open + 1, close);
      if (end - (open + 1) < 1) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, open + 1, end), sentence });
    }
  },
);
