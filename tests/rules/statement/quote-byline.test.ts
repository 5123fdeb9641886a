import rule from '../../../src/rules/statement/quote-byline.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Lehrer fehlen\n\n„Wir brauchen mehr Personal.“ Die Stadt will nun handeln.', name: 'a sentence with a verb after the quote, no byline' },
    { text: 'Lehrer fehlen\n\n„Wir brauchen mehr Personal.“\nFoto: dpa', name: 'a photo credit is no person' },
    { text: 'Lehrer fehlen\n\n„Wir brauchen mehr Personal.“\nBerlin, Hamburg und München', name: 'places are no signature' },
    { text: 'Lehrer fehlen\n\nDer Film „Die große Stille“ Anna Wolf, Regisseurin', name: 'the quote does not open the line' },
  ],
  invalid: [
    {
      text: '„Wir brauchen mehr Personal.“ Jana Langer, Klinikärztin',
      expect: [{ speaker: { name: 'Jana Langer' }, kind: 'direct', content: 'Wir brauchen mehr Personal' }],
      exact: true,
    },
    {
      text: 'Lehrer fehlen\n\n"Leider kommen nicht so viele aus der Ausbildung, so dass wir eine Lücke haben." Helmut Kramer, Chef der Ministerkonferenz\n\nEin Mangel, der bleibt.',
      expect: [{ speaker: { name: 'Helmut Kramer' }, kind: 'direct', content: 'Leider kommen nicht so viele aus der Ausbildung, so dass wir eine Lücke haben' }],
      exact: true,
      name: 'a pull quote with name and role on its line (realnews-m form), invented person',
    },
    {
      text: 'Kliniken am Limit\n\n„Die Stationen sind jeden Tag voll belegt.“\n— Jana Langer, Klinikärztin\n\nDas Ministerium prüft.',
      expect: [{ speaker: { name: 'Jana Langer' }, kind: 'direct', content: 'Die Stationen sind jeden Tag voll belegt' }],
      exact: true,
      name: 'the signature on the next line after a dash',
    },
  ],
});
