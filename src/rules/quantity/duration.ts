import type { Rule } from '../types.js';
import type { Quantity } from '../../types.js';
import { findKind } from './lib/candidates.js';

/** Spans of time: a number with a time unit (Jahr, Monat, Woche, Tag, Stunde, Minute …), with or without qualifier. */
const rule: Rule<Quantity> = {
  meta: {
    id: 'quantity/duration',
    description: '„zwei Monate“ → 2 Monat; „30 Minuten“ → 30 Minute',
  },
  find: (ctx) => findKind(ctx, 'duration', rule.meta.id),
};

export default rule;
