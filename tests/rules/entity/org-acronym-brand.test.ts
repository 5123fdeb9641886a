import rule from '../../../src/rules/entity/org-acronym-brand.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Bank erhöhte die Zinsen, die Gruppe wuchs.' },
    { text: 'Der TV Bank-Spot lief.', name: 'an acronym that names no organisation' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Analysten der DZ Bank und von DB Cargo rechnen mit Verlusten.', expect: [{ name: 'DZ Bank' }, { name: 'DB Cargo' }], exact: true, name: 'acronym + company word is one name' },
  ],
});
