import rule from '../../../src/rules/entity/org-company-form.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Aktie der AG fiel, die GmbH meldete Insolvenz.', name: 'a legal form alone' },
    { text: 'Die Firma meldete einen Gewinn.' },
    { text: 'Vater und Sohn gingen gemeinsam zum Spiel.', name: 'common nouns + „und Sohn“ are no family firm' },
    { text: 'Der Betrieb übernahm Holz- und Metallarbeiten für die Schule.', name: 'a shortened compound with no legal form' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Auf der Liste stand die „Berg Holz- und Stahlbau GmbH“ aus Neustadt.', expect: [{ name: 'Berg Holz- und Stahlbau GmbH', type: 'ORG' }], exact: true, name: 'a shortened compound and „und“ inside the company name' },
    { text: '20 Millionen Euro investierte „Kornmeier und Söhne“ in das Werk.', expect: [{ name: 'Kornmeier und Söhne', type: 'ORG' }], exact: true, name: 'family name + „und Söhne“' },
    { text: 'Die Siemens AG meldete einen Gewinnsprung.', expect: [{ name: 'Siemens AG', type: 'ORG' }], exact: true },
    { text: 'Die Deutsche Bank AG und die Apple Inc. legten Zahlen vor.', expect: [{ name: 'Deutsche Bank AG', type: 'ORG' }, { name: 'Apple Inc.', type: 'ORG' }], name: 'several name words before the form' },
  ],
});
