import rule from '../../../src/rules/entity/org-head-genitive.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Ministerium für Umwelt schwieg zu den Vorwürfen.', name: '„für“ + a common noun only is no name' },
    { text: 'Ein Sprecher der Regierung widersprach.', name: 'a plain genitive after a role' },
    { text: 'Der Verband der Händler warnt.', name: 'no proper name in the tail' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Das Amt für Soziale Dienste half den Familien.', expect: [{ name: 'Amt für Soziale Dienste', type: 'ORG' }], exact: true, name: 'organisation head + „für“ + a capitalised adjective' },
    { text: 'Der Verband der Deutschen Automobilindustrie warnt vor Zöllen.', expect: [{ name: 'Verband der Deutschen Automobilindustrie', type: 'ORG' }], name: 'head + genitive tail with an adjective' },
    { text: 'Die Vorsteherin des Departements des Innern trat zurück.', expect: [{ name: 'Departement des Innern', type: 'ORG' }], name: 'Swiss federal department, nominative head' },
  ],
});
