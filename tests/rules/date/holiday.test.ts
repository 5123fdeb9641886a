import rule from '../../../src/rules/date/holiday.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Weihnachten wird in diesem Jahr teurer.', name: 'a holiday as topic, no preposition or year' },
    { text: 'Der Weihnachtsmarkt öffnet früher.' },
    { text: 'An Ostern wird gestreikt.', name: 'movable feast without year or dateline' },
    { text: 'Die Ostereier sind bunt.' },
  ],
  invalid: [
    { text: 'An Heiligabend bleiben die Geschäfte ab 14 Uhr geschlossen.', expect: [{ text: 'An Heiligabend', value: '--12-24' }], exact: true },
    { text: 'Zu Ostern 2024 reisten so viele Menschen wie nie.', expect: [{ value: '2024-03-31', end_value: '2024-04-01' }] },
    { text: 'Silvester 2023 zählte die Feuerwehr 300 Einsätze.', expect: [{ text: 'Silvester 2023', value: '2023-12-31' }] },
    { text: 'Am Rosenmontag 2025 fielen die Umzüge aus.', expect: [{ value: '2025-03-03' }] },
    { text: 'Bis Pfingsten 2019 blieb es ruhig.', expect: [{ value: '2019-06-09', end_value: '2019-06-10', relation: 'until' }] },
    { text: 'Am Tag der Deutschen Einheit sprach der Bundespräsident.', expect: [{ value: '--10-03' }] },
    { text: 'Am zweiten Weihnachtsfeiertag kam es zu einem Unfall.', expect: [{ value: '--12-26' }] },
    { text: 'Köln, 20.03.2024 – An Ostern wird gestreikt.', expect: [{ text: 'An Ostern', value: '2024-03-31', end_value: '2024-04-01' }] },
    { text: 'Seit Aschermittwoch 2024 fasten viele.', expect: [{ value: '2024-02-14', relation: 'since' }] },
    { text: 'Zu Christi Himmelfahrt 2025 ist Vatertag.', expect: [{ value: '2025-05-29' }] },
  ],
});
