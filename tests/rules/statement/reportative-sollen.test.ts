import rule from '../../../src/rules/statement/reportative-sollen.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Fahrer soll zu schnell gefahren sein.', name: 'hearsay without any source before: no speaker (gold needs one)' },
    { text: 'Die Polizei nahm den Mann fest. Er soll zuvor getrunken haben.', name: 'no statement before, only an event' },
    { text: 'Der Bürgermeister sagte, die Brücke sei marode. Sie soll 2026 fertig werden.', name: 'a plan, not hearsay: no perfect infinitive' },
    { text: 'Der Trainer sagte, das Team sei bereit. Jeder Spieler soll am Montag ein Lauftraining haben.', name: '„haben“ as a full verb, no participle' },
    { text: 'Die Polizei teilte mit, der Mann sei geflohen. Nach Zeugenberichten soll er zuvor getrunken haben, teilte ein Sprecher mit.', name: 'the sentence has its own attribution' },
  ],
  invalid: [
    {
      text: 'Die Polizei teilte mit, der Mann sei geflohen. Er soll zuvor getrunken haben.',
      expect: [{ speaker: { text: 'Die Polizei', name: 'Polizei' }, cue: 'soll', kind: 'indirect', content: 'Er soll zuvor getrunken haben' }],
      exact: true,
      name: 'a statement of its own, not merged into the one before',
    },
    {
      text: 'Der Tagesspiegel berichtete über den Fall. Der Minister soll bereits im Mai informiert worden sein.',
      expect: [{ speaker: { name: 'Der Tagesspiegel' }, cue: 'soll', content: 'Der Minister soll bereits im Mai informiert worden sein' }],
      name: 'passive perfect „worden sein“, the source found by another rule',
    },
    {
      text: 'Die Staatsanwältin Ilka Brenneisen sagte, die Ermittlungen liefen. Es soll sich um einen Reisebus aus Dresden gehandelt haben, der auf dem Weg zum Gardasee war.',
      expect: [{ speaker: { name: 'Ilka Brenneisen' }, cue: 'soll', content: 'Es soll sich um einen Reisebus aus Dresden gehandelt haben, der auf dem Weg zum Gardasee war' }],
      name: 'an invented person, a relative clause after the main clause',
    },
    {
      text: '„Das war knapp“, sagte der Kapitän. Zwei Spieler sollen sich vor dem Spiel gestritten haben.',
      expect: [{ speaker: { name: 'Kapitän' }, cue: 'sollen', content: 'Zwei Spieler sollen sich vor dem Spiel gestritten haben' }],
      name: 'plural „sollen“ after a direct quote, sport',
    },
  ],
});
