import rule from '../../../src/rules/entity/org-article-acronym.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Auf der A1 und der B27 staute sich der Verkehr.', name: 'tuning sets: road numbers after an article are no organisations' },
    { text: 'Der Ausstoß stieg auf 37 Milliarden Tonnen CO2.\nPapst Leo XIV sagte dazu nichts.', name: 'no acronym ORG for CO2 or a roman numeral' },
    { text: 'Die TV-Rechte und die KI sind Thema.', name: 'acronyms that name no organisation' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die SPD und die AfD legten bei der Wahl zu.', expect: [{ name: 'SPD', type: 'ORG' }, { name: 'AfD', type: 'ORG' }] },
    { text: 'Die Abgeordneten von SPÖ und FPÖ stimmten dagegen.', expect: [{ name: 'FPÖ', type: 'ORG' }], exact: true, name: 'an acronym coordinated with another (SPÖ alone is found by other rules)' },
  ],
});
