import rule from '../../../src/rules/statement/hiess-es.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Verein habe viel erreicht, hieß es bei der Feier am Abend.', name: 'an occasion („bei der Feier“) names when, not who (form after realnews-e, Werkseröffnung)' },
    { text: 'Die Zahlen seien ermutigend, hieß es bei der Pressekonferenz.', name: 'other topic: a press conference is an occasion, not a source' },
    { text: 'Über die Ursache verlautete zunächst nichts.', name: '„verlautete nichts“: no source, no content' },
    { text: 'Die Leiche wurde in einer Lagerhalle gefunden, hieß es.', name: 'bare „hieß es“ names no speaker' },
    { text: 'Der Streik sei beendet, hieß es am Montag.', name: 'a time adverbial is no source' },
    { text: 'Das Hochwasser habe den Höhepunkt überschritten, hieß es in Passau.', name: 'a place is no source' },
    { text: 'Wie es heißt, wird das Stadion erst 2027 fertig.' },
    { text: 'Die Brücke bleibe gesperrt, hieß es weiter.', name: '„hieß es weiter“ with nobody named before' },
    { text: 'Das Museum öffnet im Mai wieder heißt es vom Kulturamt.', name: 'no comma and no Konjunktiv: no trailing report' },
    { text: 'Der neue Zug heißt „Frankenexpress“ und fährt ab Dezember.' },
    { text: '„Hier heißt es aus Sicht der Fans: durchhalten“, sagte der Trainer.', name: 'inside a quote' },
  ],
  invalid: [
    {
      text: 'Das Werk in Hausen sei an seine Grenzen gestoßen, hieß es beim Hersteller Lindmann Deshalb habe man neu gebaut.',
      expect: [{ speaker: { text: 'Hersteller Lindmann' }, kind: 'indirect', content: 'Das Werk in Hausen sei an seine Grenzen gestoßen' }],
      name: 'a capitalised „Deshalb“ after a missing dot ends the source phrase',
    },
    {
      text: 'Der Parteitag werde verschoben, verlautete aus Kreisen der Landesregierung.',
      name: '„verlautete aus …“ without „es“',
      expect: [{ cue: 'verlautete', kind: 'indirect', content: 'Der Parteitag werde verschoben' }],
      exact: true,
    },
    {
      text: 'Aus Vereinskreisen verlautete, der Trainer stehe vor der Entlassung.',
      name: 'leading „Aus X verlautete, …“',
      expect: [{ speaker: { name: 'Vereinskreisen' }, cue: 'verlautete', content: 'der Trainer stehe vor der Entlassung' }],
      exact: true,
    },
    {
      text: 'Die Bergwacht teilte mit, die Wanderin sei unterkühlt. Sie werde im Krankenhaus behandelt, hieß es weiter.',
      name: '„hieß es weiter“ without a source: the speaker of the statement before',
      expect: [{ speaker: { name: 'Bergwacht' }, cue: 'hieß es', kind: 'indirect', content: 'Sie werde im Krankenhaus behandelt' }],
    },
    {
      text: 'Der Zoo meldete, das Elefantenbaby sei gesund. Weiter hieß es, der Name werde per Abstimmung gesucht.',
      name: 'leading „Weiter hieß es, …“',
      expect: [{ speaker: { name: 'Zoo' }, cue: 'hieß es', content: 'der Name werde per Abstimmung gesucht' }],
    },
    {
      text: 'Das sei ein äußerst seltener Vorgang heißt es vom Verwaltungsgericht, zumal die Frist lange laufe.',
      name: 'the comma left out after a Konjunktiv clause',
      expect: [{ speaker: { name: 'Verwaltungsgericht' }, cue: 'heißt es', kind: 'indirect', content: 'Das sei ein äußerst seltener Vorgang' }],
      exact: true,
    },
    {
      text: 'Pendler müssten sich auf weitere Streiks einstellen, hieß es aus Gewerkschaftskreisen.',
      expect: [{ speaker: 'Gewerkschaftskreisen', cue: 'hieß es', kind: 'indirect', content: 'Pendler müssten sich auf weitere Streiks einstellen' }],
      exact: true,
    },
    {
      text: 'In den Alpen könne es allerdings erneut kräftig regnen, hieß es beim Wetterdienst in Offenbach.',
      expect: [{ speaker: 'Wetterdienst', content: 'In den Alpen könne es allerdings erneut kräftig regnen' }],
    },
    {
      text: 'Die Einigung stehe kurz bevor, hieß es am Abend aus Koalitionskreisen in Berlin.',
      expect: [{ speaker: 'Koalitionskreisen', content: 'Die Einigung stehe kurz bevor' }],
    },
    {
      text: 'Die Zinsen dürften bis zum Sommer stabil bleiben, heißt es in einer Analyse der Bundesbank.',
      expect: [{ speaker: { name: 'Bundesbank', text: 'einer Analyse der Bundesbank' }, cue: 'heißt es' }],
    },
    {
      text: 'Der Trainer stehe nicht zur Diskussion, heisst es beim FC Basel.',
      expect: [{ speaker: 'FC Basel', cue: 'heisst es', content: 'Der Trainer stehe nicht zur Diskussion' }],
      name: 'Swiss spelling',
    },
    {
      text: 'Aus dem Innenministerium hieß es, man prüfe alle Optionen.',
      expect: [{ speaker: 'Innenministerium', kind: 'indirect', content: 'man prüfe alle Optionen' }],
    },
    {
      text: 'In der Mitteilung der Stadtwerke heißt es, die Preise würden zum Januar steigen.',
      expect: [{ speaker: 'Stadtwerke', content: 'die Preise würden zum Januar steigen' }],
    },
    {
      text: 'Im Bericht heißt es: „Die Lage bleibt angespannt.“',
      expect: [{ speaker: 'Bericht', kind: 'direct', content: 'Die Lage bleibt angespannt.' }],
    },
    {
      text: '„Wir sind zuversichtlich“, hieß es aus dem Vorstand des Vereins.',
      expect: [{ speaker: { text: 'dem Vorstand des Vereins' }, kind: 'direct', content: 'Wir sind zuversichtlich' }],
    },
    {
      text: 'Wie es aus Parteikreisen hieß, soll der Parteitag verschoben werden.',
      expect: [{ speaker: 'Parteikreisen', kind: 'according_to', content: 'soll der Parteitag verschoben werden' }],
    },
    {
      text: 'Der Kanzler reist am Freitag nach Paris, wie es aus Regierungskreisen hieß.',
      expect: [{ speaker: 'Regierungskreisen', kind: 'according_to', content: 'Der Kanzler reist am Freitag nach Paris' }],
    },
    {
      text: 'So heißt es im Koalitionsvertrag, die Rente werde bis 2030 stabilisiert.',
      expect: [{ speaker: 'Koalitionsvertrag', content: 'die Rente werde bis 2030 stabilisiert' }],
      name: 'the source after „es“',
    },
  ],
});
