import rule from '../../../src/rules/entity/place-adjective.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der ukrainische Selenskyj reiste ab.', name: 'an unknown name after an article alone is a person' },
    { text: 'Im bayerischen Landtag gab es Streit.', name: 'a common noun' },
    { text: 'Im russischen Staatsfernsehen lief eine Rede.', name: 'a common compound' },
    { text: 'Im französischen Lyon wurde gefeiert.', name: 'a city the gazetteer rule finds anywhere' },
    { text: 'Im sächsischen Freital Meyer traf er Freunde.', name: 'another capitalised word follows' },
  ],
  invalid: [
    { text: 'Im oberbayerischen Penzberg wurde gefeiert.', expect: [{ name: 'Penzberg', type: 'LOC' }], exact: true, name: 'a small town after „im“ + adjective' },
    { text: 'Der Unternehmer aus dem sächsischen Löbau sprach.', expect: [{ name: 'Löbau', type: 'LOC' }], exact: true, name: '„aus dem“ + adjective' },
    { text: 'Er zog ins nordhessische Wolkersried.', expect: [{ name: 'Wolkersried', type: 'LOC' }], exact: true, name: 'an invented village after a preposition' },
    { text: 'Das oberbayerische Penzberg feiert.', expect: [{ name: 'Penzberg', type: 'LOC' }], exact: true, name: 'a town of the gazetteer after an article' },
    { text: 'Der Rekord im fränkischen Kitzingen wackelt.', expect: [{ name: 'Kitzingen', type: 'LOC' }], exact: true },
  ],
});
