import rule from '../../../src/rules/entity/org-acronym-speaker.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Ausstoß stieg auf 37 Milliarden Tonnen CO2.\nPapst Leo XIV sagte dazu nichts.', name: 'no acronym ORG for CO2 or a roman numeral' },
    { text: 'Die Stadtwerke München SWM sagte nichts.', name: 'the last word of a name' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Nach dem Stromausfall in Berlin\nSWM erklärte am Morgen, der Verkehr laufe wieder.', expect: [{ name: 'SWM', type: 'ORG' }], name: 'an unknown acronym as the subject of a verb of saying' },
  ],
});
