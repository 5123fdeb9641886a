import rule from '../../../src/rules/entity/town-adjective-head.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Ulmer Stadträte stimmten am Abend ab.', name: 'a plural head names members, no institution (council members, politics)' },
    { text: 'Die Bonner Museen und Kölner Universitäten warben um Besucher.', name: 'plural institution heads are no one name (culture, education)' },
    { text: 'Der Berliner Senat und die Münchner Polizei berieten.', name: 'a town adjective before a head that is neither facility nor named institution' },
    { text: 'Der Trainer Flughafen ist kein Name.', name: 'a common noun in -er is no town adjective' },
    { text: 'Die Frankfurter Flughafen Holding legte Zahlen vor.', name: 'a longer name is not cut' },
    { text: 'Das Landgericht tagte am Flughafen.', name: 'heads without a town adjective' },
    { text: 'Ein Zürcher Regierungsrat und ein Kölner Museum fehlten.', name: 'after an indefinite article a council head is a councillor, an institution one of many' },
    { text: 'Die Tiroler Bauernverbände und der Kärntner Bauer klagten.', name: 'a plural association head, a person noun (agriculture)' },
  ],
  invalid: [
    { text: 'Das Bochumer Kunstmuseum zeigt Fotografien aus Japan.', expect: [{ name: 'Bochumer Kunstmuseum', type: 'ORG' }], exact: true, name: 'realnews-j class: a museum compound after a town adjective (culture, invented)' },
    { text: 'Sie forscht an der Trierer Universität über Böden.', expect: [{ name: 'Trierer Universität', type: 'ORG' }], exact: true, name: 'realnews-j class: a university after a town adjective (science, invented)' },
    { text: 'Im Mainzer Landtag wurde heftig gestritten.', expect: [{ name: 'Mainzer Landtag', type: 'ORG' }], exact: true, name: 'fresh copy class („Schweriner Landtag“): a state parliament by its seat (politics)' },
    { text: 'Nun muss die Kammer des Rheiner Amtsgerichts Beweise prüfen.', expect: [{ name: 'Amtsgericht Rheine', type: 'ORG' }], exact: true, name: 'realnews-j class („Stader Landgerichts“): a town in -e, genitive head before a capitalised noun (court, invented)' },
    { text: 'Die Lage war am Stuttgarter Flughafen zu besichtigen.', expect: [{ name: 'Stuttgarter Flughafen', type: 'LOC' }], exact: true, name: 'realnews-i: town adjective + airport is a place' },
    { text: 'Zwei Beamte verunglückten am Darmstädter Kreuz.', expect: [{ name: 'Darmstädter Kreuz', type: 'LOC' }], exact: true, name: 'realnews-h: a motorway junction, umlaut in the adjective' },
    { text: 'Die Männer wurden vom Darmstädter Landgericht verurteilt.', expect: [{ name: 'Landgericht Darmstadt', type: 'ORG', mentions: [{ text: 'Darmstädter Landgericht' }] }], exact: true, name: 'fresh copy: a court by its own name' },
    { text: 'Die Sitzung des Tiroler Gemeindeverbandes dauerte lang.', expect: [{ name: 'Tiroler Gemeindeverband', type: 'ORG' }], exact: true, name: 'realnews-w class („Vorarlberger Gemeindeverband“): a region adjective + an association head, genitive (local politics, invented)' },
    { text: 'Der Schweizer Bauernverband warnt vor tiefen Milchpreisen.', expect: [{ name: 'Schweizer Bauernverband', type: 'ORG' }], exact: true, name: 'a home country adjective + an association head (agriculture)' },
    { text: 'Der Basler Grosse Rat tagte, danach entschied der Basler Regierungsrat über das Budget.', expect: [{ name: 'Basler Regierungsrat', type: 'ORG' }], exact: true, name: 'realnews-w class („Zürcher Gemeinderat“): an irregular town adjective (Basel) + a cantonal council (finance)' },
    { text: 'Im Berner Kantonsrat und bei den Bregenzer Festspielen wurde gespart.', expect: [{ name: 'Berner Kantonsrat', type: 'ORG' }], exact: true, name: 'realnews-w class („Luzerner Kantonsrat“): a cantonal parliament; a dative plural head is not read (pending below)' },
    { text: 'Sie wechselt zu den Bregenzer Festspielen.', expect: [{ name: 'Bregenzer Festspiele', type: 'ORG' }], pending: 'a plural-only head in the dative („Festspielen“) is not read as its base form' },
    { text: 'Er geht in Richtung Bregenzer Festspiele.', expect: [{ name: 'Bregenzer Festspiele', type: 'ORG' }], exact: true, name: 'realnews-w class („Berliner Festspiele“): a festival organisation by its town (culture, invented)' },
    { text: 'Die Kammer des Landshuter Landgerichts tagte.', expect: [{ name: 'Landgericht Landshut', type: 'ORG' }], exact: true, name: 'genitive head' },
    { text: 'Ein Überfall beim Kasseler Staatstheater und im Münchner Klinikum.', expect: [{ name: 'Kasseler Staatstheater', type: 'ORG' }, { name: 'Münchner Klinikum', type: 'ORG' }], exact: true, name: 'a theatre and a clinic (Münchner: the e of -en dropped)' },
  ],
});
