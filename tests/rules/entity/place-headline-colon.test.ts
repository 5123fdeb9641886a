import rule from '../../../src/rules/entity/place-headline-colon.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Fazit: Das war gut.', name: 'a label before a colon is no town' },
    { text: 'Essen: Das Rezept der Woche', name: 'a town named like a common word may be a label' },
    { text: 'Der Bürgermeister in Vöhringen: Das war gut.', name: 'not first on its line' },
    { text: 'Vöhringen:\nDie Bedenken bleiben.', name: 'nothing after the colon on the line' },
  ],
  invalid: [
    { text: 'Vöhringen: Noch einmal sprechen\nDie Bedenken seien stringent.', expect: [{ name: 'Vöhringen', type: 'LOC' }], exact: true, name: 'a town opening a local headline (realnews-n)' },
    { text: 'Bad Liebenzell: Trockner löst Brand in Keller aus', expect: [{ name: 'Bad Liebenzell', type: 'LOC' }], exact: true, name: 'a town of two words (realnews-k)' },
    { text: 'Titel\nBarsinghausen: Neue Turnhalle eröffnet', expect: [{ name: 'Barsinghausen', type: 'LOC' }], exact: true, name: 'other topic: a sports hall, at a later line' },
  ],
});
