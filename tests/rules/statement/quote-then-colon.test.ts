import rule from '../../../src/rules/statement/quote-then-colon.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: '„Wir hoffen es“, meinte dazu ein Zuschauer: „Das Dach ist weniger gut.“', name: 'no named speaker' },
    { text: '„Wir hoffen es“, steht auf dem Plakat: „Das Dach ist weniger gut.“', name: 'no verb of saying after the comma' },
    { text: 'Das Motto „Gemeinsam stark“, sagte Ute Kamp, gelte weiter.', name: 'no colon, no second quotation' },
  ],
  invalid: [
    {
      text: 'Friederike Voß leitet die Schule. „Ja, sie kommt zurück. Wir hatten Kontakt“, erzählt Voß und weiter: „Sie hat sich dort wohlgefühlt.“',
      expect: [{ speaker: 'Friederike Voß', kind: 'direct', content: 'Sie hat sich dort wohlgefühlt' }],
      name: 'the first quotation opens a sentence earlier (local school news, realnews-v)',
    },
    {
      text: '„Wir hoffen es“, meinte dazu Ute Kamp trocken: „Das Dach ist weniger gut.“',
      expect: [
        { speaker: { name: 'Ute Kamp' }, kind: 'direct', content: 'Wir hoffen es' },
        { speaker: { name: 'Ute Kamp' }, kind: 'direct', content: 'Das Dach ist weniger gut' },
      ],
      exact: true,
    },
    {
      text: '"Wir hoffen, es brennt am richtigen Ort", meinte dazu Parteichef Tom Wendt trocken: "Die Leidenschaft ist immer gut, das Dach weniger."',
      expect: [
        { speaker: { name: 'Tom Wendt' }, content: 'Wir hoffen, es brennt am richtigen Ort' },
        { speaker: { name: 'Tom Wendt' }, content: 'Die Leidenschaft ist immer gut, das Dach weniger' },
      ],
      exact: true,
      name: 'role + name, adverbs around it (realnews-m form), invented person',
    },
    {
      text: '„Das war knapp“, sagte Trainerin Lea Sommer nach dem Spiel: „Wir hatten Glück.“',
      expect: [{ speaker: { name: 'Lea Sommer' }, content: 'Wir hatten Glück' }],
      pending: 'a prepositional phrase between the name and the colon is not read',
      name: 'sport, a time phrase before the colon',
    },
  ],
});
