import rule from '../../../src/rules/quantity/vague-plural.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Stadt hat 5 Millionen Einwohner.' },
    { text: 'Claudia Tausend wuchs in Niederbayern auf.' },
    { text: 'Tausende demonstrierten.' },
    { text: 'Mehrere Hundert waren es nicht.' },
  ],
  invalid: [
    { text: 'Moskau erhielt Tausende Soldaten, die es in die Ukraine schickte.', expect: [{ text: 'Tausende Soldaten', value: 1000, bound: 'gte', unit: 'Soldat', interval: { min: 1000, max: 10000, minInclusive: true, maxInclusive: false } }] },
    { text: 'Russland bereitet sich darauf vor, Tausende von Truppen zu entsenden.', expect: [{ text: 'Tausende von Truppen', value: 1000, unit: 'Truppe' }] },
    { text: 'Dutzende Autos wurden beschädigt.', expect: [{ text: 'Dutzende Autos', value: 12, unit: 'Auto' }] },
    { text: 'Hunderte Fans feierten auf dem Marktplatz.', expect: [{ value: 100, unit: 'Fan', interval: { min: 100, max: 1000 } }] },
    { text: 'Zehntausende Menschen gingen gegen die Reform auf die Straße.', expect: [{ value: 10000, unit: 'Mensch' }] },
    { text: 'Hunderttausende Haushalte sind betroffen.', expect: [{ value: 100000 }] },
    { text: 'Millionen Rentner bekommen mehr Geld.', expect: [{ value: 1e6, unit: 'Rentner' }] },
    // "mehrere Hundert", "einige Tausend": vague like "Hunderte"
    { text: 'Am Hauptbahnhof warteten mehrere Hundert Reisende auf Ersatzbusse.', expect: [{ text: 'mehrere Hundert Reisende', value: 100, bound: 'gte', interval: { min: 100, max: 1000, minInclusive: true, maxInclusive: false } }] },
    { text: 'Mehrere Tausend Menschen demonstrierten gegen den Sparkurs.', expect: [{ text: 'Mehrere Tausend Menschen', value: 1000, bound: 'gte', unit: 'Mensch' }] },
    { text: 'Einige tausend Haushalte waren ohne Strom.', expect: [{ value: 1000, unit: 'Haushalt', interval: { min: 1000, max: 10000 } }] },
    { text: 'Zum Spiel kamen ein paar Hundert Fans.', expect: [{ text: 'ein paar Hundert Fans', value: 100 }] },
    { text: 'Mehrere Zehntausend Beschäftigte legten die Arbeit nieder.', expect: [{ value: 10000, interval: { min: 10000, max: 100000 } }] },
  ],
});
