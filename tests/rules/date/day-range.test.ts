import rule from '../../../src/rules/date/day-range.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Am 3. und 10. Mai wird gewählt.', name: 'two separate days are a list' },
    { text: 'Die Mannschaft wurde 2. bis 3. in der Tabelle.' },
    { text: 'Er kam vom 13. bis 8. Oktober.', name: 'reversed range' },
    { text: 'Die Kapitel 8.-13. behandeln das Thema.' },
  ],
  invalid: [
    { text: 'Die Übung fand vom 8. bis 13. Oktober statt.', expect: [{ text: 'vom 8. bis 13. Oktober', value: '--10-08', end_value: '--10-13' }], exact: true },
    { text: 'Der Streik dauerte vom 28. Februar bis 3. März 2024.', expect: [{ value: '2024-02-28', end_value: '2024-03-03' }] },
    { text: 'Die Messe läuft 8.–13. Oktober 2024 in Frankfurt.', expect: [{ value: '2024-10-08', end_value: '2024-10-13' }] },
    { text: 'Zwischen dem 8. und 13. Oktober wird gestreikt.', expect: [{ value: '--10-08', end_value: '--10-13' }] },
    { text: 'Die Ferien gehen vom 23. Dezember bis 6. Januar 2025.', expect: [{ value: '2024-12-23', end_value: '2025-01-06' }] },
    { text: 'Der Gipfel tagt vom 18.12. bis 20.12.2024 in Brüssel.', expect: [{ value: '2024-12-18', end_value: '2024-12-20' }] },
    { text: 'Geöffnet 18.–20.12.2024, jeweils ganztags.', expect: [{ value: '2024-12-18', end_value: '2024-12-20' }] },
    { text: 'Am 18. und 19. Oktober tagt der Bundesrat.', expect: [{ value: '--10-18', end_value: '--10-19' }] },
    { text: 'Die Sperrung gilt vom 28. Dezember bis 3. Januar.', expect: [{ value: '--12-28', end_value: '--01-03' }] },
  ],
});
