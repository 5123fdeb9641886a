import rule from '../../../src/rules/date/time-range.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Es kamen 9 bis 18 Besucher.' },
    { text: 'Das Spiel endete 2:1 bis 3:1.' },
  ],
  invalid: [
    { text: 'Die Geschäfte öffnen von 9 bis 18 Uhr.', expect: [{ text: 'von 9 bis 18 Uhr', value: 'T09', end_value: 'T18' }], exact: true },
    { text: 'Zwischen 8.30 und 10 Uhr staute sich der Verkehr.', expect: [{ value: 'T08:30', end_value: 'T10' }] },
    { text: 'Die Sperrung gilt 22–6 Uhr.', expect: [{ value: 'T22', end_value: 'T06' }] },
    { text: 'Von 20 Uhr bis 23 Uhr gilt das Alkoholverbot.', expect: [{ value: 'T20', end_value: 'T23' }] },
    { text: 'Gearbeitet wird von 7 bis 9 Uhr abends.', expect: [{ value: 'T19', end_value: 'T21' }] },
  ],
});
