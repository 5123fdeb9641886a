import rule from '../../../src/rules/entity/org-company-form.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Aktie der AG fiel, die GmbH meldete Insolvenz.', name: 'a legal form alone' },
    { text: 'Die Firma meldete einen Gewinn.' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die Siemens AG meldete einen Gewinnsprung.', expect: [{ name: 'Siemens AG', type: 'ORG' }], exact: true },
    { text: 'Die Deutsche Bank AG und die Apple Inc. legten Zahlen vor.', expect: [{ name: 'Deutsche Bank AG', type: 'ORG' }, { name: 'Apple Inc.', type: 'ORG' }], name: 'several name words before the form' },
  ],
});
