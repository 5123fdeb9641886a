import rule from '../../../src/rules/quantity/duration.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Jahr 2024 gab es Neuwahlen.' },
    { text: 'Einen Monat später kam die Wende.' },
    { text: 'Ein 24-jähriger Mann wurde festgenommen.' },
  ],
  invalid: [
    { text: 'Die Lieferungen entsprachen der Munition für zwei Monate.', expect: [{ text: 'zwei Monate', value: 2, bound: 'eq', unit: 'Monat' }] },
    { text: 'Der Streik dauerte 30 Minuten.', expect: [{ text: '30 Minuten', value: 30, unit: 'Minute' }] },
    { text: 'Der Krieg begann vor zwei Jahren.', expect: [{ text: 'zwei Jahren', value: 2, unit: 'Jahr' }] },
    { text: 'Die Verhandlungen dauerten mehr als 14 Stunden.', expect: [{ text: 'mehr als 14 Stunden', value: 14, bound: 'gt', unit: 'Stunde' }] },
    { text: 'Die Sperre gilt für anderthalb Jahre.', expect: [{ value: 1.5, unit: 'Jahr' }] },
    { text: 'Der Regen hielt drei Tage an.', expect: [{ value: 3, unit: 'Tag' }] },
  ],
});
