import rule from '../../../src/rules/statement/so.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Es regnete stark, so dass das Spiel abgebrochen wurde.' },
    { text: 'Die Preise stiegen, so schnell wie nie zuvor.' },
    { text: '„Wir bleiben hart“, so die Sprecherin.', name: 'a quote is the direct-quote rule’s' },
  ],
  invalid: [
    {
      text: 'Die Bahn sei an ihre Grenzen gekommen, so Bundesverkehrsminister Volker Wissing (FDP) im Gespräch mit NDR Info.',
      expect: [{ speaker: 'Volker Wissing', kind: 'according_to', content: 'Die Bahn sei an ihre Grenzen gekommen' }],
      name: 'a bracket and a prepositional phrase after the source (transport, realnews-z2)',
    },
    {
      text: 'Das habe, so Kassenwartin Ilse Borchert, am Ende verhindert, neue Trikots zu kaufen.',
      name: 'a parenthesis inside the clause: the content is the whole sentence',
      expect: [{ speaker: { name: 'Ilse Borchert' }, cue: 'so', kind: 'according_to', content: 'Das habe, so Kassenwartin Ilse Borchert, am Ende verhindert, neue Trikots zu kaufen' }],
      exact: true,
    },
    {
      text: 'Die Nachfrage nach Elektroautos bleibe schwach, so ein Sprecher des Konzerns.',
      expect: [{ speaker: { text: 'ein Sprecher des Konzerns' }, cue: 'so', kind: 'according_to', content: 'Die Nachfrage nach Elektroautos bleibe schwach' }],
      exact: true,
    },
    {
      text: 'Als Reaktion darauf kündigte er Gegenmaßnahmen an, so berichtet Reuters.',
      expect: [{ speaker: 'Reuters', cue: 'so berichtet', kind: 'according_to', content: 'Als Reaktion darauf kündigte er Gegenmaßnahmen an' }],
    },
    {
      text: 'Pjöngjang hat Raketen in mehr als 13.000 Containern exportiert, so die NIS, die sich auf Funde an der Front stützt.',
      expect: [{ speaker: { text: 'die NIS' }, content: 'Pjöngjang hat Raketen in mehr als 13.000 Containern exportiert' }],
    },
    {
      text: 'Die Beteiligung lag bei 76 Prozent, so die Landeswahlleiterin am Abend.',
      expect: [{ speaker: { text: 'die Landeswahlleiterin' }, content: 'Die Beteiligung lag bei 76 Prozent' }],
    },
  ],
});
