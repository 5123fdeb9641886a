import rule from '../../../src/rules/date/relative.js';
import { ruleTester } from '../../helpers/rule-tester.js';

/** A dateline gives the reference date (Wednesday, 18 December 2024, ISO week 51). */
const LINE = 'Hamburg, 18.12.2024 – ';

ruleTester(rule, {
  valid: [
    { text: 'Gestern tagte der Ausschuss. Letzte Woche gab es Streit.', name: 'no dateline, no reference date' },
    { text: LINE + 'Am Morgen kam die Feuerwehr.', name: '"Morgen" is the morning' },
    { text: LINE + 'Das heute-journal berichtete ausführlich.' },
    { text: 'Am 9. November 1989 fiel die Mauer. Heute erinnert die Stadt daran.', name: 'a date in the running text is no dateline' },
    { text: LINE + 'Im Juni desselben Jahres wurde gewählt.', name: '"desselben Jahres" points back, not to the dateline' },
  ],
  invalid: [
    { text: LINE + 'Gestern Abend tagte der Haushaltsausschuss.', expect: [{ text: 'Gestern Abend', value: '2024-12-17' }], exact: true },
    { text: LINE + 'Der Bundesrat stimmt morgen früh ab.', expect: [{ text: 'morgen früh', value: '2024-12-19' }] },
    { text: LINE + 'Letzte Woche streikten die Lokführer.', expect: [{ text: 'Letzte Woche', value: '2024-W50' }] },
    { text: LINE + 'In der kommenden Woche beginnt die Sitzung.', expect: [{ value: '2024-W52' }] },
    { text: LINE + 'Ende letzten Jahres sank die Inflation.', expect: [{ text: 'Ende letzten Jahres', value: '2023', qualifier: 'late' }] },
    { text: LINE + 'Im vergangenen Monat stiegen die Mieten.', expect: [{ value: '2024-11' }] },
    { text: LINE + 'Seit letztem Jahr gilt das Gesetz.', expect: [{ value: '2023', relation: 'since' }] },
    { text: LINE + 'Vor zwei Jahren traf das Hochwasser die Stadt.', expect: [{ text: 'Vor zwei Jahren', value: '2022' }] },
    { text: LINE + 'Am vergangenen Wochenende demonstrierten Tausende.', expect: [{ value: '2024-12-14', end_value: '2024-12-15' }] },
    { text: LINE + 'Anfang des Jahres kam die Wende.', expect: [{ value: '2024', qualifier: 'early' }] },
    { text: LINE + 'Bis heute fehlt von dem Täter jede Spur.', expect: [{ text: 'Bis heute', value: '2024-12-18', relation: 'until' }] },
    { text: LINE + 'Seit Jahresbeginn stieg der Dax um 19 Prozent.', expect: [{ text: 'Seit Jahresbeginn', value: '2024', qualifier: 'early', relation: 'since' }] },
    { text: LINE + 'Die Reform soll bis zum Monatsende stehen.', expect: [{ value: '2024-12', qualifier: 'late', relation: 'until' }] },
    { text: 'Veröffentlicht am 18.12.2024 um 10:00 Uhr. Gestern tagte der Stadtrat.', expect: [{ text: 'Gestern', value: '2024-12-17' }] },
    { text: 'Berlin, 3. Januar 2025. Vor drei Tagen begann das neue Jahr.', expect: [{ value: '2024-12-31' }] },
    { text: LINE + 'Die Kanzlerin reist nächsten Monat nach Paris.', expect: [{ value: '2025-01' }] },
    { text: LINE + 'In diesem Monat stiegen die Preise erneut.', expect: [{ text: 'In diesem Monat', value: '2024-12' }] },
    { text: LINE + 'Vor einer Woche kam der Bescheid.', expect: [{ text: 'Vor einer Woche', value: '2024-W50' }] },
    { text: LINE + 'Im Juni letzten Jahres wurde gewählt.', expect: [{ text: 'Im Juni letzten Jahres', value: '2023-06' }] },
    { text: LINE + 'Bis Ende März nächsten Jahres soll der Bau stehen.', expect: [{ value: '2025-03', qualifier: 'late', relation: 'until' }] },
  ],
});
