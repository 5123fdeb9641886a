import rule from '../../../src/rules/quantity/vague-plural.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Stadt hat 5 Millionen Einwohner.' },
    { text: 'Claudia Tausend wuchs in Niederbayern auf.' },
    { text: 'Tausende demonstrierten.' },
  ],
  invalid: [
    { text: 'Moskau erhielt Tausende Soldaten, die es in die Ukraine schickte.', expect: [{ text: 'Tausende Soldaten', value: 1000, bound: 'gte', unit: 'Soldat', interval: { min: 1000, max: 10000, minInclusive: true, maxInclusive: false } }] },
    { text: 'Russland bereitet sich darauf vor, Tausende von Truppen zu entsenden.', expect: [{ text: 'Tausende von Truppen', value: 1000, unit: 'Truppe' }] },
    { text: 'Dutzende Autos wurden beschädigt.', expect: [{ text: 'Dutzende Autos', value: 12, unit: 'Auto' }] },
    { text: 'Hunderte Fans feierten auf dem Marktplatz.', expect: [{ value: 100, unit: 'Fan', interval: { min: 100, max: 1000 } }] },
    { text: 'Zehntausende Menschen gingen gegen die Reform auf die Straße.', expect: [{ value: 10000, unit: 'Mensch' }] },
    { text: 'Hunderttausende Haushalte sind betroffen.', expect: [{ value: 100000 }] },
    { text: 'Millionen Rentner bekommen mehr Geld.', expect: [{ value: 1e6, unit: 'Rentner' }] },
  ],
});
