import rule from '../../../src/rules/statement/zufolge.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Demzufolge bleibt alles beim Alten.' },
    { text: 'Die Regel gilt folglich für alle.' },
    { text: 'Ihm zufolge regnet es morgen.', name: 'a pronoun with nobody named before' },
  ],
  invalid: [
    {
      text: 'Ministerin Katarina Barley sprach in Berlin. Ihren Angaben zufolge könnten bis zu 300.000 Verbraucher betroffen sein.',
      expect: [{ speaker: { name: 'Katarina Barley', text: 'Ihren' }, kind: 'according_to', content: 'könnten bis zu 300.000 Verbraucher betroffen sein' }],
      name: '„Ihren Angaben zufolge“: the possessive stands for the person named before (consumer data, realnews-z3)',
    },
    {
      text: 'Der Spiegel berichtete über den Fall. Dem Bericht zufolge wurde der Minister bereits im Mai informiert.',
      expect: [{ speaker: { text: 'Dem Bericht' }, cue: 'zufolge', kind: 'according_to', content: 'wurde der Minister bereits im Mai informiert' }],
      name: 'a document noun (resolved to the source before by the layer: tests/rules/statement/layer.test.ts)',
    },
    {
      text: 'Die Lage ist ernst. Dem Bericht zufolge gibt es Probleme.',
      expect: [{ speaker: { name: 'Bericht' }, content: 'gibt es Probleme' }],
      name: 'no source before: the document stays the speaker as written',
    },
    {
      text: 'Laut einer Mitteilung der Kantonspolizei Uri fuhr der Mann 25 Kilometer. Auf der A2 streifte er den Angaben zufolge ein Auto.',
      expect: [{ speaker: { text: 'den Angaben' }, content: 'Auf der A2 streifte er den Angaben zufolge ein Auto' }],
      name: 'mid-sentence: the whole clause is governed',
    },
    {
      text: 'Infratest dimap zufolge wanderten rund 35.000 frühere Wähler ab.',
      expect: [{ speaker: { text: 'Infratest dimap', name: 'Infratest dimap' }, cue: 'zufolge', kind: 'according_to', content: 'wanderten rund 35.000 frühere Wähler ab' }],
      name: 'a firm name written partly small',
    },
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
    {
      text: '„Die Pegel fallen“, sagte Hydrologe Jens Morawe vom Landesamt. Ihm zufolge ist der Höchststand erreicht.',
      name: '„Ihm zufolge“: the man who spoke before',
      expect: [{ speaker: { name: 'Jens Morawe', text: 'Ihm' }, cue: 'zufolge', kind: 'according_to', content: 'ist der Höchststand erreicht' }],
      exact: true,
    },
    {
      text: 'Ökonomin Lena Fischbach sprach mit Bankchef Georg Wendt. Ihr zufolge sinkt die Inflation im Herbst unter drei Prozent.',
      name: '„Ihr zufolge“: the woman, not the man named last',
      expect: [{ speaker: { name: 'Lena Fischbach', text: 'Ihr' }, content: 'sinkt die Inflation im Herbst unter drei Prozent' }],
      exact: true,
    },
  ],
});
