import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { selectPhrases } from './lib/select.js';

const ID = 'quantity/age';

/**
 * Ages: a number glued to „-jährig“ before a person noun or nominalised („ein 24-jähriger Afghane“,
 * „der 24-Jährige“, „die Zweijährige“), „N Jahre alt“, „im Alter von N Jahren“. An age, never a
 * duration: it wins over quantity/duration, which owns the same adjectives before things that last.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„ein 24-jähriger Afghane“, „24 Jahre alt“ → 24 Jahr (an age, not a duration)',
    priority: 90,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => p.age, 'age'),
};

export default rule;
