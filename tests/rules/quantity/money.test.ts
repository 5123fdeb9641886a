import rule from '../../../src/rules/quantity/money.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Euro stieg am Montag.' },
    { text: 'Im Jahr 2024 kostete das Ticket mehr.' },
  ],
  invalid: [
    { text: 'Der Bund gibt 3,5 Milliarden Euro für Schulen aus.', expect: [{ text: '3,5 Milliarden Euro', value: 3.5e9, bound: 'eq', unit: 'Euro' }] },
    { text: 'Der Verein machte 12 Mio. Euro Verlust.', expect: [{ text: '12 Mio. Euro', value: 12e6, unit: 'Euro' }] },
    { text: 'Das Ticket kostet 49 €.', expect: [{ text: '49 €', value: 49, unit: 'Euro' }] },
    { text: 'Die Firma zahlte mehr als 100 Dollar pro Aktie.', expect: [{ value: 100, bound: 'gt', unit: 'Dollar' }] },
    { text: 'Die Sanierung kostet rund 2 Millionen Franken.', expect: [{ value: 2e6, bound: 'approx', unit: 'Franken' }] },
  ],
});
