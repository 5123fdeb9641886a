import rule from '../../../src/rules/entity/place-district.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Kreis Familie und Freunde feierte sie.', name: 'a common noun after „Kreis“' },
    { text: 'Im Bezirk Mitte wird eine neue Schule gebaut.', name: 'a common word after „Bezirk“ (Berlin borough named like a noun)' },
    { text: 'Der Bezirk prüft seit Wochen den Bauantrag.', name: '„Bezirk“ alone (administration)' },
    { text: 'Der Landkreis prüft den Antrag.', name: 'the district noun alone' },
    { text: 'Im Wahlkreis und im Freundeskreis sprach sich das herum, auch im Kulturkreis.', name: 'district-like compounds of German words' },
    { text: 'Im Kreis Peter Müllers ist das bekannt.', name: 'a first name after „Kreis“' },
    { text: 'Im Landkreis Neustadt an der Aisch brannte es.', name: 'a qualified name that goes on („an der Aisch“) is not cut after its first word' },
  ],
  invalid: [
    { text: 'Im Bezirk Kufstein wurden drei neue Bürgermeister gewählt.', expect: [{ name: 'Bezirk Kufstein', type: 'LOC' }], exact: true, name: 'an Austrian district with its head noun (local elections)' },
    { text: 'Die Lawine ging im Bereich des Bezirks Landeck ab.', expect: [{ name: 'Bezirk Landeck', type: 'LOC', mentions: [{ text: 'Bezirks Landeck' }] }], exact: true, name: 'an Austrian district in the genitive (mountain rescue)' },
    { text: 'Der Kandidat aus dem Kanton Nidwalden verlor die Wahl.', expect: [{ name: 'Kanton Nidwalden', type: 'LOC' }], exact: true, name: 'a Swiss canton with its head noun (realnews-l)' },
    { text: 'Im Kanton Uri schneite es bis in die Täler.', expect: [{ name: 'Kanton Uri', type: 'LOC' }], exact: true, name: 'other topic: weather' },
    { text: 'Das Fossil wurde in einer Tongrube im Kreis Göppingen gefunden.', expect: [{ name: 'Kreis Göppingen', type: 'LOC', mentions: [{ text: 'Kreis Göppingen' }] }], exact: true, name: 'realnews-i: district with its head noun' },
    { text: 'Im oberbayerischen Landkreis München ist ein Streifenwagen verunglückt.', expect: [{ name: 'Landkreis München', type: 'LOC' }], exact: true, name: 'realnews-i: the district, not the city' },
    { text: 'Die Feuerwehr des Landkreises Verden rückte aus.', expect: [{ name: 'Landkreis Verden', type: 'LOC', mentions: [{ text: 'Landkreises Verden' }] }], exact: true, name: 'genitive district noun, nominative name' },
    { text: 'Der Prozess gegen einen Landrat des Odenwaldkreises begann.', expect: [{ name: 'Odenwaldkreis', type: 'LOC' }], exact: true, name: 'fresh copy: a district compound in the genitive' },
    { text: 'Im Landkreis Rottal-Inn und im Kreis Wolkersried regnete es.', expect: [{ name: 'Landkreis Rottal-Inn' }, { name: 'Kreis Wolkersried' }], exact: true, name: 'a hyphenated district and an invented one' },
  ],
});
