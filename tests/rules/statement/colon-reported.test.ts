import rule from '../../../src/rules/statement/colon-reported.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Kassel: Die Stadt wächst weiter.', name: 'a place before the colon, no Konjunktiv' },
    { text: 'Der Beigeordnete Andreas Ludwig eröffnete die Kita. Ludwig: ein Porträt.', name: 'a label after the name, no verb' },
    { text: 'Andreas Ludwig: „Das war ein Abenteuer.“', name: 'a quotation after the colon is colon-quote’s' },
    { text: 'Wichtig sei: Die Kita habe sieben Gruppen.', name: 'no name before the colon' },
    { text: 'Ortsvorsteher Joachim Gilles lobte die Kita. Am Ende: Die Stadt habe gespart.', name: 'a time phrase before the colon' },
  ],
  invalid: [
    {
      text: 'Der Beigeordnete Andreas Ludwig übergab den Schlüssel. Ludwig: Manches Abenteuer habe es während der Bauphase gegeben.',
      expect: [{ speaker: 'Andreas Ludwig', kind: 'indirect', content: 'Manches Abenteuer habe es während der Bauphase gegeben' }],
      exact: true,
      name: 'a surname named before, a colon, reported speech (local copy, realnews-v)',
    },
    {
      text: 'Trainerin Ana Lind: Die Mannschaft sei müde gewesen, die Pause komme recht.',
      expect: [{ speaker: 'Ana Lind', kind: 'indirect', content: 'Die Mannschaft sei müde gewesen, die Pause komme recht' }],
      name: 'role + name (sport)',
    },
  ],
});
