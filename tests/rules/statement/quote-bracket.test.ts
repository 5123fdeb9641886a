import rule from '../../../src/rules/statement/quote-bracket.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Am Abend läuft wieder der „Tatort“ (ARD).', name: 'a title with its broadcaster' },
    { text: 'Der Film „Das Boot“ (1981) wird neu aufgeführt.', name: 'a title with its year' },
    { text: '„Wir bauen die Brücke neu.“ (Foto: Stadt Hausen)', name: 'a photo credit names no speaker' },
    { text: '„Das Wetter bleibt noch eine Woche so.“ (Stand: Montag)', name: 'a date stamp in brackets' },
    { text: 'Die Stadt Hausen wirbt mit „Park statt Parkplatz“ (Plakat am Rathaus).', name: 'the quote does not open the sentence' },
    { text: '„Wir helfen gern, wo wir können.“ (die sich beworben hatte)', name: 'a relative clause, no name' },
    { text: '„Ich bin enttäuscht“, sagte Ana Lind (34).', name: 'an age after a verb of saying: direct-quote’s' },
  ],
  invalid: [
    {
      text: '„Wir haben heute verdient gewonnen.“ (Trainer Jens Albrecht nach dem 2:0)',
      expect: [{ speaker: { name: 'Jens Albrecht' }, cue: '(', kind: 'direct', content: 'Wir haben heute verdient gewonnen' }],
      exact: true,
    },
    {
      text: 'Die besten Sprüche des Spieltags.\n\n„Das war ein furchtbares Spiel von uns.“\n\n(Hausens Trainer Edin Karaca nach dem 0:3 gegen Ried)\n\n„Der Sieg ist hochverdient.“\n\n(Rieds Trainerin Marta Olsen nach dem 3:0 in Hausen)',
      expect: [
        { speaker: { name: 'Edin Karaca' }, content: 'Das war ein furchtbares Spiel von uns' },
        { speaker: { name: 'Marta Olsen' }, content: 'Der Sieg ist hochverdient' },
      ],
      exact: true,
      name: 'the dpa „Sprüche“ format: quote, then the speaker in brackets on the next line',
    },
    {
      text: '„Wir sind nicht angetreten, um einen Preis zu gewinnen. Und wir sind nicht die Mannschaft für Spektakel.“\n\n(Lena Vogt, Trainerin des 1. FC Ried, nach dem 0:0 gegen Hausen)',
      expect: [{ speaker: { name: 'Lena Vogt' }, content: 'Wir sind nicht angetreten, um einen Preis zu gewinnen. Und wir sind nicht die Mannschaft für Spektakel' }],
      exact: true,
      name: 'name, then the role in apposition; two sentences in one quote',
    },
    {
      text: 'Die Bahn streicht Verbindungen. „Wir bedauern die Einschränkungen sehr.“ (Bahnsprecherin Ida Berg)',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'direct', content: 'Wir bedauern die Einschränkungen sehr' }],
      name: 'another topic, the bracket on the same line',
    },
  ],
});
