import rule from '../../../src/rules/quantity/bracket-age.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Laut der Studie (2019) sinkt der Wert.' },
    { text: 'Tim Müller (SPD) sagte, der Plan stehe.' },
    { text: 'Das steht im Bericht (Seite 3).' },
    { text: 'Hamburg (12) liegt vor Bremen (14).' },
    { text: 'Die Ausgabe 12 (3) erschien im Mai.' },
    { text: 'Thomas Müller (34.) erzielte das 1:0.', name: 'a minute of play' },
    { text: 'Anna Berger (2,5) gewann.', name: 'not a whole number' },
    { text: 'Der Verein (150) feierte.' },
    { text: 'Die Tochter (Foto) lacht.', name: 'no number' },
    { text: 'Die Stadt (56) liegt am Rhein.', name: 'not a person noun' },
  ],
  invalid: [
    { text: 'Landrat Max Beispiel (63) sagte, es habe 38.4 Grad gegeben.', exact: true, expect: [{ text: '63', value: 63, bound: 'eq', unit: 'Jahr' }] },
    { text: 'Die Fahrerin Anna K. (34) wurde leicht verletzt.', expect: [{ text: '34', value: 34, unit: 'Jahr' }] },
    { text: 'Bürgermeisterin Julia Schneider (47) eröffnete das Fest.', expect: [{ value: 47, unit: 'Jahr' }] },
    { text: 'Der Bürgermeister (58) trat zurück.', expect: [{ value: 58, unit: 'Jahr' }] },
    { text: 'Ein Rentner (78) aus Kassel wurde bestohlen.', expect: [{ value: 78, unit: 'Jahr' }] },
    { text: 'Im Haus starben ihre Tochter (56) und die Enkelin (28).', exact: true, expect: [{ text: '56', value: 56, unit: 'Jahr' }, { text: '28', value: 28, unit: 'Jahr' }] },
  ],
});
