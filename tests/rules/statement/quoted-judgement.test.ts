import rule from '../../../src/rules/statement/quoted-judgement.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Antrag wurde im Ausschuss als „dringlich“ gewertet.', name: 'a passive participle: what is judged is no speaker' },
    { text: 'Die Torhüterin Ida Berg hält den Ball.', name: '„halten“ without „für“: no judgement' },
    { text: 'Die Trainerin Ida Berg hält das für möglich.', name: 'an unquoted predicate is no statement here' },
    { text: 'Ida Berg hält das nicht für „einen Affront“.', name: 'negated' },
    { text: 'Der Film „Die Wand“ gilt als Klassiker.', name: 'no verb of judging' },
    { text: 'Ida Berg hält „Die Wand“ für einen Klassiker.', name: 'the quotation is the object, not the predicate' },
  ],
  invalid: [
    {
      text: 'Die Anzahl der verspäteten Flüge am Sonntagabend hat der Verein „Bürger gegen Fluglärm“ als „sehr hoch“ eingestuft.',
      expect: [{ speaker: { text: 'der Verein' }, content: 'sehr hoch' }],
      name: 'a count that cannot speak in the prefield (non-speakers.txt): the subject after the auxiliary (transport, realnews-t)',
    },
    {
      text: 'Ida Berg hält den Plan für „einen Affront gegenüber dem Parlament“.',
      expect: [{ speaker: { name: 'Ida Berg' }, cue: 'hält', kind: 'direct', content: 'einen Affront gegenüber dem Parlament' }],
      exact: true,
    },
    {
      text: 'Der Geschäftsführer der Fraktion, Paul Weber (50) hält die Rede des Ministers für „eine Zumutung“.',
      expect: [{ speaker: { name: 'Paul Weber' }, kind: 'direct', content: 'eine Zumutung' }],
      exact: true,
      name: 'an apposition and an age before the verb (realnews-k form), invented people',
    },
    {
      text: 'Die Gewerkschaft stufte das Angebot der Arbeitgeber als „Provokation“ ein.',
      expect: [{ speaker: { name: 'Gewerkschaft' }, cue: 'stufte', kind: 'direct', content: 'Provokation' }],
      exact: true,
      name: 'a separable verb, its particle at the clause end, other topic',
    },
    {
      text: 'Ida Berg hatte das Urteil als „klare Niederlage“ gewertet.',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'direct', content: 'klare Niederlage' }],
      name: 'perfect tense, the participle closes the clause: its clause runs back over the quotation to the auxiliary',
    },
  ],
});
