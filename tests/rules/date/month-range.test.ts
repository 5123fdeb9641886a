import rule from '../../../src/rules/date/month-range.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Juni und Juli regnete es kaum.', name: 'a list of two months' },
    { text: 'Von Januar 2024 bis März 2023 ...', name: 'reversed years' },
  ],
  invalid: [
    { text: 'Von Januar bis März 2024 stiegen die Preise.', expect: [{ value: '2024-01', end_value: '2024-03' }], exact: true },
    { text: 'Januar bis März 2024 stiegen die Mieten.', expect: [{ text: 'Januar bis März 2024', value: '2024-01', end_value: '2024-03' }] },
    { text: 'Zwischen Juni und August regnete es kaum.', expect: [{ value: '--06', end_value: '--08' }] },
    { text: 'Die Baustelle bleibt von Juni 2023 bis Mai 2024.', expect: [{ value: '2023-06', end_value: '2024-05' }] },
    { text: 'Im Juni/Juli 2024 fand die EM statt.', expect: [{ text: 'Juni/Juli 2024', value: '2024-06', end_value: '2024-07' }] },
    { text: 'Von November bis Februar 2025 gilt die Winterreifenpflicht.', expect: [{ value: '2024-11', end_value: '2025-02' }] },
    { text: 'Die Zahlen für Oktober–Dezember 2023 liegen vor.', expect: [{ value: '2023-10', end_value: '2023-12' }] },
  ],
});
