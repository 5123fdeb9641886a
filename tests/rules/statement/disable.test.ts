import { describeDisable } from '../../helpers/disable.js';

// Statements are compared by rule, kind, cue and content start: the content end follows the
// continuations merged into a statement, and a pronoun or role speaker („er“, „der Verband“)
// resolves to the speakers named before, whose statements the disabled rule may have found.
// A re-found statement (a duplicate the disabled rule had won by priority) overlaps its content.
// A verbless quote continuing the speaker before (direct-quote's second pass, an empty cue) is a
// continuation like konjunktiv-continuation's: it follows what the enabled rules found, and must
// continue a statement of an enabled rule (the same speaker phrase).
describeDisable('statement', {
  key: (s) => JSON.stringify([s.rule, s.kind, s.cue.start, s.cue.end, s.content.start]),
  span: (s) => [s.content.start, s.content.end],
  continuation: (s) => s.cue.start === s.cue.end,
  // a continuation takes the speaker phrase of the statement it continues
  continues: (c, f) => c.speaker.start === f.speaker.start && c.speaker.end === f.speaker.end,
});
