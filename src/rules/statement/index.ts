import type { Layer } from '../types.js';
import type { Statement } from '../../types.js';

/** The statement layer: its rules, sorted by id, and how their candidates become output. */
export const statementLayer: Layer<Statement, Statement> = {
  name: 'statement',
  rules: [],
  resolve: (candidates) => candidates,
};
