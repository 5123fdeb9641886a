import rule from '../../../src/rules/entity/gazetteer-place.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Innenminister Thomas Strobl sprach von einer abscheulichen Tat.', name: 'a small town name standing as a surname' },
    { text: 'Die südkoreanische Regierung äußerte sich am Freitag nicht.', name: 'demonym adjectives are no mentions' },
    { text: 'Nordkoreanische Soldaten bereiten sich auf den Einsatz vor.', name: 'capitalised demonym at sentence start' },
    { text: 'RUSSLAND UND CHINA VERSTÄRKEN ZUSAMMENARBEIT', name: 'headline capitals' },
    { text: 'Die Inflation stieg im März auf 2,4 Prozent.' },
    { text: 'Wir essen heute zu Mittag.', name: 'a city name that is a common word needs context' },
    { text: 'Der Mindestlohn liegt bei 4200 Franken, Zuschüsse von 1,5 Millionen Franken sind geplant.', name: 'a currency after an amount is no region' },
    { text: 'Stürmer Nils Petersen traf zweimal.', name: 'a first name that reads as the genitive of a river (Nil)' },
    { text: 'Die Sachsen gewannen das Derby, den Bayern fehlte ein Tor.', name: 'inhabitant plurals of a region after a plural article' },
    { text: 'Die jungen Franken verloren auswärts.', name: 'article + adjective + inhabitant plural' },
    { text: 'Der Sprecher Karim Abu Haifa sagte, die Lage sei ruhig.', name: 'a surname after a binding name particle is no place' },
  ],
  invalid: [
    { text: 'Viele Menschen flohen nach Plattling, die Fähre kam aus Travemünde.', expect: [{ name: 'Plattling', type: 'LOC' }, { name: 'Travemünde', type: 'LOC' }], exact: true, name: 'small towns in a place context' },
    {
      text: 'Seoul sagt, die Raketen seien von Russland an Nordkorea übergeben worden.',
      expect: [
        { name: 'Seoul', type: 'LOC' },
        { name: 'Russland', type: 'LOC' },
        { name: 'Nordkorea', type: 'LOC' },
      ],
      exact: true,
    },
    { text: 'Südkoreas Militär sagte, Pjöngjangs Luftabwehr sei gestärkt worden.', expect: [{ name: 'Südkorea', type: 'LOC' }, { name: 'Pjöngjang', type: 'LOC' }], name: 'genitive' },
    { text: 'Die Inflation in Frankreich und in den Vereinigten Staaten stieg.', expect: [{ name: 'Frankreich' }, { name: 'USA', type: 'LOC' }] },
    { text: 'Das Hochwasser in Bayern erreichte am Sonntag Regensburg.', expect: [{ name: 'Bayern', type: 'LOC' }, { name: 'Regensburg', type: 'LOC' }], exact: true },
    { text: 'Die Kämpfe in der Ostukraine gehen weiter.', expect: [{ name: 'Ostukraine', type: 'LOC' }], name: 'compass compound' },
    { text: 'Die US-Sanktionen gegen Moskau wirken.', expect: [{ name: 'USA', type: 'LOC' }, { name: 'Moskau', type: 'LOC' }], name: 'place part of a hyphen compound' },
    { text: 'NATO-Generalsekretär Mark Rutte sagte im Oktober etwas.', expect: [{ name: 'NATO', type: 'ORG' }], exact: true, name: 'supranational organisation as ORG' },
    { text: 'Die Wahlen in Frankreich: Paris und Marseille stimmten anders ab.', expect: [{ name: 'Frankreich' }, { name: 'Paris' }, { name: 'Marseille' }] },
    { text: 'Wir essen heute in Essen zu Mittag.', expect: [{ name: 'Essen', type: 'LOC' }], exact: true, name: 'a common-word city after a place preposition' },
    { text: 'Die DVRK testet neue Marschflugkörper.', expect: [{ name: 'Nordkorea', type: 'LOC' }], name: 'short form of a country' },
    { text: 'Im Kanton Appenzell Innerrhoden lehnten 71 Prozent ab.', expect: [{ name: 'Appenzell Innerrhoden', type: 'LOC' }], exact: true, name: 'place noun + two-word canton, no LOC „Kanton“' },
    { text: 'Flut in Bayern\nPlattling. Die Lage bleibt ernst.', expect: [{ name: 'Bayern' }, { name: 'Plattling', type: 'LOC' }], exact: true, name: 'dateline „Ort.“: a small town at the start of a line' },
    { text: 'Hochwasser\nPassau/Vilshofen – Die Pegel steigen weiter.', expect: [{ name: 'Passau' }, { name: 'Vilshofen', type: 'LOC' }], exact: true, name: 'dateline „Ort/Ort –“' },
    { text: 'Laut Infratest dimap liegt die Union vorn, sagte ein Sprecher von IG Metall.', expect: [{ name: 'Infratest dimap', type: 'ORG' }, { name: 'IG Metall', type: 'ORG' }], exact: true, name: 'curated organisation list, also with a lower-case word' },
    { text: 'Die Lufthansa streicht Flüge, die Hisbollah droht, Samsung und BMW melden Gewinne.', expect: [{ name: 'Lufthansa' }, { name: 'Hisbollah' }, { name: 'Samsung' }, { name: 'BMW' }], exact: true, name: 'organisations known only by name (curated list)' },
    { text: 'Am Ufer des Nils wurde ein Tempel gefunden.', expect: [{ name: 'Nil', type: 'LOC' }], name: 'a genitive river after des' },
    { text: 'Der Wechsel nach Niedersachsen ist perfekt, in Sachsen wird gewählt.', expect: [{ name: 'Niedersachsen', type: 'LOC' }, { name: 'Sachsen', type: 'LOC' }], name: 'an inhabitant-plural region after a preposition' },
    { text: 'In den Westalpen und Ostalpen schmelzen die Gletscher.', expect: [{ name: 'Westalpen', type: 'LOC' }, { name: 'Ostalpen', type: 'LOC' }], name: 'compass + a region that is also a noun' },
  ],
});
