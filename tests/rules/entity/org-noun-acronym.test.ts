import rule from '../../../src/rules/entity/org-noun-acronym.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Gewerkschaft TV-Sender kritisierte.', name: 'no acronym after the noun' },
    { text: 'Die Partei USA gibt es nicht.', name: 'a place acronym' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die Deutsche Bahn und die Gewerkschaft GDL verhandeln wieder.', expect: [{ name: 'GDL', type: 'ORG' }], exact: true },
  ],
});
