import { describeDisable } from '../../helpers/disable.js';

// With a rule disabled, the layer's output is the full output without that rule's findings;
// another rule's finding may appear only where the disabled rule's finding stood (a part of it
// that rule owns). See tests/helpers/disable.ts.
describeDisable('quantity');
