import rule from '../../../src/rules/entity/org-team-town.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Nach dem 3:0 in Freiburg reiste das Team ab.', name: 'a result in a town: where it was played' },
    { text: 'Das 2:1 gegen Frankreich war verdient.', name: 'a country after a result (a national team) is left to the places' },
    { text: 'Der Ausschuss stimmte 5:2 gegen den Antrag.', name: 'a common noun after a vote result (politics)' },
    { text: 'Nach dem 0:3 gegen Bayern München war die Stimmung schlecht.', name: 'a two-word club is the club rules’' },
    { text: 'Nach dem 1:1 gegen Dortmund jubelten die Fans.', name: 'a town the gazetteer rule finds alone stays its place' },
  ],
  invalid: [
    { text: 'Er spielte beim 3:0 gegen Hoffenheim durch.', expect: [{ name: 'Hoffenheim', type: 'ORG' }], exact: true, name: 'a village club after a result' },
    { text: 'Nach der 0:2-Niederlage gegen Wolkersried trat der Trainer zurück.', expect: [{ name: 'Wolkersried', type: 'ORG' }], exact: true, name: 'an invented village after a result noun joined to the score' },
    { text: 'Im Pokal gelang ein 4:1-Sieg beim Kickersbach.', expect: [{ name: 'Kickersbach', type: 'ORG' }], exact: true, name: 'after „beim“ and an article-less result noun, invented' },
  ],
});
