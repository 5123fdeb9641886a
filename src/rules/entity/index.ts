import type { Layer } from '../types.js';
import type { Entity } from '../../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { resolveEntities } from './lib/resolve.js';
import acronymDefinition from './acronym-definition.js';
import byline from './byline.js';
import eventName from './event-name.js';
import gazetteerPlace from './gazetteer-place.js';
import nameShape from './name-shape.js';
import newsOutlet from './news-outlet.js';
import orgPattern from './org-pattern.js';
import placeContext from './place-context.js';
import rolePerson from './role-person.js';
import speakerSubject from './speaker-subject.js';

export type { EntityCandidate } from './lib/candidate.js';

/** The entity layer: its rules, sorted by id, and how their candidates become output. */
export const entityLayer: Layer<EntityCandidate, Entity> = {
  name: 'entity',
  rules: [acronymDefinition, byline, eventName, gazetteerPlace, nameShape, newsOutlet, orgPattern, placeContext, rolePerson, speakerSubject],
  resolve: (candidates, ctx) => resolveEntities(candidates, ctx),
};
