import rule from '../../../src/rules/entity/org-state-institution.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Staatsanwaltschaft ermittelt, das Landeskriminalamt schweigt.', name: 'a bare state institution is one of many' },
    { text: 'Der Bundespräsident sprach.', name: 'a role' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
    { text: 'Nach Angaben der Bundesregierung stiegen die Mieten, die Bundesregierungen der Länder schweigen.', name: 'realnews-u convention: the government of the day is no named organisation (housing)' },
  ],
  invalid: [
    { text: 'Am Montag übergab der Bundesverband der Regierung seine Forderungen.', expect: [{ name: 'Bundesverband', type: 'ORG' }], exact: true, name: 'a dative singular after a federal association is no member genitive (the name ends at the head)' },
    { text: 'Beteiligt sind der Bundesverband der Berufsschäfer und der Nabu.', expect: [{ name: 'Bundesverband der Berufsschäfer', type: 'ORG' }], exact: true, name: 'realnews-p class: a federal association + its members in the genitive plural (environment)' },
    { text: 'Das sagt Anna Roth vom Bundesverband der Elternvereine an höheren Schulen.', expect: [{ name: 'Bundesverband der Elternvereine', type: 'ORG' }], name: 'realnews-j class: members as a plural form that is no lemma (education)' },
    { text: 'Das Bundesverfassungsgericht in Karlsruhe entschied gegen die Bundesregierung.', expect: [{ name: 'Bundesverfassungsgericht' }], exact: true, name: 'the court; „die Bundesregierung“ alone is a description (realnews-u convention: no entity, like „die Regierung“)' },
    { text: 'Das teilten Polizei und Staatsanwaltschaft Mannheim mit. Das Landeskriminalamt Baden-Württemberg ermittelt.', expect: [{ name: 'Staatsanwaltschaft Mannheim' }, { name: 'Landeskriminalamt Baden-Württemberg' }], exact: true, name: 'state institution + place' },
    { text: 'Die Lenkerin wird der Staatsanwaltschaft Krems an der Donau angezeigt.', expect: [{ name: 'Staatsanwaltschaft Krems an der Donau', type: 'ORG' }], exact: true, name: 'with a town named with its river (fresh copy: Austrian police report)' },
    { text: 'Die Staatsanwaltschaft Mannheim an der Seite der Polizei ermittelt.', expect: [{ name: 'Staatsanwaltschaft Mannheim', type: 'ORG' }], exact: true, name: 'a phrase with „an der“ that is no listed town name stays outside' },
    { text: 'Dem Landesrechnungshof zufolge fehlt Geld, auch der Bundesrechnungshof mahnt.', expect: [{ name: 'Bundesrechnungshof' }], name: 'listed compound head (Rechnungshof)' },
    { text: 'Das Bundesamt für Migration und Flüchtlinge prüft den Antrag.', expect: [{ name: 'Bundesamt für Migration und Flüchtlinge', type: 'ORG' }], name: 'with its tail' },
  ],
});
