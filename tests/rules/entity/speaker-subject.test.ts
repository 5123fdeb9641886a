import rule from '../../../src/rules/entity/speaker-subject.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// A one-word speaker is reported only when it links to a person named in full or by role
// elsewhere (see layer.test.ts); alone it may as well be a company ("Samsung erklärte").
ruleTester(rule, {
  valid: [
    { text: 'Die Stimmberechtigten haben höhere Entschädigungen für die Mitglieder des Zürcher Stadtparlaments abgelehnt.', name: 'after an article, a run ending in an organisation word is no speaker (fresh copy: zsz.ch)' },
    { text: 'Weiterhin äußerte der Staatschef Kritik an den USA.', name: 'a sentence-initial adverb' },
    { text: 'Nach Angaben der Nachrichtenagentur versprach der Präsident Hilfe.', name: 'a noun with its article' },
    { text: 'Seoul sagt, die Raketen seien geliefert worden.', name: 'places are the gazetteer rule\'s' },
    { text: 'Die Regierung sagte am Montag, sie prüfe alles.' },
    { text: 'Das libanesische Gesundheitsministerium meldete drei Tote.', name: 'a compound organisation noun after an adjective' },
    { text: 'Samsung erklärte, die Nachfrage sei gestiegen.', name: 'a lone one-word speaker is not reported' },
    { text: 'Rutte fügte hinzu, dass die Lage ernst sei.', name: 'a lone surname is not reported without its full name' },
    { text: 'Das Kind malte ein Bild, sagte die Lehrerin.', name: 'a lower-case verb form is no name' },
    { text: 'Im Horst Brandstätters brüteten Störche, berichtete die Vogelwarte.', name: 'a first name that is a common noun after an article stays a noun' },
  ],
  invalid: [
    { text: 'Pro-Ge-Chefverhandler Rainer Wimmer sagte, man sei weit auseinander.', expect: [{ name: 'Rainer Wimmer', type: 'PER' }], exact: true, name: 'a hyphen compound ending in an agent noun before the first name is a descriptor (wage talks, realnews-z7)' },
    { text: 'Am Abend sagte Anwohnerin Lotte Hambrecht: „Das war laut.“', expect: [{ name: 'Lotte Hambrecht', type: 'PER' }], exact: true, name: 'a person noun of the data list before a first name is a descriptor (realnews-i: Anwohnerin)' },
    { text: '„Wir sind bereit“, sagte Julian Nagelsmann am Montag in Frankfurt.', expect: [{ name: 'Julian Nagelsmann', type: 'PER' }], exact: true },
    { text: 'Als Reaktion sagte Choe Son Hui, die Beziehungen seien legitim.', expect: [{ name: 'Choe Son Hui', type: 'PER' }], exact: true },
    { text: 'Christian Lindner betonte, der Haushalt sei solide. Lindner fügte hinzu, man spare.', expect: [{ name: 'Christian Lindner' }], exact: true, name: 'a surname linked to the full name' },
    { text: 'Mario Voigt erklärte am Abend, die CDU sei bereit.', expect: [{ name: 'Mario Voigt' }] },
    { text: '„Die Deiche halten“, sagte Malte Hansen vom Deichverband.', expect: [{ name: 'Malte Hansen', type: 'PER' }], name: 'a first name that is a verb form when written lower case' },
    { text: 'Auch Horst Brandstätter widersprach dem Plan.', expect: [{ name: 'Horst Brandstätter', type: 'PER' }], exact: true, name: 'a first name that is a common noun (Horst) opens the speaker' },
    { text: 'Der Zug sei pünktlich, sagte Heike Kornblum vom Fahrgastverband.', expect: [{ name: 'Heike Kornblum', type: 'PER' }], exact: true, name: 'a first name of the older generations (gender-detection-from-name)' },
    { text: 'Zur Ernte erklärte Thorsten Weinreich, der Sommer sei zu trocken gewesen.', expect: [{ name: 'Thorsten Weinreich', type: 'PER' }], exact: true, name: 'another topic: harvest' },
  ],
});
