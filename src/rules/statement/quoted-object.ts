import { adverbs, CLAUSE_MARKS, clauseStart, isTitleQuote, insideQuote, isLowerWord, lower, negated, quoteAt, subjectOf, tokenSpan, trimEnd } from './lib/grammar.js';
import { sentenceRule, sourceAt } from './lib/rule-kit.js';

const ID = 'statement/quoted-object';

/** Indefinite articles (accusative) that open the quoted object: „sah ein „…““, „ortete einen „…““. */
const INDEFINITE = new Set(['ein', 'eine', 'einen']);

/**
 * A verb of seeing or finding (quoted-object-verbs.txt) whose object is an indefinite article + a
 * quotation: the quoted label is the speaker's own words, direct. „Ida Berg sah ein „braunes
 * Netzwerk““, „Einen „Skandal“ sieht auch der Sprecher Paul Weber darin“. A separable verb („sah
 * sich einen „Krimi“ an“), a negation, a definite article or a noun before the quotation („sah den
 * Film „Die Wand““) report nothing.
 */
export default sentenceRule(
  {
    id: ID,
    description: 'Verb of seeing + ein + quotation: „Ida Berg sah ein „braunes Netzwerk“.“ → direct, Ida Berg',
    priority: 55,
  },
  ({ ctx, doc, toks, quotes, sentence, ss, se }, out) => {
    const verbs = ctx.lexicon.list('quoted-object-verbs');
    for (let v = ss + 1; v < se; v++) {
      const t = toks[v];
      if (t.type !== 'word' || !isLowerWord(t.text) || insideQuote(quotes, v)) continue;
      if (!ctx.lexicon.verbLemmas(t.text).some((l) => verbs.has(l))) continue;
      // the clause: to the next punctuation outside quotation marks
      let ce = v + 1;
      while (ce < se && !(CLAUSE_MARKS.has(toks[ce].text) && !insideQuote(quotes, ce))) ce++;
      const last = toks[ce - 1];
      if (ce - 1 > v && last.type === 'word' && ctx.lexicon.particleVerbLemma(t.text, last.text)) continue;
      // the quotation after „ein“ in the clause after the verb, or fronted before it („Einen „…“ sieht X“)
      let found: [number, number] | null = null;
      for (let k = v + 1; k < ce - 1 && !found; k++) {
        if (!INDEFINITE.has(lower(toks[k].text)) || insideQuote(quotes, k)) continue;
        const q = quoteAt(quotes, k + 1);
        if (q && q.open === k + 1 && !isTitleQuote(ctx, q)) found = [q.open, q.close];
      }
      const fronted = !found && INDEFINITE.has(lower(toks[ss].text));
      if (fronted) {
        const q = quoteAt(quotes, ss + 1);
        if (q && q.open === ss + 1 && q.close === v - 1 && !isTitleQuote(ctx, q)) found = [q.open, q.close];
      }
      if (!found) continue;
      if (negated(doc, fronted ? ss : clauseStart(ctx, v, ss).start, ce)) continue;
      // fronted object: the subject follows the verb, after adverbs („sieht außerdem der Sprecher X darin“)
      let s = v + 1;
      while (fronted && s < ce && adverbs(ctx.lexicon).has(lower(toks[s].text))) s++;
      const speaker = fronted ? sourceAt(ctx, s, ce, { extend: true })?.speaker : subjectOf(ctx, v, ss, se);
      if (!speaker) continue;
      const [open, close] = found;
      const end = trimEnd(doc, open + 1, close);
      if (end - (open + 1) < 1) continue;
      out.push({ rule: ID, kind: 'direct', speaker, cue: tokenSpan(doc, v, v + 1), content: tokenSpan(doc, open + 1, end), sentence });
    }
  },
);
