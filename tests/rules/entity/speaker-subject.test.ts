import rule from '../../../src/rules/entity/speaker-subject.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das libanesische Gesundheitsministerium meldete drei Tote.', name: 'a compound organisation noun after an adjective' },
    { text: 'Weiterhin äußerte der Staatschef Kritik an den USA.', name: 'a sentence-initial adverb' },
    { text: 'Nach Angaben der Nachrichtenagentur versprach der Präsident Hilfe.', name: 'a noun with its article' },
    { text: 'Seoul sagt, die Raketen seien geliefert worden.', name: 'places are the gazetteer rule\'s' },
    { text: 'Die Regierung sagte am Montag, sie prüfe alles.' },
  ],
  invalid: [
    { text: 'Rutte fügte hinzu, dass die Lage ernst sei.', expect: [{ name: 'Rutte', type: 'PER' }], exact: true },
    { text: '„Wir sind bereit“, sagte Nagelsmann am Montag in Frankfurt.', expect: [{ name: 'Nagelsmann', type: 'PER' }], exact: true },
    { text: '„Dies ist ein Bestandteil der Beziehungen“, sagte Choe am Samstag.', expect: [{ name: 'Choe' }] },
    { text: 'Kim bekräftigte die Unterstützung für Russland.', expect: [{ name: 'Kim', type: 'PER' }] },
    { text: 'Lindner betonte, der Haushalt sei solide.', expect: [{ name: 'Lindner' }] },
  ],
});
