import rule from '../../../src/rules/entity/org-intro-noun.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Klebeband hielt nicht, im Sammelband Hoffmann fehlen Seiten.', name: 'words ending in „band“ are no band' },
    { text: 'Die Stiftung hilft and the rest follows.', name: 'no name before the connector' },
    { text: 'Die Konzernzentrale in Lübeck schließt, die Partei „sagt nein“.', name: 'no name after the head; a lower-case quote' },
    { text: 'Der Verein „Wir helfen, sagte sie, immer“ lobte.', name: 'a quoted clause with commas' },
    { text: 'Der Konzern meldete Verluste, die Gewerkschaft streikt.', name: 'no name after the noun' },
    { text: 'Das Unternehmen und die Gewerkschaft einigten sich am Montag.', name: 'a function word after the noun' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Ein Auto raste zwischen Gedächtniskirche und Luxuskaufhaus KaDeWe in eine Gruppe.', expect: [{ name: 'KaDeWe', type: 'ORG' }], exact: true, name: 'a department store noun before its name (fresh copy: bbv-net.de)' },
    { text: 'Der Autozulieferer Brenkmann streicht 200 Stellen.', expect: [{ name: 'Brenkmann', type: 'ORG' }], exact: true, name: 'a supplier noun (invented company, other topic: jobs)' },
    { text: 'Die Maschinenfabrik Okafor baut ein neues Werk.', expect: [{ name: 'Okafor', type: 'ORG' }], exact: true, name: 'a factory noun (invented company)' },
    { text: 'Das zeigt eine Studie der Unternehmensberatung Kienbaum.', expect: [{ name: 'Kienbaum', type: 'ORG' }], exact: true, name: 'a consultancy introduces its name (economy)' },
    { text: 'Eigentlich war ein Auftritt der Band Sternenfall schon 2020 geplant.', expect: [{ name: 'Sternenfall', type: 'ORG' }], exact: true, name: '„die Band X“' },
    { text: 'Am Abend spielt die Rockband Nebelkrähe im Stadtpark.', expect: [{ name: 'Nebelkrähe', type: 'ORG' }], exact: true, name: '„die Rockband X“' },
    { text: 'Die Rockergruppe Steel Wolves feierte in der Halle.', expect: [{ name: 'Steel Wolves', type: 'ORG' }], exact: true, name: 'a gang after its noun' },
    { text: 'Die Organisation Friends of the Lakes protestierte am Montag.', expect: [{ name: 'Friends of the Lakes', type: 'ORG' }], exact: true, name: 'English connectors inside the name' },
    { text: 'Die Sonden werden von der Einsatzzentrale Telvor in Kassel aus gesteuert.', expect: [{ name: 'Telvor', type: 'ORG' }], name: 'a control centre' },
    { text: 'Streit bei der Initiative »Lindenhof hilft« eskaliert.', expect: [{ name: 'Lindenhof hilft', type: 'ORG' }], exact: true, name: 'a name in quotes' },
    { text: 'Der Verein „Kinder am Kanal“ sammelt für die Schule.', expect: [{ name: 'Kinder am Kanal', type: 'ORG' }], exact: true, name: 'a name of words in quotes' },
    { text: 'Der US-Konzern Apple hat am Montag ein neues iPhone vorgestellt.', expect: [{ name: 'Apple', type: 'ORG' }], exact: true, name: 'company noun + name' },
    { text: 'Ein Warnstreik der Gewerkschaft Verdi legte die Flughäfen lahm.', expect: [{ name: 'Verdi', type: 'ORG' }], exact: true },
    { text: 'Der Autokonzern Volkswagen will Stellen abbauen.', expect: [{ name: 'Volkswagen', type: 'ORG' }], exact: true, name: 'company name that splits as a compound' },
    { text: 'Nach Hochrechnungen des Instituts Ipsos erhielt die Partei 33 Prozent.', expect: [{ name: 'Ipsos', type: 'ORG' }], exact: true, name: 'genitive organisation noun + name' },
    { text: 'Der Fahrgastverband Pro Bahn und der Verein Mehr Demokratie fordern Reformen.', expect: [{ name: 'Pro Bahn' }, { name: 'Mehr Demokratie' }], exact: true, name: 'organisation noun + two-word name starting with a short word' },
    { text: 'Laut einer Umfrage des Forschungsinstituts gfs.zürich liegt die Vorlage vorn.', expect: [{ name: 'gfs.zürich', type: 'ORG' }], pending: 'lower-case name with a dot: ü is outside the LOWER_NAME pattern' },
    { text: 'Laut einer Umfrage des Forschungsinstituts sotomo.ch liegt die Vorlage vorn.', expect: [{ name: 'sotomo.ch', type: 'ORG' }], name: 'lower-case name with a dot after an organisation noun' },
    { text: 'Der Netzbetreiber Amprion teilte mit, die Leitung sei repariert.', expect: [{ name: 'Amprion', type: 'ORG' }], name: 'Betreiber + name' },
    { text: 'Die europäische Behörde Frontex meldete mehr Grenzübertritte.', expect: [{ name: 'Frontex', type: 'ORG' }], name: 'Behörde + name' },
    { text: 'Die Miete wird vom Portal Immowelt auf 14 Euro geschätzt.', expect: [{ name: 'Immowelt', type: 'ORG' }], name: 'Portal + name' },
    { text: 'Kritik kam vom Bund Naturschutz und vom Bund der Steuerzahler.', expect: [{ name: 'Bund Naturschutz' }], pending: '„Bund“ + uninflected noun is not taken as a name (too many FPs: „der Bund Milliarden zahlt“)' },
  ],
});
