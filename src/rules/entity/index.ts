import type { Layer } from '../types.js';
import type { Entity } from '../../types.js';

/** The entity layer: its rules, sorted by id, and how their candidates become output. */
export const entityLayer: Layer<Entity, Entity> = {
  name: 'entity',
  rules: [],
  resolve: (candidates) => candidates,
};
