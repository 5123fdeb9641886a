import rule from '../../../src/rules/statement/wie-berichtete.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Kritiker schweigen, wie sie die Gegner fordern.', name: 'a pronoun before an article is the object of the clause, no source' },
    { text: 'Die Stiftungsräte wehrten sich. Ein Affront, wie sie betonten.', name: 'a pronoun with a plural verb may be several: no source' },
    { text: 'Wie von vielen erwartet, gewann die Mannschaft das Spiel.', name: '„wie von X erwartet“: no verb of saying closes the passive clause' },
    { text: 'Es kam, wie es kommen musste.' },
    { text: 'Sie spielte so gut wie nie.' },
    { text: 'Kein Tor will gelingen, wie Kapitänin Ida Berg gesteht: „Wir hätten noch Stunden spielen können.“', name: 'the wie-clause introduces the quote after the colon' },
  ],
  invalid: [
    {
      text: 'Kulturamtsleiter Uwe Wagner stellte das Programm vor. Das Buchen sei teurer geworden, wie er bei der Vorstellung erläuterte.',
      expect: [{ speaker: 'Uwe Wagner', kind: 'indirect', content: 'Das Buchen sei teurer geworden' }],
      name: 'a singular pronoun as the source of „wie … erläuterte“, the person named before (culture, realnews-z2)',
    },
    {
      text: 'Wie bereits vor dem Spiel von Trainer Jürgen Gahn angemahnt, habe sein Team nur eine Chance gehabt.',
      expect: [{ speaker: 'Jürgen Gahn', kind: 'indirect', content: 'habe sein Team nur eine Chance gehabt' }],
      name: 'the passive „wie (bereits …) von X angemahnt“: the agent after „von“ (football, realnews-z10)',
    },
    {
      text: 'Wie Michael Graber vom Regionalmanagement sagte, müsse man der Linie Zeit geben.',
      expect: [{ speaker: 'Michael Graber', kind: 'indirect' }],
      name: 'an active clause with „vom“ after the subject keeps the subject (transport, realnews-v)',
    },
    {
      text: 'Wie ihm seine Kollegen erzählten, war die Waffe mit hoher Wahrscheinlichkeit echt.',
      expect: [{ speaker: 'seine Kollegen', kind: 'indirect', content: 'war die Waffe mit hoher Wahrscheinlichkeit echt' }],
      name: 'a dative pronoun between „wie“ and the source (police, realnews-t)',
    },
    {
      text: 'Wie Staatsanwältin Ida Berg vortrug, schlug der Angeklagte einem Gast ins Gesicht.',
      expect: [{ speaker: 'Ida Berg', kind: 'indirect', content: 'schlug der Angeklagte einem Gast ins Gesicht' }],
      name: '„vortragen“ is a verb of saying (court, realnews-x)',
    },
    {
      text: 'Der hatte, wie die Polizei am Donnerstag berichtete, um 18.15 Uhr einen Notruf abgesetzt.',
      expect: [{ speaker: { text: 'die Polizei' }, kind: 'indirect', content: 'Der hatte, wie die Polizei am Donnerstag berichtete, um 18.15 Uhr einen Notruf abgesetzt' }],
      name: 'a wie clause embedded after a short opening: the content is the sentence around it (police, realnews-t)',
    },
    {
      text: 'Das Militär soll Raketen geliefert haben, wie die Associated Press berichtete.',
      expect: [{ speaker: 'Associated Press', cue: 'berichtete', kind: 'indirect', content: 'Das Militär soll Raketen geliefert haben' }],
      exact: true,
    },
    {
      text: 'Wie die Polizei am Montag mitteilte, wurde der Verdächtige in Köln festgenommen.',
      expect: [{ speaker: { text: 'die Polizei' }, cue: 'mitteilte', kind: 'indirect', content: 'wurde der Verdächtige in Köln festgenommen' }],
    },
    {
      text: 'Der Streik dauert an, wie ein Sprecher der Bahn sagte.',
      expect: [{ speaker: { text: 'ein Sprecher der Bahn' }, cue: 'sagte', kind: 'indirect', content: 'Der Streik dauert an' }],
    },
    {
      text: 'Wie die Stadtwerke bestätigten, bleibt das Hallenbad in Lindenau bis Ostern geschlossen.',
      expect: [{ speaker: { text: 'die Stadtwerke' }, cue: 'bestätigten', kind: 'indirect', content: 'bleibt das Hallenbad in Lindenau bis Ostern geschlossen' }],
      name: 'a wie-clause reports the content (indirect), it is no „laut“ source',
    },
  ],
});
