import rule from '../../../src/rules/entity/org-publisher-bracket.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Foto (Archiv) zeigt den Roman auf dem Tisch.', name: 'a common word in brackets' },
    { text: 'Ihr Buch erschien in der Hauptstadt (Berlin).', name: 'a place in brackets' },
    { text: 'Der Roman des Abgeordneten Max Muster (Grüne) erschien.', name: 'a party in brackets' },
    { text: 'Der neue Roman der Stadträtin Eva Beispiel (Tierschutzpartei) erschien im Herbst.', name: 'a party of parties.txt in brackets (no acronym, no common word)' },
    { text: 'Den Roman las Anna Beispiel (Moderatorin) vor.', name: 'a role in brackets' },
    { text: 'Die Firma (Mustermann) meldete Zahlen.', name: 'no book noun before the bracket' },
  ],
  invalid: [
    { text: 'Akiz bekam den Preis für seinen Roman „Der Hund“ (Hanserblau).', expect: [{ name: 'Hanserblau', type: 'ORG' }], exact: true, name: 'realnews-i: a publisher after a quoted title' },
    { text: 'Sie wird für ihren Roman Elijas Lied (Frankfurter Verlagsanstalt) geehrt.', expect: [{ name: 'Frankfurter Verlagsanstalt', type: 'ORG' }], exact: true, name: 'realnews-i: a two-word publisher after an unquoted title' },
    { text: 'Ihr Debüt „Sommerhaus“ (Wolkenbruch Verlag) wurde gelobt.', expect: [{ name: 'Wolkenbruch Verlag', type: 'ORG' }], exact: true, name: 'an invented publisher after a debut' },
  ],
});
