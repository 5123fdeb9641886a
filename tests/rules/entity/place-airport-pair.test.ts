import rule from '../../../src/rules/entity/place-airport-pair.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Dresden/Leipzig. Ein Musiklehrer sitzt am Klavier.', name: 'a dateline of two towns is no airport' },
    { text: 'Der Zug zwischen München/Stuttgart fiel aus.', name: 'no airport noun before the pair' },
    { text: 'Am Flughafen wartete sie. Berlin/Hamburg war das Ziel.', name: 'the airport noun in another sentence' },
  ],
  invalid: [
    { text: 'Verdi hat das Personal an den Flughäfen Düsseldorf, Hamburg, Köln/Bonn und Stuttgart zum Streik aufgerufen.', expect: [{ name: 'Köln/Bonn', type: 'LOC' }], exact: true, name: 'a pair inside a list of airports (realnews-l)' },
    { text: 'Wegen Nebels gab es Verspätungen am Flughafen Münster/Osnabrück.', expect: [{ name: 'Münster/Osnabrück', type: 'LOC' }], exact: true, name: 'other topic: weather' },
  ],
});
