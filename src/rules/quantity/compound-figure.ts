import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { numberMatches, quantityWithUnit } from './lib/phrases.js';
import { kindOfUnit } from './lib/select.js';
import { tokenAt } from './lib/bare.js';

const ID = 'quantity/compound-figure';

/** Parts of „20-Jährige“, „3er-Gruppe“ and similar that are no counted noun. */
const NOT_COUNTED = /^(?:jährig|jährige[mnrs]?|Jährige[mnrs]?|er|fach|mal|malig|stellig|teilig|prozentig|köpfig)$/u;

/**
 * A figure inside a compound noun: „die 9.700-Einwohner-Stadt“ → 9700 Einwohner, „die
 * 650-Jahr-Feier“ → 650 Jahr, „ein 10-Punkte-Plan“ → 10 Punkt. The number is written in digits
 * and joined by hyphens, without blanks, to a capitalised noun and a head noun after it; the
 * quantity's text is the number with that noun. Not „20-Jährige“ (an age), not „3er-Gruppe“, not a
 * number and one noun only („5-Tonner“, „G20-Gipfel“).
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„die 9.700-Einwohner-Stadt“ → 9700 Einwohner; „die 650-Jahr-Feier“ → 650 Jahr (a figure inside a compound)',
    priority: 48,
  },
  find(ctx) {
    const { doc, lexicon: lex } = ctx;
    const toks = doc.tokens;
    const out: Quantity[] = [];
    for (const m of numberMatches(ctx)) {
      if (!m.digits || m.type === 'ordinal' || m.type === 'percent' || m.percent || m.type === 'range') continue;
      const last = tokenAt(doc, m.end - 1);
      const [h1, noun, h2, head] = [toks[last + 1], toks[last + 2], toks[last + 3], toks[last + 4]];
      if (h1?.text !== '-' || h1.space || noun?.type !== 'word' || noun.space || h2?.text !== '-' || h2.space) continue;
      if (head?.type !== 'word' || head.space || !/^\p{Lu}/u.test(noun.text) || !/^\p{Lu}/u.test(head.text)) continue;
      if (NOT_COUNTED.test(noun.text)) continue;
      // the number itself must stand free before it („G20-Gipfel“ is a name)
      const before = toks[tokenAt(doc, m.numberStart ?? m.start) - 1];
      if (before && !before.space && before.end === (m.numberStart ?? m.start) && before.type === 'word') continue;
      const unit = lex.nounLemma(noun.text) ?? noun.text;
      const q = quantityWithUnit(ctx, m, unit);
      if (!q) continue;
      out.push({ ...q, end: noun.end, text: doc.text.slice(q.start, noun.end), noun: { start: noun.start, end: noun.end, text: noun.text }, rule: ID, kind: kindOfUnit(lex, unit) });
    }
    return out;
  },
};

export default rule;
