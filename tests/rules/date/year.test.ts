import rule from '../../../src/rules/date/year.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Rund 2000 Menschen demonstrierten in Leipzig.' },
    { text: 'Bis zu 2000 Euro Strafe drohen.' },
    { text: 'Die Polizei setzte bis 2000 Beamte ein.' },
    { text: 'Laut Artikel 3 des Grundgesetzes sind alle gleich.' },
    { text: 'Siehe Seite 2024 im Anhang.' },
    { text: 'Insgesamt 1500 kamen ums Leben.' },
    { text: 'Das Unternehmen beschäftigt 1999 Menschen.' },
    { text: 'Der Fonds wuchs um 2010 Prozent.' },
    { text: 'Mehr als 1990 Soldaten wurden verlegt.' },
    { text: 'Die Zahl 2024 war ein Rekord für die Statistiker.' },
    { text: 'Der Index 2050 ist erfunden.' },
  ],
  invalid: [
    { text: 'Im Jahr 2024 stieg die Zahl der Insolvenzen.', expect: [{ text: 'Im Jahr 2024', value: '2024' }], exact: true },
    { text: 'Seit 2014 ist die Krim besetzt.', expect: [{ text: 'Seit 2014', value: '2014', relation: 'since' }] },
    { text: 'Bis 2030 sollen 80 Prozent des Stroms erneuerbar sein.', expect: [{ text: 'Bis 2030', value: '2030', relation: 'until' }] },
    { text: 'Ab 2025 gilt das neue Heizungsgesetz.', expect: [{ value: '2025', relation: 'from' }] },
    { text: 'Ende 2025 läuft die Frist ab.', expect: [{ text: 'Ende 2025', value: '2025', qualifier: 'late' }] },
    { text: 'Im Sommer 2024 war es so heiß wie nie.', expect: [{ text: 'Im Sommer 2024', value: '2024', qualifier: 'summer' }] },
    { text: 'Bei der Bundestagswahl 2021 erhielt die SPD 25,7 Prozent.', expect: [{ text: '2021', value: '2021' }] },
    { text: 'Die Fußball-WM 2026 findet in Nordamerika statt.', expect: [{ text: '2026', value: '2026' }] },
    { text: 'Die Inflation erreichte in 2022 ein Rekordhoch.', expect: [{ text: 'in 2022', value: '2022' }] },
    { text: 'Der Haushalt des Jahres 1998 war ausgeglichen.', expect: [{ value: '1998' }] },
    { text: 'Mitte des Jahres 2023 kam die Wende.', expect: [{ value: '2023', qualifier: 'mid' }] },
    { text: 'Die Stadt wurde um 1900 gegründet.', expect: [{ text: 'um 1900', value: '1900' }] },
    { text: 'Vor 2020 war das anders.', expect: [{ value: '2020', relation: 'before' }] },
    { text: 'Die Bürgermeisterin wurde 1975 in Kassel geboren.', pending: 'participle not adjacent to the year', expect: [{ value: '1975' }] },
    { text: 'Der Verein wurde 1886 gegründet.', expect: [{ text: '1886', value: '1886' }] },
    { text: 'Sie ist 1962 geboren und lebt in Bremen.', expect: [{ text: '1962', value: '1962' }] },
    { text: 'Das Hochwasser von 2013 ist unvergessen.', pending: 'bare "von 2013" is ambiguous with "von 2013 Menschen"; not handled', expect: [{ value: '2013' }] },
    { text: 'Er ist seit 2014 Mitglied im Stadtrat.', pending: 'a year followed by a noun is rejected as a possible quantity', expect: [{ value: '2014' }] },
  ],
});
