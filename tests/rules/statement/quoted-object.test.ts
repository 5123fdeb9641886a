import rule from '../../../src/rules/statement/quoted-object.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Ida Berg sah ein Auto vor dem Rathaus.', name: 'no quotation: no statement' },
    { text: 'Ida Berg sah den Film „Die Wand“ im Kino.', name: 'a noun before the quotation: a title' },
    { text: 'Paul Weber sah den „Tatort“ am Sonntag.', name: 'a definite article: a title' },
    { text: 'Ida Berg sah sich einen „Krimi“ an.', name: 'a separable verb („ansehen“)' },
    { text: 'Paul Weber sah keinen „Skandal“ und auch kein Problem.', name: 'no indefinite article (negated)' },
    { text: 'Ida Berg sah nicht ein „Netzwerk“, sondern Zufall.', name: 'negated' },
    { text: 'Ida Berg fuhr ein „Mini“-Cabrio.', name: 'no verb of seeing' },
  ],
  invalid: [
    {
      text: 'Paul Weber von der Liste Grün sah ein „braunes Netzwerk“, das durch alle Parteien reiche.',
      expect: [{ speaker: { name: 'Paul Weber' }, cue: 'sah', kind: 'direct', content: 'braunes Netzwerk' }],
      exact: true,
      name: 'sehen + ein + quotation (realnews-o form), invented people',
    },
    {
      text: 'Der Obmann Karl Huber ortete am Dienstag in einer Aussendung einen „Postenschacher der Regierung“.',
      expect: [{ speaker: { name: 'Karl Huber' }, cue: 'ortete', kind: 'direct', content: 'Postenschacher der Regierung' }],
      exact: true,
      name: 'orten, adverbials between verb and object',
    },
    {
      text: 'Die Opposition im Landtag sieht einen „Fehlstart“ der neuen Regierung.',
      expect: [{ speaker: { name: 'Opposition im Landtag' }, cue: 'sieht', kind: 'direct', content: 'Fehlstart' }],
      exact: true,
      name: 'an organisation as subject (realnews-f form)',
    },
    {
      text: 'Einen „Skandal der Sonderklasse“ sieht außerdem der Sprecher Paul Weber darin.',
      expect: [{ speaker: { name: 'Paul Weber' }, cue: 'sieht', kind: 'direct', content: 'Skandal der Sonderklasse' }],
      exact: true,
      name: 'the quoted object fronted, the subject after the verb',
    },
  ],
});
