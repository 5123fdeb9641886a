import rule from '../../../src/rules/entity/place-noun-town.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Stadt Essen Kultur anzubieten fiel schwer.', name: 'a capitalised word after the town makes a noun phrase' },
    { text: 'Sie saß in Halle auf einem Stuhl.', name: 'no place noun or seat (the gazetteer rule decides)' },
    { text: 'Die Gemeinde Wohnung vermietet nichts.', name: 'a common noun that is no town' },
    { text: 'Sie hat ihren Sitz in Berlin.', name: 'a town the gazetteer finds anyway is the gazetteer rule’s' },
    { text: 'Der Wald liegt im Landkreis Neustadt an der Aisch-Bad Windsheim.', name: 'a qualified name goes on after the town (realnews-e)' },
  ],
  invalid: [
    { text: 'Die Firma Utsch mit Sitz in Siegen ist bei Kennzeichen vorn.', expect: [{ name: 'Siegen', type: 'LOC' }], exact: true, name: 'a seat + a town that is a common word (fresh copy: t-online.de)' },
    { text: 'Liebich ist kein Einwohner der Stadt Halle.', expect: [{ name: 'Halle', type: 'LOC' }], exact: true, name: 'a place noun + a common-word town (fresh copy: dubisthalle.de)' },
    { text: 'Der Rat der Stadt Hof beschloss einen neuen Haushalt.', expect: [{ name: 'Hof', type: 'LOC' }], exact: true, name: 'other topic: council budget' },
  ],
});
