import rule from '../../../src/rules/date/day-month.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der 3. Platz ging an Dortmund.' },
    { text: 'Herr Maier kam als 3. Maier ins Amt.', name: 'month-like prefix of a name' },
    { text: 'Im Juni 2024 wurde der Vertrag unterzeichnet.', name: 'month without day' },
    { text: 'Es war der 31. Juni.', name: 'impossible day' },
  ],
  invalid: [
    { text: 'Am 3. März demonstrierten Tausende in Berlin.', expect: [{ text: 'Am 3. März', value: '--03-03' }], exact: true },
    { text: 'Die Rente steigt zum 1. Juli um 4,57 Prozent.', expect: [{ text: 'zum 1. Juli', value: '--07-01' }] },
    { text: 'Das Gesetz tritt am 1. Januar 2025 in Kraft.', expect: [{ text: 'am 1. Januar 2025', value: '2025-01-01' }] },
    { text: 'Freitag, 13. Dezember 2024, 14:30 Uhr: Der Pegel steigt weiter.', expect: [{ value: '2024-12-13T14:30' }] },
    { text: 'Die Wahl ist am Sonntag, dem 9. Juni 2024, um 18 Uhr beendet.', expect: [{ value: '2024-06-09T18' }] },
    { text: 'Bis zum 31. Dezember müssen die Anträge beim Amt sein.', expect: [{ text: 'Bis zum 31. Dezember', value: '--12-31', relation: 'until' }] },
    { text: 'Seit dem 24. Februar 2022 herrscht Krieg.', expect: [{ value: '2022-02-24', relation: 'since' }] },
    { text: 'Die Bahn streikt ab 10. Jan. 2024 bundesweit.', expect: [{ value: '2024-01-10', relation: 'from' }] },
    { text: 'Am 9.November 1989 fiel die Mauer.', expect: [{ value: '1989-11-09' }] },
    { text: 'In Wien wurde am 6. Jänner gefeiert.', expect: [{ value: '--01-06' }] },
    { text: 'Der Parteitag wählte am 29. Februar 2024 einen neuen Vorstand.', expect: [{ value: '2024-02-29' }] },
    { text: 'Um 20 Uhr am 24. Dezember ist Bescherung.', expect: [{ text: 'am 24. Dezember', value: '--12-24' }] },
    { text: 'Die Kommission tagt am zweiten Februar 2026 in Straßburg.', expect: [{ text: 'am zweiten Februar 2026', value: '2026-02-02' }] },
    { text: 'Die Abstimmung wurde auf den 15. Mai vertagt.', expect: [{ text: 'auf den 15. Mai', value: '--05-15' }] },
    { text: 'Bis zum einunddreißigsten Dezember läuft die Frist.', expect: [{ value: '--12-31', relation: 'until' }] },
  ],
});
