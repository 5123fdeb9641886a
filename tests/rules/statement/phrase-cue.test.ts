import rule from '../../../src/rules/statement/phrase-cue.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Opposition übte Kritik: Die Regierung ist gescheitert.', name: 'a colon after the phrase, then an indicative clause: the reporter speaks' },
    { text: 'Der Verband zog Bilanz: 300 Mitglieder, 12 Vereine.', name: 'a colon and a list without a verb' },
    { text: 'Er machte die Tür auf, als es klingelte.', name: 'no listed phrase' },
    { text: 'Die Ministerin geht davon, ohne zu grüßen.', name: 'no particle: „gehen davon“ is no opinion' },
    { text: 'Der Trainer zeigte sich überzeugt.', name: 'no reported clause' },
    { text: 'Das Team machte den Sieg klar, als der Ball fiel.', name: 'the words are not the phrase’s' },
  ],
  invalid: [
    {
      text: 'Zudem sieht der Regierungsrat die Gefahr, dass eine Mietzinsbegrenzung die Renovationen bremsen könnte.',
      expect: [{ speaker: 'Regierungsrat', kind: 'indirect', content: 'eine Mietzinsbegrenzung die Renovationen bremsen könnte' }],
      name: '„die Gefahr sehen, dass …“ (housing, realnews-z14)',
    },
    {
      text: 'Mit Hilfe von Psychologen kam der Gutachter aber doch zum Schluss, dass der Angeklagte an einer Störung leide.',
      expect: [{ speaker: 'Gutachter', kind: 'indirect', content: 'der Angeklagte an einer Störung leide' }],
      name: '„zum Schluss kommen, dass“ (court, realnews-w)',
    },
    {
      text: 'Oppositionsführerin Serpil Midyatli (SPD) erhob in ihrer Rede schwere Vorwürfe: Eine solche Arroganz sei ihr in 15 Jahren nicht begegnet.',
      expect: [{ speaker: 'Serpil Midyatli', kind: 'indirect', content: 'Eine solche Arroganz sei ihr in 15 Jahren nicht begegnet' }],
      name: 'a phrase of accusing + colon + Konjunktiv I (state parliament, realnews-x)',
    },
    {
      text: 'Der Skiverband zog eine positive Bilanz: Die Saison sei die beste seit Jahren gewesen.',
      expect: [{ speaker: 'Skiverband', kind: 'indirect', content: 'Die Saison sei die beste seit Jahren gewesen' }],
      name: '„Bilanz ziehen“ + colon + Konjunktiv I (sport)',
    },
    {
      text: 'Landrätin Karla Wendt drängt darauf, dass der Kreistag noch im Januar über die Kliniken entscheidet.',
      name: '„drängt darauf, dass …“ reports a demand (realnews-m form, other topic, invented person)',
      expect: [{ speaker: { name: 'Karla Wendt' }, kind: 'indirect', content: 'der Kreistag noch im Januar über die Kliniken entscheidet' }],
    },
    {
      text: 'Der Umbau dauert länger. Trotzdem zeigte sich Bürgermeisterin Ida Berg überzeugt, dass das Projekt gelingt.',
      expect: [{ speaker: { name: 'Ida Berg' }, kind: 'indirect', content: 'das Projekt gelingt' }],
      exact: true,
      name: 'a conjunctional adverb in the prefield is no speaker („Trotzdem“)',
    },
    {
      text: 'Der Minister vertritt die Ansicht, dass die Steuern sinken müssen.',
      expect: [{ speaker: { text: 'Der Minister' }, cue: 'vertritt', kind: 'indirect', content: 'die Steuern sinken müssen' }],
      exact: true,
    },
    {
      text: 'Die Ministerin geht davon aus, dass die Preise steigen.',
      expect: [{ speaker: { text: 'Die Ministerin' }, cue: 'geht', content: 'die Preise steigen' }],
      name: 'a separable verb with its particle at the clause end',
    },
    {
      text: 'Bürgermeisterin Ilka Brandhorst machte am Montag deutlich, dass die Stadt keine neuen Schulden aufnehme.',
      expect: [{ speaker: { name: 'Ilka Brandhorst' }, cue: 'machte', content: 'die Stadt keine neuen Schulden aufnehme' }],
      name: 'adverbials between verb and phrase, an invented person',
    },
    {
      text: 'Die Trainerin zeigte sich nach dem Spiel überzeugt, dass das Team den Klassenerhalt schafft.',
      expect: [{ speaker: { text: 'Die Trainerin' }, cue: 'zeigte', content: 'das Team den Klassenerhalt schafft' }],
      name: 'sport: „zeigte sich überzeugt“',
    },
    {
      text: 'Die Polizei geht nicht davon aus, dass es Verletzte gibt.',
      expect: [{ speaker: { text: 'Die Polizei' }, content: 'es Verletzte gibt' }],
      name: 'a negated opinion is still reported',
    },
    {
      text: 'Südkorea ist der Ansicht, dass der Norden seine Fabriken mit voller Kapazität betreibt.',
      expect: [{ speaker: { name: 'Südkorea' }, cue: 'ist', content: 'der Norden seine Fabriken mit voller Kapazität betreibt' }],
    },
  ],
});
