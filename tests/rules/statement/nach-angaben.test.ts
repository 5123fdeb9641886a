import rule from '../../../src/rules/statement/nach-angaben.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Nach dem Spiel fuhren die Fans nach Hause.' },
    { text: 'Zu Berichten über die Verlegung hat sich der Kreml nicht geäußert.' },
    { text: 'Nach Angaben fragte niemand.' },
  ],
  invalid: [
    {
      text: 'Nach Angaben der Feuerwehr brannte der Dachstuhl vollständig aus.',
      expect: [{ speaker: { text: 'der Feuerwehr' }, cue: 'Nach Angaben', kind: 'according_to', content: 'brannte der Dachstuhl vollständig aus' }],
      exact: true,
    },
    {
      text: 'Nordkorea hat nach neuesten Daten Südkoreas 1,28 Millionen Soldaten im Einsatz.',
      expect: [{ speaker: { text: 'Südkoreas' }, cue: 'nach neuesten Daten', content: 'Nordkorea hat nach neuesten Daten Südkoreas 1,28 Millionen Soldaten im Einsatz' }],
    },
    {
      text: 'Nach Angaben von Verdi beteiligten sich 20.000 Beschäftigte am Warnstreik.',
      expect: [{ speaker: 'Verdi', content: 'beteiligten sich 20.000 Beschäftigte am Warnstreik' }],
    },
    {
      text: 'Nach Berichten südkoreanischer Quellen, die sich auf Satellitenbilder stützen, wurden Truppen verlegt.',
      expect: [{ speaker: { text: 'südkoreanischer Quellen' }, cue: 'Nach Berichten', content: 'wurden Truppen verlegt' }],
    },
  ],
});
