import rule from '../../../src/rules/quantity/range.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Vom 8. bis 13. Oktober wurden Schiffe entdeckt.' },
    { text: 'Von 2020 bis 2024 regierte die Koalition.' },
    { text: 'Das Spiel endete 2:1.' },
    { text: 'Die Öffnungszeiten sind von 9 bis 17 Uhr.' },
    { text: 'Zwischen Berlin und Hamburg fahren Züge.' },
  ],
  invalid: [
    { text: 'Es werden zwischen 10 und 20 Zentimeter Neuschnee erwartet.', expect: [{ text: 'zwischen 10 und 20 Zentimeter', value: 10, bound: 'gte', unit: 'Zentimeter', interval: { min: 10, max: 20, minInclusive: true, maxInclusive: true } }] },
    { text: 'Jedes Jahr kommen 10 bis 20 Soldaten dazu.', expect: [{ text: '10 bis 20 Soldaten', interval: { min: 10, max: 20 }, unit: 'Soldat' }] },
    { text: 'Die Milchstraße hat 100 bis 300 Milliarden Sterne.', expect: [{ interval: { min: 1e11, max: 3e11 }, unit: 'Stern' }] },
    { text: 'Zwischen 2 und 3 Millionen Menschen leben dort.', expect: [{ interval: { min: 2e6, max: 3e6 }, unit: 'Mensch' }] },
    { text: 'Der Sturm brachte 80-100 Liter Regen.', expect: [{ interval: { min: 80, max: 100 } }] },
    { text: 'Bei dem Unfall wurden 5-7 Fahrzeuge beschädigt.', expect: [{ text: '5-7 Fahrzeuge', interval: { min: 5, max: 7 }, unit: 'Fahrzeug' }] },
  ],
});
