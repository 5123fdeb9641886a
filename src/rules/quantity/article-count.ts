import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { ARTICLES, INDEFINITE_ARTICLES, NEGATIVE_ARTICLES } from '../../lexicon/de/index.js';
import { clauseAround } from './lib/bare.js';
import { safe, span } from './lib/nouns.js';
import { propertyOfClause } from './lib/verbs.js';
import { parseOrdinalWord } from '../../text/numbers/words.js';

const ID = 'quantity/article-count';

/** Classes of nouns that are counted wherever they stand: the dead and the injured. */
const COUNTED_CLASSES = new Set(['casualties', 'patients']);
/** Nouns of those classes that also name something else („ein Opfer der Umstände“): counted only with a cue verb. */
const CUE_ONLY = new Set(['Opfer']);
/** People nouns counted only with a cue verb in their clause („ein Mensch starb“), and the missing. */
const PEOPLE = new Set(['Mensch', 'Person', 'Vermisste', 'Vermisster']);
const MISSING = new Set(['Vermisste', 'Vermisster']);
/** Article forms of a subject (nominative). */
const SUBJECT_FORMS = new Set(['ein', 'eine', 'kein', 'keine']);
/** Adjectives that make the article a step in a list, not a count: „ein weiteres Opfer“, „keine anderen“ (and ordinals). */
const STEP = /^(?:weiter|ander|nächst|letzt)/;
const ADJECTIVE = /^[a-zäöüß]+(?:e|en|er|es|em)$/;

/**
 * „Ein Todesopfer bestätigte die Polizei“ → 1 Todesopfer; „Es gab keine Verletzten“ → 0 Verletzte:
 * the indefinite article or „kein“ before a noun of the dead or injured (`unit-classes.txt`:
 * casualties, patients) counts it; a noun of people („Mensch“, „Person“) and „Opfer“ count only
 * with a verb of dying, injury or going missing in the clause (`property-verbs.txt`)
 * („ein Mensch starb“, „eine Person wurde verletzt“) and as a subject (not „habe einen Menschen
 * getötet“). Not „ein weiteres Opfer“, „eine vierte Leiche“ (steps in a list), „keine Person mehr“
 * (the end of a count), „einer der Verletzten“, „ein Jahr später“, „eine Frau sagte“.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„Ein Todesopfer bestätigte die Polizei“ → 1 Todesopfer; „Es gab keine Verletzten“ → 0 Verletzte; „ein Mensch starb“ → 1 Mensch',
    priority: 20,
  },
  find(ctx) {
    const { doc, lexicon: lex } = ctx;
    const toks = doc.tokens;
    const out: Quantity[] = [];
    for (let k = 0; k < toks.length - 1; k++) {
      const a = toks[k];
      if (a.type !== 'word') continue;
      const lo = a.text.toLowerCase();
      const none = NEGATIVE_ARTICLES.has(lo);
      if (!none && (!INDEFINITE_ARTICLES.has(lo) || lo === 'eines')) continue;
      // at most one adjective between article and noun, never one of a list step
      let n = k + 1;
      if (ARTICLES.has(toks[n].text.toLowerCase())) continue; // „einer der Verletzten“
      if (ADJECTIVE.test(toks[n].text)) {
        // „ein weiteres Opfer“, „eine vierte Leiche“: a step in a list
        if (STEP.test(toks[n].text) || parseOrdinalWord(toks[n].text) != null) continue;
        n++;
      }
      const noun = toks[n];
      if (!noun || noun.type !== 'word' || noun.sentence !== a.sentence || !/^\p{Lu}/u.test(noun.text)) continue;
      // „Mindestens ein Mensch“, „mehr als eine Person“: the qualifier's own rules take it
      if (toks[k - 1] && /^(?:mindestens|wenigstens|als|über|unter|höchstens|maximal|nur|lediglich)$/i.test(toks[k - 1].text)) continue;
      const lemma = safe(() => lex.nounLemma(noun.text), null) ?? noun.text;
      const cls = safe(() => lex.unitClass(lemma), null);
      const people = PEOPLE.has(lemma) || CUE_ONLY.has(lemma);
      if (!people && (!cls || !COUNTED_CLASSES.has(cls))) continue;
      // a person noun counts as the subject of its verb („ein Mensch starb“), not as an object („habe einen Menschen getötet“)
      if (PEOPLE.has(lemma) && !SUBJECT_FORMS.has(lo)) continue;
      if (people && !MISSING.has(lemma)) {
        // a verb of dying, injury or going missing (`property-verbs.txt`) in the clause
        const [from, to] = clauseAround(doc, n);
        const unit = propertyOfClause(doc, lex, from, to);
        const ucls = unit ? safe(() => lex.unitClass(unit), null) : null;
        if (!unit || !(MISSING.has(unit) || (ucls && COUNTED_CLASSES.has(ucls)))) continue;
      }
      // „keine Person mehr“: the end of a count, not a count
      if (none && toks[n + 1]?.text === 'mehr') continue;
      const value = none ? 0 : 1;
      out.push({
        ...span(doc, a.start, noun.end),
        value,
        bound: 'eq',
        interval: { min: value, max: value, minInclusive: true, maxInclusive: true },
        unit: lemma,
        sentence: a.sentence,
        number: span(doc, a.start, a.end),
        noun: span(doc, noun.start, noun.end),
        rule: ID,
        kind: 'count',
      });
    }
    return out;
  },
};

export default rule;
