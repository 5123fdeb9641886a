import rule from '../../../src/rules/statement/transcript-line.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Brand in Hausen\n\nFazit: Das war ein sehr guter Abend für alle Beteiligten.', name: 'a label, no person' },
    { text: 'Brand in Hausen\n\nFoto: Hans Meier von der Deutschen Presse-Agentur in Berlin', name: 'a photo credit' },
    { text: 'Brand in Hausen\n\nQuelle: Statistisches Landesamt, Zahlen für das Jahr 2023', name: 'a source line' },
    { text: 'Brand in Hausen\n\nHamburg: Die Stadt hat am Montag neue Regeln beschlossen.', name: 'a place kicker' },
    { text: 'Brand in Hausen\n\nLars Berg, Brandinspektor im Kreis: „Man konnte den Feuerschein weit sehen.“', name: 'a quotation after the colon is the colon-quote rule’s' },
    { text: 'Brand in Hausen\n\nLars Berg: Feuer gelöscht', name: 'too short for a spoken line' },
    { text: 'Anna Wolf: Ein Leben für die Kunst und die Musik\n\nDie Ausstellung zeigt 40 Bilder.', name: 'the headline line' },
    { text: 'Brand in Hausen\n\nDer Brandinspektor Lars Berg kam um 8 Uhr: Man konnte den Feuerschein weit sehen.', name: 'a verb before the colon: a sentence, no transcript' },
    { text: ', Lars Berg: Man konnte den Feuerschein weit sehen.', name: 'a comma before the name: no name before the comma (an empty phrase; threw in the fuzz suite)' },
    { text: 'Brand in Hausen\n\n, Lars Berg, Brandinspektor: Man konnte den Feuerschein weit sehen.', name: 'a line opening with a comma, after a headline' },
  ],
  invalid: [
    {
      text: 'Lars Berg, Brandinspektor im Kreis: Man konnte den Feuerschein weit sehen.',
      expect: [{ speaker: { name: 'Lars Berg' }, cue: ':', kind: 'direct', content: 'Man konnte den Feuerschein weit sehen' }],
      exact: true,
    },
    {
      text: 'Großbrand in Marburg\n\nDas Feuerwehrhaus brannte aus.\n\nLars Schäfer, Brandinspektor Marburg-Biedenkopf: Das ist der Albtraum jedes Feuerwehrangehörigen. Keiner möchte sein Haus selbst löschen.\n\nDie Ursache ist unklar.',
      expect: [{ speaker: { name: 'Lars Schäfer' }, kind: 'direct', content: 'Das ist der Albtraum jedes Feuerwehrangehörigen. Keiner möchte sein Haus selbst löschen' }],
      exact: true,
      name: 'a TV transcript line of several sentences (realnews-m form), invented wording',
    },
    {
      text: 'Talk am Abend\n\nModeratorin Eva Roth: Wir sprechen heute über die Pflege in unseren Kliniken.',
      expect: [{ speaker: { name: 'Eva Roth' }, kind: 'direct', content: 'Wir sprechen heute über die Pflege in unseren Kliniken' }],
      exact: true,
      name: 'role + name, no comma, other topic',
    },
  ],
});
