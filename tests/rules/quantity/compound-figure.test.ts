import rule from '../../../src/rules/quantity/compound-figure.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der 20-Jährige wurde festgenommen.', name: 'an age' },
    { text: 'Die Schüler arbeiten in 3er-Gruppen.' },
    { text: 'Beim G20-Gipfel in Hamburg kam es zu Krawallen.', name: 'a name' },
    { text: 'Der 5-Tonner steckte fest.', name: 'number and one noun only' },
    { text: 'Er lief 100 Meter in elf Sekunden.', name: 'no compound' },
    { text: 'Die Wohnung im 3. Stock-Werk.', name: 'an ordinal' },
  ],
  invalid: [
    { text: 'Schlammige Wassermassen fluteten die 9.700-Einwohner-Stadt.', exact: true, expect: [{ text: '9.700-Einwohner', value: 9700, unit: 'Einwohner' }] },
    { text: 'Das Fest war Teil der 650-Jahr-Feier der Stadt.', exact: true, expect: [{ text: '650-Jahr', value: 650, unit: 'Jahr' }] },
    { text: 'Die Regierung legte einen 10-Punkte-Plan vor.', expect: [{ text: '10-Punkte', value: 10 }] },
    { text: 'Sie suchen eine 3-Zimmer-Wohnung in Köln.', expect: [{ text: '3-Zimmer', value: 3, unit: 'Zimmer' }] },
  ],
});
