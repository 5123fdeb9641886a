import rule from '../../../src/rules/quantity/money.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Konzern 3M meldete am Dienstag höhere Gewinne.' },
    { text: 'Der Euro stieg am Montag.' },
    { text: 'Im Jahr 2024 kostete das Ticket mehr.' },
    { text: 'Fr. Meier kam am Freitag.' },
    { text: 'Bis Fr. 12 Teilnehmer haben sich angemeldet.' },
    { text: 'Geöffnet ist Mo. bis Fr. 8 bis 18 Uhr.' },
    { text: 'Der Kurs des CHF stieg.' },
  ],
  invalid: [
    // magnitude suffixes next to a currency, Billiarden, a detached minus
    { text: 'Das Start-up sammelte 2,5M Euro ein.', expect: [{ text: '2,5M Euro', value: 2.5e6, unit: 'Euro' }] },
    { text: 'Die Derivate summieren sich auf zwei Billiarden Euro.', expect: [{ text: 'zwei Billiarden Euro', value: 2e15, unit: 'Euro' }] },
    { text: 'Das Defizit der Kasse liegt bei - 1.200 Euro.', expect: [{ text: '- 1.200 Euro', value: -1200, unit: 'Euro' }] },
    { text: 'Laut einer Umfrage sank der Preis unter 5 Euro.', expect: [{ text: 'unter 5 Euro', value: 5, bound: 'lt', unit: 'Euro' }] },
    { text: 'Der Zuschuss gilt für Anschaffungen ab 100 Euro.', expect: [{ text: 'ab 100 Euro', value: 100, bound: 'gte', unit: 'Euro' }] },
    { text: 'Der Schaden war geringer als 2 Millionen Euro.', expect: [{ value: 2e6, bound: 'lt', unit: 'Euro' }] },
    { text: 'Eine Rechnung über 500 Euro kam erst im Mai an.', expect: [{ text: '500 Euro', value: 500, bound: 'eq', unit: 'Euro' }] },
    { text: 'Der Bund gibt 3,5 Milliarden Euro für Schulen aus.', expect: [{ text: '3,5 Milliarden Euro', value: 3.5e9, bound: 'eq', unit: 'Euro' }] },
    { text: 'Der Verein machte 12 Mio. Euro Verlust.', expect: [{ text: '12 Mio. Euro', value: 12e6, unit: 'Euro' }] },
    { text: 'Das Ticket kostet 49 €.', expect: [{ text: '49 €', value: 49, unit: 'Euro' }] },
    { text: 'Die Firma zahlte mehr als 100 Dollar pro Aktie.', expect: [{ value: 100, bound: 'gt', unit: 'Dollar' }] },
    { text: 'Die Sanierung kostet rund 2 Millionen Franken.', expect: [{ value: 2e6, bound: 'approx', unit: 'Franken' }] },
    // Swiss and other formats, currency before the number
    { text: "Eine Krippe kostet 1'200 Franken im Monat.", expect: [{ text: "1'200 Franken", value: 1200, unit: 'Franken' }] },
    { text: 'Eine Krippe kostet 1’200 Franken im Monat.', expect: [{ text: '1’200 Franken', value: 1200, unit: 'Franken' }] },
    { text: 'Der Bund zahlt CHF 2,5 Millionen an die Kantone.', expect: [{ text: 'CHF 2,5 Millionen', value: 2.5e6, unit: 'Franken' }] },
    { text: 'Das Abo kostet Fr. 300.– pro Jahr.', expect: [{ text: 'Fr. 300.–', value: 300, unit: 'Franken' }] },
    { text: 'Der Verlust beträgt EUR 5 Mio. im Quartal.', expect: [{ text: 'EUR 5 Mio.', value: 5e6, unit: 'Euro' }] },
    { text: 'Der Konzern investiert US$ 3 Mrd. in das Werk.', expect: [{ text: 'US$ 3 Mrd.', value: 3e9, unit: 'US-Dollar' }] },
    { text: 'Die Prämie beträgt 3.000,- Euro.', expect: [{ text: '3.000,- Euro', value: 3000, unit: 'Euro' }] },
    { text: 'Jeder Helfer bekommt 3000,– Euro.', expect: [{ text: '3000,– Euro', value: 3000, unit: 'Euro' }] },
    { text: 'Der Preis stieg von 5 auf 7 Euro.', expect: [{ text: '5', value: 5, unit: 'Euro' }, { text: '7 Euro', value: 7 }] },
    { text: 'Die Sanierung kostet mehr als CHF 2 Mio.', expect: [{ text: 'mehr als CHF 2 Mio.', value: 2e6, bound: 'gt', unit: 'Franken' }] },
    { text: 'Ein Kaffee kostet am Bahnhof 4.50 Franken.', expect: [{ text: '4.50 Franken', value: 4.5, unit: 'Franken' }] },
    { text: 'Der Preis liegt bei CHF 1.50 pro Fahrt.', expect: [{ text: 'CHF 1.50', value: 1.5, unit: 'Franken' }] },
    { text: 'Die Fahrt kostet 20 Rappen mehr.', expect: [{ text: '20 Rappen', value: 20, unit: 'Rappen' }] },
    { text: 'Die Gewerkschaft fordert mindestens aber 350 Euro mehr im Monat.', expect: [{ text: 'mindestens aber 350 Euro', value: 350, bound: 'gte', unit: 'Euro' }] },
    { text: 'Der Konzern erhielt einen Auftrag über 2,3 Milliarden Euro.', expect: [{ text: '2,3 Milliarden Euro', value: 2.3e9, bound: 'eq' }] },
    { text: 'Die Koalition einigte sich auf ein Paket über 50 Milliarden Euro.', expect: [{ value: 5e10, bound: 'eq' }] },
    { text: 'Die Firma machte einen Verlust von über 5 Millionen Euro.', expect: [{ text: 'über 5 Millionen Euro', bound: 'gt' }] },
    { text: 'Die Schäden belaufen sich auf 1,2 Mrd. €.', expect: [{ text: '1,2 Mrd. €', value: 1.2e9, unit: 'Euro' }] },
  ],
});
