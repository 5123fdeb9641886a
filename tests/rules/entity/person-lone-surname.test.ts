import rule from '../../../src/rules/entity/person-lone-surname.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// A surname alone, where only a person fits. Invented people, several topics.
ruleTester(rule, {
  valid: [
    { text: 'Gerade bei Großkonzernen sagen Quartalszahlen oft auch viel über die Branche aus.', name: 'a plural compound noun before „sagen“ is no surname (fresh copy: dlf)' },
    { text: 'Gerade bei Banken sagen Monatsbilanzen oft viel aus.', name: 'other topic: banks' },
    { text: 'Das Urteil sei gerecht, so Richter.', name: 'a listed surname that is a role word stays out alone („so Richter“ may be judges)' },
    { text: 'Einbruch: Verdächtiger (22) sitzt hinter Gittern', name: 'a nominalised adjective the dictionary lacks (-ig) before an age' },
    { text: 'Brand: Unbewohnbarer (3) Altbau', name: 'a nominalised -bar adjective before a number in brackets' },
    { text: 'Angeklagter (45) schweigt vor Gericht.', name: 'a participle used as a noun before an age is no surname' },
    { text: 'Sie habe es ihm schon im Krankenbett gesagt.', name: 'a noun after a contracted preposition is no surname' },
    { text: '„Das reicht nicht“, sagt Priv.-Doz. Dr. Mia Okafor.', name: 'an abbreviated title is no surname' },
    { text: 'Es sprachen Mia Sommer und Jonas Specht, Betreiber der Halle.', name: 'a first name before a surname that is a common noun is no lone surname' },
    { text: 'Samsung erklärte, die Nachfrage nach Speicherchips sei gestiegen.', name: 'a company announces: no form of „sagen“' },
    { text: 'Die Ernte falle gut aus, sagte der Sprecher.', name: 'a noun after its article' },
    { text: 'Die Regierung sagte am Montag, sie prüfe alles.', name: 'a common noun before „sagen“' },
    { text: 'Das Ergebnis sei gut, sagte Kassel.', name: 'a place is the place rules’ (the rule alone: a strong place is no name word)' },
    { text: 'Der Etat sei solide, sagte Heike Kornblum.', name: 'a full name is the full-name rules’' },
    { text: 'Steinmeier traf die Bewerber Aschraf Ghanoui und Abdullah Abdullah.', name: 'a word after a name word is part of a longer name' },
    { text: 'Der Einsatz dauerte lange, sagte die DLRG.', name: 'an acronym' },
    { text: 'Ein Sprecher des Landratsamts Rosenheim sagte, man prüfe.', name: 'a town before „sagte“ is no surname' },
    { text: 'Die Preise steigen weiter, sagte Brandner-Kritik.', name: 'a hyphen compound' },
    { text: 'Man erwarte Regen, so Meteorologen am Montag.', name: 'a common noun after „so“' },
  ],
  invalid: [
    { text: 'Man müsse die Anwohner stärker einbinden, meint Okonkwo.', expect: [{ name: 'Okonkwo', type: 'PER' }], exact: true, name: 'after a form of „meinen“ (realnews-n: „meint Hammer“; invented person)' },
    { text: 'Die Lage sei ernst, meinte Brandner und ging.', expect: [{ name: 'Brandner', type: 'PER' }], exact: true, name: 'past tense of „meinen“ before „und“' },
    { text: 'Man müsse nun abwarten, so Stahl.', expect: [{ name: 'Stahl', type: 'PER' }], exact: true, name: 'a listed surname that is a common noun, alone after „so“' },
    { text: '„Das ist ein guter Tag“, sagte Grün am Abend.', expect: [{ name: 'Grün', type: 'PER' }], exact: true, name: 'a listed surname that is an adjective, alone after a form of „sagen“ (invented, other topic)' },
    { text: 'Landwirt Kerschbauer sagte, die Ernte sei gut.', expect: [{ name: 'Kerschbauer', type: 'PER' }], exact: true, name: 'a surname ending in a role noun (-bauer) after a bare stem' },
    { text: 'Die Lage sei ernst, sagte Okafor.', expect: [{ name: 'Okafor', type: 'PER' }], exact: true, name: 'after a form of „sagen“ (politics)' },
    { text: 'Okafor sagte, der Haushalt sei solide.', expect: [{ name: 'Okafor', type: 'PER' }], exact: true, name: 'before a form of „sagen“' },
    { text: '„Wir sind gut gestartet“, sagte Grieder der Mitteilung zufolge.', expect: [{ name: 'Grieder', type: 'PER' }], exact: true, name: 'a lower-case word after the surname (business)' },
    { text: 'Die Pegel sänken bald, so Brandner.', expect: [{ name: 'Brandner', type: 'PER' }], exact: true, name: '„…, so X“ (weather)' },
    { text: 'Der Fahrer Brandner (54) wurde leicht verletzt.', expect: [{ name: 'Brandner', type: 'PER' }], exact: true, name: 'an age in brackets (accident)' },
    { text: 'Im Finale trafen Heike Brandt und Okafor aufeinander.', expect: [{ name: 'Okafor', type: 'PER' }], exact: true, name: 'coordinated with a person named in full (sport)' },
    { text: 'Okafor und Jürgen Weinreich stellten das Buch vor.', expect: [{ name: 'Okafor', type: 'PER' }], exact: true, name: 'coordinated before a person named in full (culture)' },
  ],
});
