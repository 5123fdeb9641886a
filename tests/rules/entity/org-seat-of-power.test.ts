import rule from '../../../src/rules/entity/org-seat-of-power.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Weiße Pferd stand im Stall, das Haus war leer.', name: 'a white horse is no seat of power' },
    { text: 'Er las Zeitung am Quai de Montebello.' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Zu den Berichten hat sich der Kreml nicht geäußert.', expect: [{ name: 'Kreml', type: 'ORG' }], exact: true, name: 'seat of power' },
    { text: 'Im Weißen Haus wurde am Abend beraten, auch das Pentagon schwieg.', expect: [{ name: 'Weißes Haus', type: 'ORG' }, { name: 'Pentagon', type: 'ORG' }], exact: true, name: 'two words, declined; nominative name' },
  ],
});
