import rule from '../../../src/rules/statement/verb-colon-quote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Forms after fresh real news (welt.de court report „Der Richter unterbricht: …“, extremnews.com
// 3. Liga round-up „Als Trainer … wackelt Härtel: …“); people and wording invented.
ruleTester(rule, {
  valid: [
    { text: 'Das Fazit lautet: „Weiter so.“', name: 'no person or organisation opens the sentence' },
    { text: 'Ida Berg sagte: „Wir waren zu passiv.“', name: 'a verb of saying: another rule’s' },
    { text: 'Ida Berg lobte Jan Wolff, dann schrieb sie: „Danke für alles.“', name: 'a comma before the colon: another clause' },
    { text: 'In Hausen gilt ab Montag: „Parken verboten.“', name: 'other topic: no speaker before the colon' },
    { text: 'Nach dem Spiel traf Ida Berg: „Mich“.', name: 'a quote of one word' },
  ],
  invalid: [
    {
      text: 'Der Richter unterbricht: „Wie oft waren Sie denn schon hier?“',
      expect: [{ speaker: { text: 'Der Richter' }, kind: 'direct', cue: 'unterbricht', content: 'Wie oft waren Sie denn schon hier' }],
      exact: true,
      name: 'a role noun opens the sentence, the verb follows (court)',
    },
    {
      text: 'Als Trainer des Tabellenletzten wackelt Ida Berg: „Mir macht es Spaß. Aber die Ergebnisse fehlen.“',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'direct', cue: 'wackelt', content: 'Mir macht es Spaß. Aber die Ergebnisse fehlen' }],
      exact: true,
      name: 'an adverbial opens the sentence, the name stands before the colon (sport)',
    },
    {
      text: 'Bürgermeister Jan Wolff bleibt gelassen: „Das Rathaus wird pünktlich fertig.“',
      expect: [{ speaker: { name: 'Jan Wolff' }, kind: 'direct', content: 'Das Rathaus wird pünktlich fertig' }],
      exact: true,
      name: 'other topic: a role and a name open the sentence (local politics)',
    },
  ],
});
