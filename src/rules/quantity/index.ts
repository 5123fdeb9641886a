import type { Layer } from '../types.js';
import type { Quantity } from '../../types.js';

/** The quantity layer: its rules, sorted by id, and how their candidates become output. */
export const quantityLayer: Layer<Quantity, Quantity> = {
  name: 'quantity',
  rules: [],
  resolve: (candidates) => candidates,
};
