import rule from '../../../src/rules/entity/org-party-alliance.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Dagegen stimmte Peter Föhn (SVP/Schwyz) im Ständerat.', name: 'a party with its canton in brackets after a person is no alliance' },
    { text: 'Der Zug fährt zwischen Dresden/Leipzig und Berlin.', name: 'places joined by a slash are no party alliance' },
    { text: 'Die Verhandlungen DB/GDL ziehen sich hin.', name: 'no listed party among the parts' },
    { text: 'Die SPD / Linke hat keine Mehrheit.', name: 'a slash with spaces joins no names' },
  ],
  invalid: [
    { text: 'Dagegen stimmten die Grünen-Fraktion und die Fraktionsgemeinschaft SPD/Linke/mut.', expect: [{ name: 'SPD/Linke/mut', type: 'ORG' }], exact: true, name: 'three lists, one lower-case (realnews-l)' },
    { text: 'Marius Hittinger, Fraktionssprecher von DUB/Linke, lobte den Haushalt.', expect: [{ name: 'DUB/Linke', type: 'ORG' }], exact: true, name: 'a local list with a party (realnews-l)' },
    { text: 'Im Gemeinderat von Seeheim bildet die UWG/FDP eine Fraktion.', expect: [{ name: 'UWG/FDP', type: 'ORG' }], exact: true, name: 'invented town, other topic: a voters list with a party' },
    { text: 'Die CDU/CSU-Fraktion und die CDU/CSU im Bundestag lehnten das ab.', expect: [{ name: 'CDU/CSU', type: 'ORG' }], name: 'the Union parties' },
    { text: 'Bei der Wahl kam BVB/Freie Wähler auf 2,6 Prozent.', expect: [{ name: 'BVB/Freie Wähler', type: 'ORG' }], exact: true, name: 'a two-word party ends the chain' },
  ],
});
