import rule from '../../../src/rules/quantity/duration.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Jahr 2024 gab es Neuwahlen.' },
    { text: 'Einen Monat später kam die Wende.' },
    { text: 'Ein 24-jähriger Mann wurde festgenommen.' },
    { text: 'Der zweijährige Junge wurde aus dem Wasser gerettet.' },
    { text: 'Der langjährige Trainer und der volljährige Sohn kamen.' },
    { text: 'Die Zeitung erscheint vierzehntäglich und halbjährlich als Sonderheft.' },
    { text: 'Die 16-Jährige wurde schwer verletzt.' },
  ],
  invalid: [
    { text: 'Die Lieferungen entsprachen der Munition für zwei Monate.', expect: [{ text: 'zwei Monate', value: 2, bound: 'eq', unit: 'Monat' }] },
    { text: 'Der Streik dauerte 30 Minuten.', expect: [{ text: '30 Minuten', value: 30, unit: 'Minute' }] },
    { text: 'Der Krieg begann vor zwei Jahren.', expect: [{ text: 'zwei Jahren', value: 2, unit: 'Jahr' }] },
    { text: 'Die Verhandlungen dauerten mehr als 14 Stunden.', expect: [{ text: 'mehr als 14 Stunden', value: 14, bound: 'gt', unit: 'Stunde' }] },
    { text: 'Die Sperre gilt für anderthalb Jahre.', expect: [{ value: 1.5, unit: 'Jahr' }] },
    { text: 'Der Regen hielt drei Tage an.', expect: [{ value: 3, unit: 'Tag' }] },
    // duration adjectives
    { text: 'Der Minister sprach zum Auftakt der viertägigen Haushaltswoche.', expect: [{ text: 'viertägigen Haushaltswoche', value: 4, bound: 'eq', unit: 'Tag', number: { text: 'viertägigen' } }] },
    { text: 'Nach einer 14-stündigen Sitzung einigten sich die Tarifparteien.', expect: [{ text: '14-stündigen Sitzung', value: 14, unit: 'Stunde' }] },
    { text: 'Der Trainer erhielt einen zweijährigen Vertrag.', expect: [{ text: 'zweijährigen Vertrag', value: 2, unit: 'Jahr' }] },
    { text: 'Der Stürmer unterschrieb einen 3-jährigen Vertrag.', expect: [{ value: 3, unit: 'Jahr', noun: { text: 'Vertrag' } }] },
    { text: 'Sie verbüßt eine dreijährige Haftstrafe.', expect: [{ value: 3, unit: 'Jahr' }] },
    { text: 'Die dreiwöchige Frist für Einwände läuft ab.', expect: [{ value: 3, unit: 'Woche' }] },
    { text: 'Nach sechsmonatiger Bauzeit wurde die Brücke eröffnet.', expect: [{ value: 6, unit: 'Monat' }] },
    { text: 'Die Kanzlerin hielt eine 90-minütige Rede.', expect: [{ value: 90, unit: 'Minute' }] },
    { text: 'Nach einer rund zweistündigen Debatte stimmte der Landtag ab.', expect: [{ text: 'rund zweistündigen Debatte', value: 2, bound: 'approx', unit: 'Stunde' }] },
    { text: 'Es folgte eine einjährige Pause.', expect: [{ value: 1, unit: 'Jahr' }] },
    { text: 'Der Warnstreik soll eineinhalbtägig sein.', expect: [{ value: 1.5, unit: 'Tag' }] },
    { text: 'Zweijähriger Vertrag für den neuen Trainer.', expect: [{ text: 'Zweijähriger Vertrag', value: 2, unit: 'Jahr' }] },
    { text: 'Viertägige Proteste legten die Hauptstadt lahm.', expect: [{ value: 4, unit: 'Tag' }] },
    { text: 'Ein fünfjähriges Förderprogramm startet im Herbst.', expect: [{ value: 5, unit: 'Jahr' }] },
    { text: 'Nach dreijähriger Verhandlung kam der Durchbruch.', expect: [{ value: 3, unit: 'Jahr' }] },
    { text: 'Die Partei feierte ihr 100-jähriges Bestehen.', expect: [{ value: 100, unit: 'Jahr', noun: { text: 'Bestehen' } }] },
    // the numeral "ein" after a qualifier; "über" meaning "across"
    { text: 'Der Streik dauerte mehr als eine Woche.', expect: [{ text: 'mehr als eine Woche', value: 1, bound: 'gt', unit: 'Woche' }] },
    { text: 'Seit mehr als einem Jahr wird über den Haushalt verhandelt.', expect: [{ text: 'mehr als einem Jahr', value: 1, bound: 'gt', unit: 'Jahr' }] },
    { text: 'Die Kosten werden über drei Jahre verteilt.', expect: [{ text: 'drei Jahre', value: 3, bound: 'eq', unit: 'Jahr' }] },
    { text: 'Die Verhandlungen zogen sich über zwei Wochen hinweg.', expect: [{ text: 'zwei Wochen', value: 2, bound: 'eq' }] },
    { text: 'Die Feier dauerte über drei Stunden.', expect: [{ text: 'über drei Stunden', value: 3, bound: 'gt' }] },
    { text: 'Der Förderkredit läuft über zehn Jahre.', expect: [{ text: 'zehn Jahre', value: 10, bound: 'eq', unit: 'Jahr' }] },
    { text: 'Das Programm läuft seit über fünf Jahren.', expect: [{ text: 'über fünf Jahren', value: 5, bound: 'gt' }] },
    { text: 'Der Zug hatte über eine Stunde Verspätung.', expect: [{ value: 1, bound: 'gt', unit: 'Stunde' }], pending: '"über" + article is never read as a count (mostly a preposition: "über eine Brücke")' },
    // pairs sharing the noun
    { text: 'Die GDL fordert eine Absenkung der Arbeitszeit von 38 auf 35 Stunden.', exact: true, expect: [{ text: '38', value: 38, bound: 'eq', unit: 'Stunde' }, { text: '35 Stunden', value: 35, unit: 'Stunde' }] },
  ],
});
