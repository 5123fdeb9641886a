import rule from '../../../src/rules/statement/die-rede.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'In dem Bericht ist von einem Unfall die Rede.', name: 'no quotation: what the text speaks of is no quoted wording' },
    { text: 'Von einem „Skandal“ ist die Rede.', name: 'no named source in the prefield' },
    { text: 'In der Halle hielt der Bürgermeister die Rede zum „Tag der Heimat“.', name: '„die Rede“ as a speech given, no „ist von“' },
  ],
  invalid: [
    {
      text: 'In dem Gutachten des Landesamts ist jedenfalls von einem „erheblichen Risiko für das Grundwasser“ die Rede, das man prüfen müsse.',
      name: 'a document in the prefield speaks of the quoted words (realnews-n form, other topic)',
      expect: [{ kind: 'direct', content: 'erheblichen Risiko für das Grundwasser' }],
    },
    {
      text: 'Bei der Polizei war von „mehreren leicht Verletzten“ die Rede.',
      name: '„bei“ + the source, „war“',
      expect: [{ speaker: { name: 'Polizei' }, kind: 'direct', content: 'mehreren leicht Verletzten' }],
    },
  ],
});
