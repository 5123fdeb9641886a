import rule from '../../../src/rules/date/quarter.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Quartier im Norden der Stadt wächst.' },
    { text: 'Im letzten Quartal stieg der Umsatz.', name: 'relative quarter: no value without a reference' },
    { text: 'Die Abgasnorm Euro 6 und das Modell Q5 2024 kosten mehr.', name: 'Q5 is no quarter' },
  ],
  invalid: [
    { text: 'Im ersten Quartal 2024 schrumpfte die Wirtschaft um 0,3 Prozent.', expect: [{ text: 'Im ersten Quartal 2024', value: '2024-01', end_value: '2024-03' }], exact: true },
    { text: 'Im dritten Quartal wuchs der Export.', expect: [{ value: '--07', end_value: '--09' }] },
    { text: 'Im 2. Halbjahr 2023 sank die Zahl der Baugenehmigungen.', expect: [{ value: '2023-07', end_value: '2023-12' }] },
    { text: 'Der Umsatz in Q3 2024 lag über den Erwartungen.', expect: [{ text: 'Q3 2024', value: '2024-07', end_value: '2024-09' }] },
    { text: 'Bis zum vierten Quartal des Jahres 2025 soll die Strecke fertig sein.', expect: [{ value: '2025-10', end_value: '2025-12', relation: 'until' }] },
    { text: 'Die Bilanz des ersten Halbjahres 2024 fiel gemischt aus.', expect: [{ value: '2024-01', end_value: '2024-06' }] },
  ],
});
