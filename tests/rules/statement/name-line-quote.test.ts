import rule from '../../../src/rules/statement/name-line-quote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Lukas Kling (Cheftrainer SpVgg Bayreuth)\n\n„Es war ein gerechtes Unentschieden.“', name: 'the name line is the article\'s first line (its headline): no speaker' },
    { text: 'Die Reaktionen.\n\nDer Spieltag (22. Runde)\n\n„Es war ein gerechtes Unentschieden.“', name: 'a line without a person before the quote' },
    { text: 'Die Reaktionen.\n\nLukas Kling sagt\n\n„Es war ein gerechtes Unentschieden.“', name: 'a line with a verb is no name line' },
    { text: 'Die Reaktionen.\n\nLukas Kling (Cheftrainer SpVgg Bayreuth)\n\n„Es war ein Unentschieden“, sagte Michael Kostner.', name: 'a quotation attributed in its own sentence is that attribution\'s' },
    { text: 'Die Reaktionen.\n\nLukas Kling (Trainer)\n\n„Remis“', name: 'a quotation too short to be speech' },
  ],
  invalid: [
    {
      text: 'Wir haben die Reaktionen für euch:\n\nLukas Kling (Cheftrainer SpVgg Bayreuth)\n\n"Es ist ein gerechtes Unentschieden. In der ersten Halbzeit waren wir nicht griffig."',
      expect: [{ speaker: 'Lukas Kling', kind: 'direct', content: 'Es ist ein gerechtes Unentschieden. In der ersten Halbzeit waren wir nicht griffig.' }],
      name: 'a round-up of reactions: name and bracket on a line, the quotation below (football, realnews-z2)',
    },
    {
      text: 'Die Stimmen zum Konzert.\n\nAnna Schubert\n\n„Ich habe selten ein so aufmerksames Publikum erlebt.“',
      expect: [{ speaker: 'Anna Schubert', kind: 'direct', content: 'Ich habe selten ein so aufmerksames Publikum erlebt.' }],
      name: 'a name alone on its line (culture)',
    },
    {
      text: 'Die Stimmen zur Wahl.\nJan Wolff (Bürgermeister) „Wir haben das Ergebnis erwartet.“',
      expect: [{ speaker: 'Jan Wolff', kind: 'direct', content: 'Wir haben das Ergebnis erwartet.' }],
      name: 'the copy lost the line break after the bracket (local politics)',
    },
  ],
});
