import rule from '../../../src/rules/statement/laut.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Musik war sehr laut.' },
    { text: 'Er rief laut um Hilfe.' },
    { text: '„Laut Statistik sind wir die Besten“, sagte er.', name: 'inside a quote' },
  ],
  invalid: [
    {
      text: 'Nordkorea soll Russland laut Südkorea mit Raketen für die Ukraine-Offensive beliefern',
      expect: [{ speaker: 'Südkorea', cue: 'laut', kind: 'according_to', content: 'Nordkorea soll Russland laut Südkorea mit Raketen für die Ukraine-Offensive beliefern' }],
      exact: true,
    },
    {
      text: 'Laut The Guardian erwägt Seoul erstmals, Waffen zu liefern.',
      expect: [{ speaker: 'The Guardian', content: 'erwägt Seoul erstmals, Waffen zu liefern' }],
    },
    {
      text: 'Laut Polizei wurden bei dem Unfall drei Menschen verletzt.',
      expect: [{ speaker: 'Polizei', content: 'wurden bei dem Unfall drei Menschen verletzt' }],
    },
    {
      text: 'Insgesamt wurden laut südkoreanischer Geheimdienste mehr als 8 Millionen Granaten exportiert.',
      expect: [{ speaker: { text: 'südkoreanischer Geheimdienste' }, content: 'Insgesamt wurden laut südkoreanischer Geheimdienste mehr als 8 Millionen Granaten exportiert' }],
    },
    {
      text: 'Die Inflation lag im März laut Statistischem Bundesamt bei 2,2 Prozent.',
      expect: [{ speaker: { text: 'Statistischem Bundesamt' }, cue: 'laut' }],
    },
    {
      text: 'Laut einem Bericht der Süddeutschen Zeitung plant die Koalition neue Schulden.',
      expect: [{ speaker: { text: 'einem Bericht der Süddeutschen Zeitung' }, content: 'plant die Koalition neue Schulden' }],
    },
  ],
});
