import rule from '../../../src/rules/quantity/property-verb.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die beiden wurden verletzt.' },
    { text: 'Die drei wurden festgenommen.' },
    { text: 'Alle vier kamen ums Leben.' },
    { text: 'Im Jahr 2019 starben viele Bäume.' },
    { text: 'Bei 30 wurden die Arbeiten abgebrochen.', name: 'after a preposition' },
    { text: 'Fünf Menschen wurden verletzt.', name: 'the noun is there: plain-number' },
    { text: 'Um 14 Uhr wurde der Mann festgenommen.' },
    { text: 'Am 12. wurden die Ergebnisse verkündet.' },
    { text: 'In der 34. Minute wurde der Spieler verletzt.' },
    { text: 'Nach Artikel 5 werden Verletzte versorgt.' },
    { text: 'Er verletzte sich 2021 beim Training.' },
    { text: 'Der FC gewann 3:1, zwei Spieler wurden verletzt.' },
    { text: 'Drei Firmen wurden verkauft, zwei weitere geschlossen.', name: 'no property verb in the conjunct or clause' },
  ],
  invalid: [
    { text: 'Bei dem Unglück kamen fünf ums Leben, zwölf wurden verletzt.', exact: true, expect: [{ text: 'fünf', value: 5, unit: 'Tote' }, { text: 'zwölf', value: 12, unit: 'Verletzte' }] },
    { text: 'Nach dem Erdbeben starben mindestens 40.', expect: [{ text: 'mindestens 40', value: 40, bound: 'gte', unit: 'Tote' }] },
    { text: 'Sieben wurden getötet, als die Brücke einstürzte.', expect: [{ value: 7, unit: 'Tote' }] },
    { text: 'Bei der Razzia wurden 14 festgenommen.', expect: [{ value: 14, unit: 'Festgenommene' }] },
    { text: 'Wegen des Hochwassers mussten rund 300 evakuiert werden.', expect: [{ text: 'rund 300', value: 300, bound: 'approx', unit: 'Evakuierte' }] },
    { text: 'Zwei sind schwer verletzt, drei leicht.', expect: [{ value: 2, unit: 'Schwerverletzte' }] },
    { text: 'An der Kundgebung nahmen 3.000 teil.', expect: [{ value: 3000, unit: 'Teilnehmer' }] },
    { text: 'Nach dem Kentern werden noch zwölf vermisst.', expect: [{ value: 12, unit: 'Vermisste' }] },
    { text: 'Beim Bergunglück ertranken drei.', expect: [{ value: 3, unit: 'Tote' }] },
    { text: 'Von den Passagieren wurden zwei von ihnen verletzt.', expect: [{ value: 2, unit: 'Verletzte' }] },
    { text: 'In der Kita erkrankten 25 an Grippe.', expect: [{ value: 25, unit: 'Erkrankte' }] },
    { text: 'Bei dem Brand wurden zwei Menschen getötet und sieben verletzt.', exact: true, expect: [{ text: 'sieben', value: 7, unit: 'Verletzte' }] },
    { text: 'Zwei Bergsteiger wurden getötet, vier weitere schwer verletzt.', exact: true, expect: [{ text: 'vier', value: 4, unit: 'Schwerverletzte' }] },
    { text: 'Am Protestzug beteiligten sich rund 4.000.', expect: [{ text: 'rund 4.000', value: 4000, unit: 'Teilnehmer' }] },
    { text: 'In Leipzig demonstrierten am Montag 15.000.', expect: [{ value: 15000, unit: 'Demonstrant' }] },
    { text: 'Dabei wurde einer schwer verletzt.', pending: '„einer“ is not read as a number', expect: [{ value: 1, unit: 'Schwerverletzte' }] },
  ],
});
