import rule from '../../../src/rules/entity/org-institution-place.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Kassenwart des Polizeireviers zahlte, das Polizeirevier Harz-Kasse blieb zu.', name: 'a hyphen word whose common-word first part is a place and whose second is none names no seat' },
    { text: 'Der Zoo war am Sonntag voll.', name: 'a zoo without its town' },
    { text: 'Die Polizeiinspektion ermittelt weiter.', name: 'a police authority without its town is generic' },
    { text: 'Die Polizeidirektion Hof Süd ermittelt.', name: 'a further capitalised word that is no time noun before a month still blocks the name' },
    { text: 'Der Besucher Universitätsklinikum fand den Weg nicht.', name: 'no place after the institution, no name' },
    { text: 'Das Ministerium äußerte sich nicht.', name: 'no place after the institution' },
    { text: 'Die Polizei Berlins ermittelt nicht, die Hochschule Koblenz Süd schon.', name: 'a genitive place; a further capitalised word' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Ein Sprecher des Polizeireviers Harz-Burgenland bestätigte den Einsatz.', expect: [{ name: 'Polizeirevier Harz-Burgenland', type: 'ORG' }], name: 'realnews-t class („des Polizeireviers Mansfeld-Südharz“): a seat of two places, the first one reading as a common word (police, invented)' },
    { text: 'Die Kammer des Landgerichts München I sieht es als erwiesen an.', expect: [{ name: 'Landgericht München I', type: 'ORG', mentions: [{ text: 'Landgerichts München I' }] }], exact: true, name: 'realnews-i: a court numbered within its town' },
    { text: 'Zoo Zürich: Die Elefanten schleppen viel Dreck ins Wasser', expect: [{ name: 'Zoo Zürich', type: 'ORG' }], exact: true, name: 'a zoo + its town (headline, animals)' },
    { text: 'Die Polizeiinspektion Dessau-Roßlau gab die Festnahme bekannt.', expect: [{ name: 'Polizeiinspektion Dessau-Roßlau', type: 'ORG' }], exact: true, name: 'a police station + its town (justice)' },
    { text: 'Die Polizeidirektion Osnabrück und das Polizeirevier Halle warnten vor Glätte.', expect: [{ name: 'Polizeidirektion Osnabrück', type: 'ORG' }, { name: 'Polizeirevier Halle', type: 'ORG' }], exact: true, name: 'police authorities + towns (weather)' },
    { text: 'Er ist Arzt im Vitalis Universitätsklinikum Wuppertal.', expect: [{ name: 'Vitalis Universitätsklinikum Wuppertal', type: 'ORG' }], exact: true, name: 'a brand name before institution + town' },
    { text: 'Die Verkehrspolizeiinspektion Amberg wurde mit den Ermittlungen betraut.', expect: [{ name: 'Verkehrspolizeiinspektion Amberg', type: 'ORG' }], exact: true, name: 'a compound police head + a town the gazetteer holds only with place context (fresh copy: polizistmensch.de 2021)' },
    { text: 'Eine Streife der Polizeiinspektion Feucht sicherte die Stelle.', expect: [{ name: 'Polizeiinspektion Feucht', type: 'ORG' }], exact: true, name: 'a town that is also an adjective („feucht“) after a police head' },
    { text: 'Das Polizeipräsidium Westpfalz Ende März meldete weniger Einbrüche.', expect: [{ name: 'Polizeipräsidium Westpfalz', type: 'ORG' }], exact: true, name: 'a time noun before a month ends the name (fresh copy: zeitsturmradler.de, „Polizeipräsidium Südhessen Ende April“)' },
    { text: 'Laut Polizei Hamburg blieb es ruhig.', expect: [{ name: 'Polizei Hamburg', type: 'ORG' }], exact: true, name: 'a function word before the institution stays outside' },
    { text: 'Das Landratsamt Rosenheim warnte vor Glätte auf den Straßen.', expect: [{ name: 'Landratsamt Rosenheim', type: 'ORG' }], exact: true, name: 'an authority whose compound split misleads (Landrat|s|amt, not Landrat + Samt)' },
    { text: 'Ein Sprecher des Landratsamts Pfaffenhofen sagte, die Pegel sänken.', expect: [{ name: 'Landratsamt Pfaffenhofen', type: 'ORG' }], name: 'in the genitive (other topic: flood)' },
    { text: 'Experten wie Professor Stefan Sell von der Hochschule Koblenz halten Streiks für wahrscheinlich.', expect: [{ name: 'Hochschule Koblenz', type: 'ORG' }], exact: true, name: 'institution + town' },
    { text: 'Nach Angaben des Polizeipräsidiums Oberbayern Süd sowie des Polizeipräsidiums Mittelfranken gab es Staus.', expect: [{ name: 'Polizeipräsidium Mittelfranken', type: 'ORG' }], name: 'genitive institution + region, nominative name' },
    { text: 'Der Kreisverband Rosenheim und der Verkehrsverbund Rhein-Neckar klagen.', expect: [{ name: 'Kreisverband Rosenheim' }, { name: 'Verkehrsverbund Rhein-Neckar' }], exact: true, name: 'institution + town / hyphenated region' },
    { text: 'Über Anordnung der Staatsanwaltschaft Wiener Neustadt kamen zwei Männer in Haft.', expect: [{ name: 'Staatsanwaltschaft Wiener Neustadt', type: 'ORG' }], exact: true, name: 'an institution + a town named in two words (fresh copy: Austrian police report, theft)' },
    { text: 'Ein Sprecher des Landratsamts Pfaffenhofen an der Ilm sagte, die Pegel sänken.', expect: [{ name: 'Landratsamt Pfaffenhofen an der Ilm', type: 'ORG' }], exact: true, name: 'an institution + a town named with its river (flood)' },
    { text: 'Die Polizeiinspektion Horn an der Spitze der Statistik meldet weniger Einbrüche.', expect: [{ name: 'Polizeiinspektion Horn', type: 'ORG' }], exact: true, name: '„an der“ + a word that makes no listed town name stays outside' },
    { text: 'Das teilten Polizei und Staatsanwaltschaft Mannheim mit.', expect: [{ name: 'Staatsanwaltschaft Mannheim' }], exact: true, name: 'state institution + place' },
  ],
});
