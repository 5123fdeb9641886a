import rule from '../../../src/rules/date/numeric-date.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Rund 10.000 Soldaten wurden verlegt.' },
    { text: 'Die Schäden belaufen sich auf 1,28 Millionen Euro.' },
    { text: 'Die Firma zahlte 1.000.000 Euro an die Stadt.' },
    { text: 'Das Update auf Version 2.1.3 behebt den Fehler.' },
    { text: 'Seit Version 10.12.24 läuft die App stabiler.' },
    { text: 'Der Server unter 192.168.1.1 war nicht erreichbar.' },
    { text: 'Die Frist endet am 30.02.2024.', name: 'impossible day' },
    { text: 'Bayern gewann 2:1 gegen Leverkusen.' },
    { text: 'Es waren 3.5 Prozentpunkte weniger.' },
    { text: 'Die Preise stiegen um 12.12 Prozent.', name: 'dd.mm without year or preposition' },
  ],
  invalid: [
    { text: 'Nordkorea schickt Truppen, sagt Seoul – 18.12.2024 um 13:39 Uhr', expect: [{ text: '18.12.2024 um 13:39 Uhr', value: '2024-12-18T13:39' }], exact: true },
    { text: 'Die Bundestagswahl fand am 23.02.2025 statt.', expect: [{ text: 'am 23.02.2025', value: '2025-02-23' }] },
    { text: 'Der Brief vom 3.1.25 liegt der Redaktion vor.', expect: [{ text: 'vom 3.1.25', value: '2025-01-03' }] },
    { text: 'Das Hochwasser erreichte Passau am 3.6.2024, 14 Uhr.', expect: [{ value: '2024-06-03T14' }] },
    { text: 'Veröffentlicht: 05.03.2024 18:45', expect: [{ text: '05.03.2024 18:45', value: '2024-03-05T18:45' }] },
    { text: 'Laut Protokoll vom 2024-12-18 stimmte der Rat zu.', expect: [{ text: '2024-12-18', value: '2024-12-18' }] },
    { text: 'Der Streik beginnt am 18.12. und soll eine Woche dauern.', expect: [{ text: 'am 18.12.', value: '--12-18' }] },
    { text: 'Für den 28.10. kündigte die Gewerkschaft einen Warnstreik an.', expect: [{ text: 'Für den 28.10.', value: '--10-28' }] },
    { text: 'Ab dem 1.7. gilt der neue Mindestlohn.', expect: [{ text: 'Ab dem 1.7.', value: '--07-01', relation: 'from' }] },
    { text: 'Die Mieten stiegen seit dem 01.01.2020 um 15 Prozent.', expect: [{ value: '2020-01-01', relation: 'since' }] },
    { text: 'Am Freitag, 13.12.2024, kam es zum Streik.', expect: [{ text: 'Am Freitag, 13.12.2024', value: '2024-12-13' }] },
    { text: 'Geboren am 29.02.1996 in Leipzig.', expect: [{ value: '1996-02-29' }] },
    { text: 'Zuletzt aktualisiert: 2024-12-18T13:39:05+0100', expect: [{ text: '2024-12-18T13:39:05+0100', value: '2024-12-18T13:39:05+01:00' }] },
    { text: 'Erstellt 2024-03-05 08:15 von der Redaktion.', expect: [{ value: '2024-03-05T08:15' }] },
    { text: 'Die Sitzung am 12.03.1998 endete ohne Ergebnis.', expect: [{ value: '1998-03-12' }] },
  ],
});
