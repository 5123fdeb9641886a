import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Ages: a number glued to "-jährig", or "N Jahre alt" / "im Alter von N Jahren". */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/age',
    description: '„ein 24-jähriger Afghane“, „24 Jahre alt“ → 24 Jahr (an age, not a duration)',
  },
  find: (ctx) => findKind(ctx, 'age', rule.meta.id),
};

export default rule;
