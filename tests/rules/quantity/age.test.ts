import rule from '../../../src/rules/quantity/age.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Krieg dauert seit zwei Jahren.' },
    { text: 'Die Partei feiert 75 Jahre Grundgesetz.' },
  ],
  invalid: [
    { text: 'Ein 24-jähriger Afghane wurde festgenommen.', expect: [{ text: 'Ein 24-jähriger Afghane', value: 24, bound: 'eq', unit: 'Jahr', noun: { text: 'Afghane' } }] },
    { text: 'Der Fahrer ist 24 Jahre alt.', expect: [{ text: '24 Jahre alt', value: 24, unit: 'Jahr' }] },
    { text: 'Sie starb im Alter von 87 Jahren.', expect: [{ text: '87 Jahren', value: 87, unit: 'Jahr' }] },
    { text: 'Ein 45 Jahre alter Mann starb an der Unfallstelle.', expect: [{ text: '45 Jahre alter', value: 45, unit: 'Jahr' }] },
    { text: 'Die Polizei sucht einen 17-Jährigen.', expect: [{ value: 17, unit: 'Jahr' }] },
  ],
});
