import rule from '../../../src/rules/quantity/count-frame.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Zahl der Todesopfer ist gestiegen.' },
    { text: 'Die Zahl der Toten stieg auf sieben Menschen.', name: 'the noun after the number: plain-number, not this rule' },
    { text: 'Die Postleitzahl lautet 80331.' },
    { text: 'Die Jahreszahl 1989 steht auf dem Stein.' },
    { text: 'Die Zahl der Besucher war hoch. Am Sonntag kamen wir um 12 an.', name: 'a frame of another sentence' },
    { text: 'Die Zahl der Mitglieder stieg im Jahr 2024 deutlich.' },
    { text: 'Die Zahl der Anträge steigt seit dem 12. März.' },
    { text: 'Die Anzahl der Plätze ist begrenzt, auf Seite 3 steht mehr.' },
  ],
  invalid: [
    { text: 'Die Zahl der Todesopfer stieg am Abend auf sieben.', exact: true, expect: [{ text: 'sieben', value: 7, bound: 'eq', unit: 'Todesopfer' }] },
    { text: 'Hochwasser: Zahl der Toten steigt auf mindestens zwölf', expect: [{ text: 'mindestens zwölf', value: 12, bound: 'gte', unit: 'Tote' }] },
    { text: 'Die Zahl der Verletzten liegt nach Angaben der Feuerwehr bei 14.', expect: [{ value: 14, unit: 'Verletzte' }] },
    { text: 'Die Zahl der Teilnehmer wird mit rund 3.000 angegeben.', expect: [{ text: 'rund 3.000', value: 3000, bound: 'approx', unit: 'Teilnehmer' }] },
    { text: 'Die Anzahl der Arbeitslosen erhöhte sich von 2,6 auf 2,9 Millionen.', expect: [{ value: 2.9e6, unit: 'Arbeitslose' }] },
    { text: 'Die Anzahl der Arbeitslosen erhöhte sich von 2,6 auf 2,9 Millionen.', name: 'the first of a pair takes the scale word of the second', pending: 'a scale word is not shared („von 2,6 auf 2,9 Millionen“ gives 2.6)', expect: [{ value: 2.6e6, unit: 'Arbeitslose' }] },
    { text: 'Die Zahl der Gäste erhöhte sich von 240 auf 310.', exact: true, expect: [{ value: 240, unit: 'Gast' }, { value: 310, unit: 'Gast' }] },
    { text: 'Die Teilnehmerzahl lag bei 12 000.', expect: [{ text: '12 000', value: 12000, unit: 'Teilnehmer' }] },
    { text: 'Die Zahl der Neuinfektionen beträgt 450.', expect: [{ value: 450, unit: 'Neuinfektion' }] },
    { text: 'Die Zahl der Toten stieg auf sieben, die der Verletzten auf 30.', exact: true, expect: [{ value: 7, unit: 'Tote' }, { value: 30, unit: 'Verletzte' }] },
    { text: 'Die Zahl der Passagiere sank um 40.000 auf 1,2 Millionen.', expect: [{ value: 40000, unit: 'Passagier' }, { value: 1.2e6, unit: 'Passagier' }] },
    { text: 'Die Zahl der Toten ist, wie das Ministerium mitteilte, auf 23 gestiegen.', expect: [{ value: 23, unit: 'Tote' }] },
    { text: 'Die Zahl der Opfer stieg auf sieben. Die Polizei ermittelt.', expect: [] },
  ],
});
