import rule from '../../../src/rules/entity/place-genitive.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Thomas Bürgermeister sprach, Annas Einwohner-Zahl stieg.', name: 'a first name in the genitive' },
    { text: 'Berlins Bürgermeister sprach.', name: 'a city the gazetteer rule finds anywhere' },
    { text: 'Des Landes Bürgermeister und des Kreises Landrat kamen.', name: 'common nouns in the genitive' },
    { text: 'Wolkersrieds Feuerwehr rückte aus.', name: 'not an office or part of a town' },
  ],
  invalid: [
    { text: 'Rhauderfehns Bürgermeister Geert Müller erklärte den Plan.', expect: [{ name: 'Rhauderfehn', type: 'LOC' }], exact: true },
    { text: 'Wolkersrieds Altstadt blieb trocken.', expect: [{ name: 'Wolkersried', type: 'LOC' }], exact: true, name: 'an invented village' },
    { text: 'Plattlings Bürgermeister sagte, die Lage sei ernst.', expect: [{ name: 'Plattling', type: 'LOC' }], exact: true, name: 'a small town of the gazetteer' },
  ],
});
