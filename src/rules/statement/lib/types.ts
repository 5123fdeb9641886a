import type { EntityType, Span, StatementKind } from '../../../types.js';

/** How the speaker phrase refers: a name, a pronoun ("er"), or a definite role ("die Agentur"). */
export type SpeakerForm = 'named' | 'pronoun' | 'role';

/** The speaker as written, before resolution (pronouns and roles are resolved in `resolve`). */
export interface SpeakerRef extends Span {
  /** Best name from the phrase alone (entity name, name after a role, or the phrase without article). */
  name: string;
  /** Coordinated speakers ("Die USA, Südkorea und die Ukraine"): every name. */
  names?: string[];
  form: SpeakerForm;
  /** Entity id and type when the phrase holds an extracted entity. */
  entity: string | null;
  type: EntityType | null;
  /** Head noun of a role phrase ("Agentur", "Staatschef"), for resolution. */
  head?: string;
  /**
   * Grammatical gender of a person the phrase refers to, when the words show it: „die 38-Jährige“,
   * „Sprecherin“, „ihren“ → f; „der 51-Jährige“, „ihm“, „seinen“ → m. Resolution skips people of
   * the other gender.
   */
  gender?: Gender;
  /** A plural pronoun („Sie fordern“, „sagten sie“): resolved to a group named before, never to one person. */
  plural?: boolean;
}

export type Gender = 'm' | 'f';

/** What a statement rule reports; the layer's `resolve` turns these into `Statement`s. */
export interface StatementCandidate {
  rule: string;
  kind: StatementKind;
  speaker: SpeakerRef;
  cue: Span;
  content: Span;
  sentence: number;
  /**
   * The candidate continues an earlier statement of the same speaker without a cue of its own
   * (Konjunktiv I sentence, verbless quote). `resolve` extends the earlier indirect statement
   * when it ends in the sentence just before; otherwise it stays a statement of its own.
   */
  continues?: boolean;
}
