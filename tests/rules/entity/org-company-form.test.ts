import rule from '../../../src/rules/entity/org-company-form.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Rock & Pop im Park: Die Bühne steht.', name: 'two common nouns joined by „&“' },
    { text: 'Die Aktie der AG fiel, die GmbH meldete Insolvenz.', name: 'a legal form alone' },
    { text: 'Die Firma meldete einen Gewinn.' },
    { text: 'Vater und Sohn gingen gemeinsam zum Spiel.', name: 'common nouns + „und Sohn“ are no family firm' },
    { text: 'Der Betrieb übernahm Holz- und Metallarbeiten für die Schule.', name: 'a shortened compound with no legal form' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die Tischlerei Herbers GmbH & Co. KG hatte einen Insolvenzantrag gestellt.', expect: [{ name: 'Tischlerei Herbers GmbH & Co. KG', type: 'ORG' }], exact: true, name: 'fresh copy: a GmbH & Co. KG is one name (was cut into „… GmbH“ and „Co. KG“)' },
    { text: 'Seit Jahresbeginn verloren Tausende ihren Job, so das Researchunternehmen Challenger, Gray & Christmas.', expect: [{ name: 'Challenger, Gray & Christmas', type: 'ORG' }], exact: true, name: 'three partners joined by a comma and „&“ (economy)' },
    { text: 'Der Konzern Procter & Gamble hob die Prognose an.', expect: [{ name: 'Procter & Gamble', type: 'ORG' }], exact: true, name: 'two partners joined by „&“' },
    { text: 'Die Bäckerei Brenninkmeyer & Co. schließt, auch Wendler & Söhne.', expect: [{ name: 'Brenninkmeyer & Co.', type: 'ORG' }, { name: 'Wendler & Söhne', type: 'ORG' }], exact: true, name: 'a family firm with „& Co.“ and „& Söhne“ (invented)' },
    { text: 'Die Schreinerei Müller & Söhne feiert Jubiläum.', expect: [{ name: 'Müller & Söhne', type: 'ORG' }], exact: true, name: 'a family name that is a common noun before „& Söhne“' },
    { text: 'Auf der Liste stand die „Berg Holz- und Stahlbau GmbH“ aus Neustadt.', expect: [{ name: 'Berg Holz- und Stahlbau GmbH', type: 'ORG' }], exact: true, name: 'a shortened compound and „und“ inside the company name' },
    { text: '20 Millionen Euro investierte „Kornmeier und Söhne“ in das Werk.', expect: [{ name: 'Kornmeier und Söhne', type: 'ORG' }], exact: true, name: 'family name + „und Söhne“' },
    { text: 'Die Siemens AG meldete einen Gewinnsprung.', expect: [{ name: 'Siemens AG', type: 'ORG' }], exact: true },
    { text: 'Die Deutsche Bank AG und die Apple Inc. legten Zahlen vor.', expect: [{ name: 'Deutsche Bank AG', type: 'ORG' }, { name: 'Apple Inc.', type: 'ORG' }], name: 'several name words before the form' },
  ],
});
