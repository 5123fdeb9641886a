import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import type { Token } from '../../text/document.js';
import { bareNumbers, bareQuantity } from './lib/bare.js';

const ID = 'quantity/bracket-age';

/** An initial of a surname: „K.“ (one capital, then a dot). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * An age in brackets after a person: „Landrat Max Beispiel (63)“, „Anna K. (34)“, „ein Rentner
 * (78)“ → 63 Jahr, as „der 63-Jährige“. The bracket holds a whole number of 1–120 and nothing
 * else, after a name with a first name (the lexicon's list), a role („Landrat“) or a person noun
 * of the roles list or a person noun (`person-nouns.txt`: „ihre Tochter (56)“). Not „(2019)“, „(SPD)“, „(Seite 3)“, „Hamburg (12)“.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„Landrat Max Beispiel (63)“, „Anna K. (34)“, „ihre Tochter (56)“ → 63, 34, 56 Jahr (an age in brackets after a person)',
    priority: 45,
  },
  find(ctx) {
    const { doc, lexicon: lex } = ctx;
    const toks = doc.tokens;
    const roles = lex.list('roles');
    const persons = lex.list('person-nouns');
    const isPersonWord = (t: Token | undefined): boolean => {
      if (!t || t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
      if (lex.firstName(t.text)) return true;
      const lemma = lex.nounLemma(t.text) ?? t.text;
      return roles.has(lemma) || persons.has(lemma);
    };
    const out: Quantity[] = [];
    for (const b of bareNumbers(ctx)) {
      const open = toks[b.first - 1];
      const close = toks[b.last + 1];
      const m = b.match;
      if (open?.text !== '(' || close?.text !== ')' || m.start !== (m.numberStart ?? m.start) || !m.digits) continue;
      if (!Number.isInteger(m.value) || m.value < 1 || m.value > 120) continue;
      // the name before the bracket: up to four capitalised words (and initials), one of them a
      // first name or a role
      let k = b.first - 2;
      let person = false;
      for (let n = 0; n < 4 && k >= 0; n++, k--) {
        const t = toks[k];
        if (t.text === '.' && INITIAL.test(toks[k - 1]?.text ?? '')) continue;
        if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
        if (isPersonWord(t)) {
          person = true;
          break;
        }
      }
      if (!person) continue;
      const q = bareQuantity(ctx, b, 'Jahr', ID, 'age');
      if (q) out.push(q);
    }
    return out;
  },
};

export default rule;
