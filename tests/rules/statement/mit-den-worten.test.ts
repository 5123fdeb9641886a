import rule from '../../../src/rules/statement/mit-den-worten.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Feier endete mit den Worten des Pfarrers.', name: 'no quotation and no clause after the phrase' },
    { text: 'Die Bürgermeisterin wies die Kritik nicht mit den Worten „Wir sparen schon genug“ zurück.', name: 'negated' },
    { text: 'Mit den Worten „Kein Kommentar“ ist nichts gesagt.', name: 'no finite verb before the phrase in its clause' },
  ],
  invalid: [
    {
      text: 'Die Bürgermeisterin Ida Berg wies die Kritik mit den Worten „Wir sparen schon genug“ zurück.',
      expect: [{ speaker: { name: 'Ida Berg' }, cue: 'mit den Worten', kind: 'direct', content: 'Wir sparen schon genug' }],
      exact: true,
      name: 'a quotation after „mit den Worten“; the subject of the clause speaks (fresh copy, council meeting), invented person',
    },
    {
      text: 'Denn da speiste er die Vorschläge aller Fraktionen mit den Worten „Sie haben nur wenig eingespart“ ab.',
      expect: [{ speaker: { text: 'er' }, kind: 'direct', content: 'Sie haben nur wenig eingespart' }],
      exact: true,
      name: 'the subject after the finite verb, a separable verb after the quote',
    },
    {
      text: 'Ein Sprecher der Feuerwehr wurde mit den Worten zitiert, die beiden Männer seien im Keller eingeschlossen.',
      expect: [{ speaker: { text: 'Ein Sprecher der Feuerwehr' }, kind: 'indirect', content: 'die beiden Männer seien im Keller eingeschlossen' }],
      exact: true,
      name: '„wurde mit den Worten zitiert, …“: the reported clause after the comma (realnews-e form, other topic)',
    },
  ],
});
