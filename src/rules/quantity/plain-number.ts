import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { hasClassRule, selectPhrases } from './lib/select.js';

const ID = 'quantity/plain-number';

/**
 * A plain number (digits or words, with scale) and the noun or unit it counts, across adjectives:
 * exact value, bound eq.
 */
const rule: Rule<Quantity> = {
  meta: {
    id: ID,
    description: '„1.500 streikende Beschäftigte“ → 1500 Beschäftigte; „60 Sitze“ → 60 Sitz',
    priority: 50,
  },
  find: (ctx) => selectPhrases(ctx, ID, (p) => !hasClassRule(p) && p.shape === 'plain'),
};

export default rule;
