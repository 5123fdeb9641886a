import rule from '../../../src/rules/statement/colon-reported.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Verein zählt jetzt 300 Mitglieder: Das ist ein Rekord.', name: 'a clause with a colon and an indicative sentence after it' },
    { text: 'Die Feuerwehr rückte aus: Zwei Wagen und zwölf Leute.', name: 'a clause with a colon and no verb after it' },
    { text: 'Kassel: Die Stadt wächst weiter.', name: 'a place before the colon, no Konjunktiv' },
    { text: 'Der Beigeordnete Andreas Ludwig eröffnete die Kita. Ludwig: ein Porträt.', name: 'a label after the name, no verb' },
    { text: 'Andreas Ludwig: „Das war ein Abenteuer.“', name: 'a quotation after the colon is colon-quote’s' },
    { text: 'Wichtig sei: Die Kita habe sieben Gruppen.', name: 'no name before the colon' },
    { text: 'Ortsvorsteher Joachim Gilles lobte die Kita. Am Ende: Die Stadt habe gespart.', name: 'a time phrase before the colon' },
  ],
  invalid: [
    {
      text: 'Geschäftsführerin Kerstin Scheffler ging auf die Mitgliederentwicklung ein: Die Zahl sei mit rund 1050 konstant geblieben.',
      expect: [{ speaker: 'Kerstin Scheffler', kind: 'indirect', content: 'Die Zahl sei mit rund 1050 konstant geblieben' }],
      name: 'a named subject, its verb and a colon, then Konjunktiv I (club meeting, realnews-v)',
    },
    {
      text: 'Die Bürgermeisterin Ida Berg blickte auf das Jahr zurück: Der Haushalt sei ausgeglichen.',
      expect: [{ speaker: 'Ida Berg', kind: 'indirect', content: 'Der Haushalt sei ausgeglichen' }],
      name: 'a particle verb before the colon (local politics)',
    },
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
