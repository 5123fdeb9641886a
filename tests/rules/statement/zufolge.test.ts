import rule from '../../../src/rules/statement/zufolge.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ text: 'Demzufolge bleibt alles beim Alten.' }, { text: 'Die Regel gilt folglich für alle.' }],
  invalid: [
    {
      text: 'AP News zufolge traf sich der Außenminister mit dem Botschafter.',
      expect: [{ speaker: 'AP News', cue: 'zufolge', kind: 'according_to', content: 'traf sich der Außenminister mit dem Botschafter' }],
      exact: true,
    },
    {
      text: 'Dem Center for Strategic & International Studies zufolge hatten beide Länder eine gesunde Kooperation.',
      expect: [{ speaker: 'Center for Strategic & International Studies', content: 'hatten beide Länder eine gesunde Kooperation' }],
    },
    {
      text: 'Dem Deutschen Wetterdienst zufolge wird der Pegel bis Sonntag auf sieben Meter steigen.',
      expect: [{ speaker: { text: 'Dem Deutschen Wetterdienst' }, content: 'wird der Pegel bis Sonntag auf sieben Meter steigen' }],
    },
    {
      text: 'Ersten Hochrechnungen zufolge liegt die Union bei 30 Prozent.',
      expect: [{ cue: 'zufolge', content: 'liegt die Union bei 30 Prozent' }],
    },
  ],
});
