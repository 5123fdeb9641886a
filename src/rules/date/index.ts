import type { Layer } from '../types.js';
import type { DateMention } from '../../types.js';

/** The date layer: its rules, sorted by id, and how their candidates become output. */
export const dateLayer: Layer<DateMention, DateMention> = {
  name: 'date',
  rules: [],
  resolve: (candidates) => candidates,
};
