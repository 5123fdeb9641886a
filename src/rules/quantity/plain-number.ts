import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** A plain number (digits or words, with scale) and the noun it counts, across adjectives: exact value, bound eq. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/plain-number',
    description: '„1.500 streikende Beschäftigte“ → 1500 Beschäftigte; „60 Sitze“ → 60 Sitz',
  },
  find: (ctx) => findKind(ctx, 'plain-number', rule.meta.id),
};

export default rule;
