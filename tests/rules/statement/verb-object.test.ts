import rule from '../../../src/rules/statement/verb-object.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Diese Information wurde vom Geheimdienst bestätigt.', name: 'passive' },
    { text: 'Die Regierung kündigte keine Gegenmaßnahmen an.', name: 'negated' },
    { text: 'Das Ministerium bestätigte, dass die Schulen schließen.', name: 'a dass-clause is the comma rule’s' },
    { text: 'Der Kreml hat sich nicht geäußert.' },
  ],
  invalid: [
    {
      text: 'Die Gewerkschaft kündigte neue Streiks an.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, cue: 'kündigte', kind: 'indirect', content: 'neue Streiks' }],
      exact: true,
    },
    {
      text: 'Als Reaktion darauf kündigte er Gegenmaßnahmen an, darunter den Ausbau des Arsenals.',
      expect: [{ speaker: { text: 'er' }, cue: 'kündigte', content: 'Gegenmaßnahmen an, darunter den Ausbau des Arsenals' }],
    },
    {
      text: 'Ende Januar berichtete die New York Times von einem Rückzug der Truppen.',
      expect: [{ speaker: 'New York Times', cue: 'berichtete', content: 'von einem Rückzug der Truppen' }],
    },
    {
      text: 'Russland und Nordkorea haben die Anschuldigungen bestritten.',
      expect: [{ speaker: { names: ['Russland', 'Nordkorea'] }, cue: 'bestritten', content: 'die Anschuldigungen' }],
    },
    {
      text: 'Im September leugnete der Minister Gerüchte über seinen Rücktritt.',
      expect: [{ speaker: { text: 'der Minister' }, cue: 'leugnete', content: 'Gerüchte über seinen Rücktritt' }],
    },
    {
      text: 'Der Deutsche Wetterdienst warnte vor schweren Gewittern im Süden.',
      expect: [{ cue: 'warnte', content: 'vor schweren Gewittern im Süden' }],
    },
  ],
});
