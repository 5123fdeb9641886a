import rule from '../../../src/rules/entity/news-outlet-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Kölner Neuen Häuser stehen leer.', name: 'a town adjective + adjective + a head that is no paper head' },
    { text: 'Sie kam mit der Berlin-Wien-Verbindung.', name: 'no paper head after the town' },
    { text: 'Ein Kölner Kurier brachte das Paket.', name: 'an indefinite article: a courier, no paper' },
    { text: 'Die Zeitung berichtete darüber.', name: 'a paper head alone' },
    { text: 'Er liest gern Nachrichten am Morgen.', name: 'no town adjective' },
    { text: 'Mehr unter www.beispiel.de im Netz.', name: 'a domain inside a web address' },
    { text: 'Schreiben Sie an info@beispiel.de bis Montag.', name: 'an e-mail address' },
    { text: 'Die Seite stadtwerke.de ist neu gestaltet.', name: 'a domain without a source phrase' },
    { text: 'Der Wiesbadener Kurier Dienst fuhr los.', name: 'a further capitalised word: no paper name' },
    { text: '„Die Nachrichten aus Trier machen mich traurig“, sagte sie.', name: 'a quotation that goes on after the head is no name (realnews-b)' },
  ],
  invalid: [
    { text: 'Das sagte Scheuer der "Passauer Neuen Presse".', expect: [{ name: 'Passauer Neue Presse', type: 'ORG' }], exact: true, name: 'a town adjective + a declined adjective + a head (realnews-m)' },
    { text: 'Das sagte der Minister der „Offenbach-Post“ (Mittwoch).', expect: [{ name: 'Offenbach-Post', type: 'ORG' }], exact: true, name: 'a town + hyphen + a paper head after an article (realnews-m)' },
    { text: 'Laut Kieler Freien Presse stieg die Zahl.', expect: [{ name: 'Kieler Freie Presse', type: 'ORG' }], exact: true, name: 'other topic, invented paper' },
    { text: 'Die Bürgermeisterin sagte der «Passauer Allgemeinen», sie sei zufrieden.', expect: [{ name: 'Passauer Allgemeine', type: 'ORG' }], exact: true, name: 'realnews-j class: a town adjective + inflected „Allgemeinen“ (local politics, invented)' },
    { text: 'Die Sparte erzielte laut "Wiesbadener Kurier" mehr Umsatz.', expect: [{ name: 'Wiesbadener Kurier', type: 'ORG' }], exact: true, name: 'town adjective + paper head in quotes (fresh copy: t-online.de)' },
    { text: 'Es erwirtschaftet dem "Höchster Kreisblatt“ zufolge 200 Millionen Euro.', expect: [{ name: 'Höchster Kreisblatt', type: 'ORG' }], exact: true, name: 'a district adjective + paper head (fresh copy: t-online.de)' },
    { text: 'Wie die Leipziger Volkszeitung berichtete, fällt der Markt aus.', expect: [{ name: 'Leipziger Volkszeitung', type: 'ORG' }], exact: true, name: 'a compound paper head (other topic: local events)' },
    { text: 'Das sagte der Bürgermeister des Bremerhavener Anzeigers wegen.', expect: [{ name: 'Bremerhavener Anzeiger', type: 'ORG' }], name: 'genitive head → nominative' },
    { text: 'Mehr als 600 Achterbahnen stammen laut "faz.net" von ihm.', expect: [{ name: 'faz.net', type: 'ORG' }], exact: true, name: 'a news website by its domain (fresh copy: t-online.de)' },
    { text: 'Das sagte der Sprecher auf Anfrage von regionalHeute.de am Abend.', expect: [{ name: 'regionalHeute.de', type: 'ORG' }], exact: true, name: 'a domain with a capital inside, after „auf Anfrage von“ (realnews-g)' },
    { text: 'Was die Coaches sagen, fasst bundesliga.de zusammen.', expect: [{ name: 'bundesliga.de', type: 'ORG' }], exact: true, name: 'a domain as subject of a verb of reporting (other topic: sport)' },
  ],
});
