import rule from '../../../src/rules/entity/place-head.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Dank einer Studie des Online-Markt- und Meinungsforschungsinstituts wissen wir das.', name: 'a compound cut at a hyphen is no place (realnews-l: „Online-Markt-“)' },
    { text: 'Gemeinderätin Jana Westring und Stadtrat Eva Möllring stimmten dagegen.', name: 'a street-looking word after a listed first name is a surname (realnews-i: Möllring)' },
    { text: 'Die Marinebrigade und die Gebirgsbrigade rückten vor, Falschparken kostet.', name: 'German words that end like a foreign street head (-gade, -parken)' },
    { text: 'Eine gesperrte Zufahrtsstraße und ein Parkplatz.', name: 'kinds of street, dictionary compounds' },
    { text: 'Die Hauptstraße war voll, in der Haupteinkaufsstraße auch.', name: 'generic streets' },
    { text: 'Der Sicherheitsdirektor und der Cheforganisator trafen den Fernsehmoderator.', name: 'agent nouns in -tor' },
    { text: 'Der Arbeitsplatz und der Spielplatz liegen am Stadtrand.', name: 'compounds of a noun and a head' },
    { text: 'Am Montag kam er. Sie sagte: Am Ende zählt das.', name: '„Am“ with a common noun' },
    { text: 'Der Flughafen wurde geschlossen, der Bahnhof auch.', name: 'a facility head alone' },
    { text: 'Ein Herausgeber-Platz blieb frei.', name: 'a hyphen compound of common nouns' },
  ],
  invalid: [
    { text: 'Der Premier wurde in seiner Residenz auf Schloss Lany bei Prag empfangen.', expect: [{ name: 'Schloss Lany', type: 'LOC' }], exact: true, name: 'a castle with its name (realnews-l)' },
    { text: 'Die Ministerin traf ihn im Elysée-Palast.', expect: [{ name: 'Elysée-Palast', type: 'LOC' }], exact: true, name: 'a name joined to „Palast“ by a hyphen (realnews-h)' },
    { text: 'Die Partie im Bernabéu-Stadion endete 2:2.', expect: [{ name: 'Bernabéu-Stadion', type: 'LOC' }], exact: true, name: 'other topic: a stadium' },
    { text: 'Nach dem Spiel im Weserstadion Bremen jubelten die Fans.', expect: [{ name: 'Weserstadion Bremen', type: 'LOC' }], exact: true, name: 'a named stadium with its town (realnews-k: „im Jahnstadion Regensburg“)' },
    { text: 'Die Sanierung der Schwarzwaldarena kostet die Gemeinde viel Geld.', expect: [{ name: 'Schwarzwaldarena', type: 'LOC' }], exact: true, name: 'a named arena (other topic: local finances)' },
    { text: 'Nach der Sitzung im Kloster St. Johann traf man sich.', expect: [{ name: 'Kloster St. Johann', type: 'LOC' }], exact: true, name: 'realnews-i: a facility named after a saint' },
    { text: 'Die mobile Polizeistation stand am Præstegårdsvej in Ulkebüll.', expect: [{ name: 'Præstegårdsvej', type: 'LOC' }], name: 'a Danish street head (-vej)' },
    { text: 'Schüsse fielen am Stenbjergparken am Montagabend.', expect: [{ name: 'Stenbjergparken', type: 'LOC' }], exact: true, name: 'a Danish park head with article (-parken)' },
    { text: 'Das Café liegt an der Drottninggatan in Stockholm.', expect: [{ name: 'Drottninggatan', type: 'LOC' }], name: 'a Swedish street head (-gatan), trade' },
    { text: 'Die Polizei fand an der Treveris-Passage den Gesuchten.', expect: [{ name: 'Treveris-Passage', type: 'LOC' }], exact: true, name: 'a name + passage head joined by a hyphen' },
    { text: 'Die Polizei sperrte die Kanalstraße.', expect: [{ name: 'Kanalstraße', type: 'LOC' }], exact: true, name: 'a street' },
    { text: 'Die Kundgebung am Willy-Brandt-Platz begann um zehn.', expect: [{ name: 'Willy-Brandt-Platz', type: 'LOC' }], exact: true, name: 'hyphenated square named after a person' },
    { text: 'Touristen warteten am Holstentor.', expect: [{ name: 'Holstentor', type: 'LOC' }], exact: true, name: 'a gate named by a name' },
    { text: 'Der Zug kam am Alexanderplatz an.', expect: [{ name: 'Alexanderplatz', type: 'LOC' }], exact: true },
    { text: 'Tausende standen am Brandenburger Tor und am Potsdamer Platz.', expect: [{ name: 'Brandenburger Tor' }, { name: 'Potsdamer Platz' }], exact: true, name: 'a place adjective and a head word' },
    { text: 'Das Haus liegt in der Straße Am Hafentor.', expect: [{ name: 'Am Hafentor', type: 'LOC' }], exact: true, name: 'a street name with „Am“' },
    { text: 'Die Maschine landete am Flughafen BER.', expect: [{ name: 'Flughafen BER', type: 'LOC' }], exact: true, name: 'facility head and an acronym' },
    { text: 'Die Demonstranten zogen zum Bahnhof Wolkersried.', expect: [{ name: 'Bahnhof Wolkersried', type: 'LOC' }], exact: true, name: 'facility head and an invented place' },
    { text: 'Die Maschine landete am Flughafen Hahn.', expect: [{ name: 'Flughafen Hahn', type: 'LOC' }], pending: 'the name after the head is a common noun (Hahn) that the gazetteer keeps out' },
    { text: 'Ein Radfahrer verunglückte in der Lindenallee.', expect: [{ name: 'Lindenallee', type: 'LOC' }], exact: true, name: 'an avenue' },
  ],
});
