import rule from '../../../src/rules/statement/demnach.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Regel gilt demnach für alle Schulen.', name: 'nobody named before' },
    { text: 'Die Feuerwehr löschte den Brand. Demnach wurden drei Menschen verletzt.', name: 'no statement before, only an event' },
    {
      text: '„Wir helfen“, sagte der Bürgermeister. Am Abend regnete es. Danach kam die Sonne. Demnach wurden drei Menschen verletzt.',
      name: 'the source is more than two sentences back',
    },
    {
      text: 'Der Landkreis teilte mit, die Lage sei ernst. Das Institut bestätigte demnach den Erreger.',
      name: 'a verb of saying of its own: someone else is reported',
    },
    { text: 'Die Polizei sagte, der Fahrer sei geflohen. Er habe „demnach nichts gesehen“.', name: 'inside a quotation' },
  ],
  invalid: [
    {
      text: 'Der Brand richtete vier Millionen Euro Schaden an, wie die Feuerwehr am Montag mitteilte. Die Ursache war demnach weiter unbekannt; ein Defekt konnte nicht ausgeschlossen werden.',
      expect: [{ speaker: { name: 'Feuerwehr' }, cue: 'demnach', kind: 'according_to' }],
      exact: true,
      name: 'a verb of saying in another part of the sentence („ausgeschlossen“ after the semicolon) is no attribution of its own',
    },
    {
      text: 'Die Polizei teilte mit, der Fahrer sei geflohen. Demnach wurden drei Menschen verletzt.',
      expect: [{ speaker: { text: 'Die Polizei', name: 'Polizei' }, cue: 'Demnach', kind: 'according_to', content: 'wurden drei Menschen verletzt' }],
      exact: true,
    },
    {
      text: 'Infratest dimap zufolge wanderten 35.000 Wähler ab. Besonders stark war die Partei demnach bei jungen Männern.',
      expect: [{ speaker: { name: 'Infratest dimap' }, cue: 'demnach', kind: 'according_to', content: 'Besonders stark war die Partei demnach bei jungen Männern' }],
      name: 'mid-sentence, after an according-to source',
    },
    {
      text: 'Die Züricher Verkehrsbetriebe teilten am Montag mit, der Ausbau koste 40 Millionen Franken. Demnach sollen die Arbeiten 2027 beginnen.',
      expect: [{ speaker: { name: 'Züricher Verkehrsbetriebe' }, cue: 'Demnach', content: 'sollen die Arbeiten 2027 beginnen' }],
      name: 'another topic, an invented organisation',
    },
    {
      text: 'Trainerin Malin Oestergaard sagte nach dem Spiel, die Mannschaft sei müde. Demnach fehlen am Sonntag vier Spielerinnen.',
      expect: [{ speaker: { name: 'Malin Oestergaard' }, cue: 'Demnach', content: 'fehlen am Sonntag vier Spielerinnen' }],
      name: 'sport, an invented person',
    },
  ],
});
