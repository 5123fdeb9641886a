import rule from '../../../src/rules/date/month.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'August Diehl spielte die Hauptrolle.' },
    { text: 'Die Moderatorin Mai Thi sprach über Chemie.' },
    { text: 'Der Kaiser hieß August der Starke.' },
  ],
  invalid: [
    { text: 'Der Vertrag wurde im Juni 2024 unterzeichnet.', expect: [{ text: 'im Juni 2024', value: '2024-06' }], exact: true },
    { text: 'US-Behörden meldeten Anfang November 2024 neue Zahlen.', expect: [{ text: 'Anfang November 2024', value: '2024-11', qualifier: 'early' }] },
    { text: 'Pjöngjang liefert seit August 2023 Munition.', expect: [{ text: 'seit August 2023', value: '2023-08', relation: 'since' }] },
    { text: 'Ende Januar berichtete die Zeitung darüber.', expect: [{ text: 'Ende Januar', value: '--01', qualifier: 'late' }] },
    { text: 'Im September stieg die Inflation auf 4,5 Prozent.', expect: [{ text: 'Im September', value: '--09' }] },
    { text: 'Mitte März 2020 schlossen die Schulen.', expect: [{ value: '2020-03', qualifier: 'mid' }] },
    { text: 'Die Tarifrunde läuft bis Ende Februar.', expect: [{ value: '--02', qualifier: 'late', relation: 'until' }] },
    { text: 'Der Umsatz im Mai des Jahres 2023 war hoch.', expect: [{ text: 'im Mai des Jahres 2023', value: '2023-05' }] },
    { text: 'Die Kurse fielen Dezember 2008 stark.', expect: [{ value: '2008-12' }] },
    { text: 'Ab Oktober gelten neue Regeln für Mieter.', expect: [{ value: '--10', relation: 'from' }] },
    { text: 'Im vergangenen Oktober stieg die Arbeitslosigkeit.', expect: [{ text: 'Im vergangenen Oktober', value: '--10' }] },
    { text: 'Hamburg, 18.12.2024 – Im vergangenen Oktober stieg die Arbeitslosigkeit.', expect: [{ text: 'Im vergangenen Oktober', value: '2024-10' }] },
    { text: 'Hamburg, 18.12.2024 – Im kommenden März wird gewählt.', expect: [{ value: '2025-03' }] },
    { text: 'Hamburg, 18.12.2024 – Seit letztem Dezember steigen die Preise.', expect: [{ value: '2023-12', relation: 'since' }] },
    { text: 'Der Vertrag gilt seit Monat Juni.', expect: [{ value: '--06', relation: 'since' }] },
    { text: 'Die Koalition zerbrach im März 2021, im September desselben Jahres wurde gewählt.', expect: [{ value: '2021-03' }, { text: 'im September desselben Jahres', value: '2021-09' }] },
  ],
});
