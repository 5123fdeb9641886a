import rule from '../../../src/rules/quantity/plain-number.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Jahr 2024 wählte Sachsen einen neuen Landtag.' },
    { text: 'Seit August 2023 exportiert das Land Waffen.' },
    { text: 'Das Treffen am 18.12.2024 um 13:39 Uhr wurde abgesagt.' },
    { text: 'Vom 8. bis 13. Oktober wurden Schiffe entdeckt.' },
    { text: 'Nach Artikel 5 des Nato-Vertrags gilt der Bündnisfall.' },
    { text: 'Die Botschaft liegt in der Clayallee 170 in Berlin.' },
    { text: 'Siehe Seite 12 des Berichts.' },
    { text: 'Der Krieg geht in sein drittes Jahr.' },
    { text: 'Das ist das erste Mal, dass ein Drittland eingreift.' },
    { text: 'Einen Monat später deutete er etwas anderes an.' },
    { text: 'Der Zug hält auf Gleis 7.' },
    { text: 'Ruf uns an unter +49-30-1234/5678.' },
    { text: 'Der 10-Punkte-Plan der Regierung liegt vor.' },
    { text: 'Die G7 und die Covid-19-Pandemie.' },
    { text: 'Der 1. FC Köln gewann.' },
  ],
  invalid: [
    { text: 'Nordkorea hat 1.500 Spezialkräfte zur Ausbildung geschickt.', expect: [{ text: '1.500 Spezialkräfte', value: 1500, bound: 'eq' }] },
    { text: 'Schiffe mit 1.500 nordkoreanischen Soldaten an Bord wurden entdeckt.', expect: [{ text: '1.500 nordkoreanischen Soldaten', value: 1500, unit: 'Soldat' }] },
    { text: 'Nordkorea hat 1,28 Millionen Soldaten im Einsatz.', expect: [{ text: '1,28 Millionen Soldaten', value: 1.28e6, unit: 'Soldat', number: { text: '1,28 Millionen' }, noun: { text: 'Soldaten' } }] },
    { text: 'US-Behörden meldeten, dass 10.000 nordkoreanische Soldaten im Einsatz sind.', expect: [{ text: '10.000 nordkoreanische Soldaten', value: 10000, unit: 'Soldat' }] },
    { text: 'Beim Marathon liefen 12.500 Läuferinnen und Läufer.', expect: [{ text: '12.500 Läuferinnen', value: 12500 }] },
    { text: 'Der Orkan entwurzelte zweihundert Bäume.', expect: [{ text: 'zweihundert Bäume', value: 200, unit: 'Baum' }] },
    { text: 'Die Bundeswehr schickt drei weitere Hubschrauber.', expect: [{ text: 'drei weitere Hubschrauber', value: 3, unit: 'Hubschrauber' }] },
    { text: 'In Bayern wurden 40 000 Haushalte ohne Strom gezählt.', expect: [{ value: 40000, unit: 'Haushalt' }] },
    { text: 'Der Bundestag hat 736 Abgeordnete.', expect: [{ value: 736, unit: 'Abgeordnete' }] },
    { text: 'Die Gewerkschaft rief 2.300 Beschäftigte zum Streik auf.', expect: [{ value: 2300, bound: 'eq', interval: { min: 2300, max: 2300 } }] },
    { text: 'Eine halbe Million Haushalte zahlt mehr.', expect: [{ value: 500000, unit: 'Haushalt' }] },
    { text: 'Der Verein verpflichtete 5 NATO-Offiziere.', expect: [{ text: '5 NATO-Offiziere', unit: 'NATO-Offizier' }] },
    { text: 'Im Tor standen 2024 Fans.', expect: [{ value: 2024 }], pending: 'a four-digit number like a year before a noun is ambiguous; read as a count only without year cue' },
  ],
});
