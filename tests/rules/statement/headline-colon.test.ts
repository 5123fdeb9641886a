import rule from '../../../src/rules/statement/headline-colon.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Hochwasser in Bayern: Zahl der Toten steigt auf zwölf\n\nPassau – Die Lage bleibt ernst.', name: 'a topic before the colon' },
    { text: 'Bayern: Neue Regeln für Schulen ab Herbst\n\nMünchen – Das Kultusministerium hat neue Regeln vorgestellt.', name: 'a place before the colon' },
    { text: 'LIVE: Alle Ergebnisse der Landtagswahl\n\nDresden – Die Wahllokale haben geschlossen.', name: 'a label' },
    { text: 'Nationalratswahl: ÖVP knapp vor FPÖ\n\nWien – Die ÖVP hat knapp gewonnen.' },
    { text: 'Die Bilanz des Tages: 30 Tote und viele Verletzte.', name: 'not a headline of its own' },
    { text: 'Die Gewerkschaft ist klar. GDL: Mehr als 30.000 Lokführer im Ausstand.', name: 'inside a paragraph' },
  ],
  invalid: [
    {
      text: 'GDL: Mehr als 30.000 Lokführer und Zugbegleiter im Ausstand\n\nFrankfurt – Die Gewerkschaft Deutscher Lokomotivführer (GDL) streikt.',
      expect: [{ speaker: { text: 'GDL' }, cue: ':', kind: 'according_to', content: 'Mehr als 30.000 Lokführer und Zugbegleiter im Ausstand' }],
      exact: true,
    },
    {
      text: 'Verdi: Warnstreik an allen großen Flughäfen ausgeweitet\n\nBerlin – Die Gewerkschaft Verdi hat den Streik ausgeweitet.',
      expect: [{ speaker: 'Verdi', kind: 'according_to', content: 'Warnstreik an allen großen Flughäfen ausgeweitet' }],
    },
    {
      text: 'Scholz: „Wir lassen niemanden allein“\n\nBerlin – Bundeskanzler Olaf Scholz hat den Flutopfern Hilfe zugesagt.',
      expect: [{ speaker: { text: 'Scholz' }, kind: 'direct', content: 'Wir lassen niemanden allein' }],
      name: 'a quoted headline is direct',
    },
    {
      text: 'Bundesbank: Inflation sinkt bis Jahresende unter zwei Prozent\n\nFrankfurt – Die Bundesbank erwartet sinkende Preise.',
      expect: [{ speaker: 'Bundesbank', content: 'Inflation sinkt bis Jahresende unter zwei Prozent' }],
    },
  ],
});
