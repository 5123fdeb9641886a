import rule from '../../../src/rules/quantity/partitive.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Davon war nie die Rede, 12 Jahre lang.' },
    { text: 'Darunter leiden 2024 viele.' },
    { text: 'Er sprach davon, dass die Lage ernst sei.' },
    { text: 'Drei davon kannte er.', name: 'no figure before' },
    { text: 'Die Hälfte davon ging verloren.' },
    { text: 'Der Saal hat 300 Plätze. Davon gehen Besucher 2024 gern nach Hause.', name: 'no number after the verb' },
    { text: 'Der Rat hat 40 Sitze. Davon träumt er seit 12 Jahren.', name: 'the number is not the verb’s subject' },
    { text: 'Im Mai 2023 kamen 500 Gäste. Zwei Wochen später war davon nichts mehr zu sehen.' },
  ],
  invalid: [
    { text: 'Bei dem Unglück wurden zwölf Menschen verletzt, neun davon schwer.', exact: true, expect: [{ text: 'neun', value: 9, unit: 'Mensch' }] },
    { text: 'Rund 1.800 Gebäude seien beschädigt, 240 davon so schwer, dass sie abgerissen werden.', expect: [{ value: 240, unit: 'Gebäude' }] },
    { text: 'Zum Festival kamen 40.000 Besucher, darunter 3.000 aus dem Ausland.', expect: [{ text: '3.000', value: 3000, unit: 'Besucher' }] },
    { text: 'Die Firma streicht 800 Stellen. Davon mehr als 300 in der Verwaltung.', expect: [{ text: 'mehr als 300', value: 300, bound: 'gt', unit: 'Stelle' }] },
    { text: 'Die Polizei nahm 25 Demonstranten fest, von denen zwölf wieder frei sind.', expect: [{ value: 12, unit: 'Demonstrant' }] },
    { text: 'Es gab 14 Verletzte, zwei von ihnen mussten ins Krankenhaus.', expect: [{ value: 2, unit: 'Verletzte' }] },
    { text: 'Die Schule hat 600 Schüler, davon allein 120 in der fünften Klasse.', expect: [{ value: 120, unit: 'Schüler' }] },
    { text: 'Der neue Stadtrat hat 60 Sitze. Davon gehen 22 an die CSU, 14 an die Grünen und 9 an die SPD.', exact: true, expect: [{ text: '22', value: 22, unit: 'Sitz' }, { text: '14', value: 14, unit: 'Sitz' }, { text: '9', value: 9, unit: 'Sitz' }] },
    { text: 'Der Verein hat 800 Mitglieder. Davon kommen 200 aus Bremen.', expect: [{ text: '200', value: 200, unit: 'Mitglied' }] },
  ],
});
