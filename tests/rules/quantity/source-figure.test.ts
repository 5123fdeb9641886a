import rule from '../../../src/rules/quantity/source-figure.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Polizei sprach von einem Erfolg, der Bürgermeister von 12 Uhr an.' },
    { text: 'Die Temperatur lag bei 35 Grad, der Wetterdienst meldete 36.', name: 'measures are not continued' },
    { text: 'Die Kosten werden mit 3 Millionen Euro angegeben, die Stadt spricht von 4.', name: 'the scale word would be lost' },
    { text: 'Der Bürgermeister nannte 2025 als Ziel.' },
    { text: 'Der Minister sprach von Artikel 5.' },
    { text: 'Die Polizei zählte 12.', name: 'no figure before' },
    { text: 'Das Amt hat 47 Fälle registriert, elf mehr als vor einer Woche.', name: 'a gapped clause without its own subject' },
  ],
  invalid: [
    { text: 'Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 20.000.', exact: true, expect: [{ text: '20.000', value: 20000, bound: 'eq', unit: 'Teilnehmer' }] },
    { text: 'Zur Kundgebung kamen nach Angaben der Organisatoren 15.000 Menschen. Die Polizei gibt 8.000 an.', expect: [{ value: 8000, unit: 'Mensch' }] },
    { text: 'Die Zahl der Todesopfer ist unklar. Die Behörden nennen 23, Hilfsorganisationen sprechen von über 40.', exact: true, expect: [{ value: 23, unit: 'Todesopfer' }, { text: 'über 40', value: 40, bound: 'gt', unit: 'Todesopfer' }] },
    { text: 'Die Feuerwehr rettete 120 Bewohner. Der Landkreis schätzt die Zahl auf 150.', expect: [{ value: 150, unit: 'Bewohner' }] },
    { text: 'Der Verband meldet 3.400 Mitglieder, im Vorjahr waren es 3.100.', expect: [{ value: 3100, unit: 'Mitglied' }] },
    { text: 'Die Polizei gab 8.000 an, die Veranstalter sprachen von 20.000 Demonstranten.', expect: [{ value: 8000, unit: 'Demonstrant' }] },
    { text: 'Das Ministerium bezifferte die Schäden auf 12.', pending: 'a noun in the verb’s object („die Schäden“) is not read as the unit', expect: [{ value: 12, unit: 'Schaden' }] },
  ],
});
