import rule from '../../../src/rules/entity/org-acronym-place.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Zahl der Fälle in Berlin stieg.' },
    { text: 'Die USA Berlin-Reise fiel aus.', name: 'a place acronym' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Forscher der EPFL Lausanne und der LMU München werteten die Daten aus.', expect: [{ name: 'EPFL Lausanne', type: 'ORG' }, { name: 'LMU München', type: 'ORG' }], exact: true, name: 'an institution acronym + its town is one ORG' },
    { text: 'Die AOK Niedersachsen meldete am Montag einen Rekord bei den Krankmeldungen.', expect: [{ name: 'AOK Niedersachsen', type: 'ORG' }], name: 'an acronym + its region is a regional branch (ORG)' },
  ],
});
