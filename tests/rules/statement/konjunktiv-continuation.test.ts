import rule from '../../../src/rules/statement/konjunktiv-continuation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Lage sei ernst.', name: 'nobody spoke before' },
    { text: 'Der Bürgermeister sagte, der Damm halte. Das Wasser sei gestiegen, teilte die Feuerwehr mit.', name: 'the sentence has its own cue' },
    { text: 'Der Bürgermeister sagte, der Damm halte. Am Abend regnete es wieder.', name: 'indicative' },
  ],
  invalid: [
    {
      text: 'Der Bürgermeister sagte, der Damm halte. Die Lage sei aber weiterhin ernst.',
      expect: [{ speaker: { text: 'Der Bürgermeister' }, cue: 'sei', kind: 'indirect', content: 'Die Lage sei aber weiterhin ernst' }],
      exact: true,
    },
    {
      text: 'Die Beteiligung lag bei 80 Prozent, so die Gewerkschaft. Man werde den Streik fortsetzen. Die Arbeitgeber müssten sich bewegen.',
      expect: [{ speaker: { text: 'die Gewerkschaft' }, cue: 'werde', content: 'Man werde den Streik fortsetzen' }],
    },
    {
      text: 'Die Ministerin erklärte, sie prüfe alle Möglichkeiten. Die Regierung betrachte das Land als Partner.',
      expect: [{ speaker: { text: 'Die Ministerin' }, cue: 'betrachte', content: 'Die Regierung betrachte das Land als Partner' }],
    },
  ],
});
