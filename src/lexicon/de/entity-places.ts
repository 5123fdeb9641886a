/**
 * Closed word classes of the place rules (src/rules/entity/gazetteer-place.ts, place-context.ts):
 * place prepositions, place nouns before or after a name, geographic name prefixes.
 */

/** Prepositions before a place that is also a common word or a small town: „in Essen“, „aus Plattling“. */
export const PLACE_PREPOSITION = new Set(['in', 'nach', 'aus', 'bei', 'von', 'über', 'gegen', 'um', 'im', 'vor', 'nahe', 'unweit']);

/** Place nouns that stand before a name and are no place themselves: „im Kanton Appenzell“. */
export const PLACE_NOUN_BEFORE_NAME = /^(Kanton|Stadt|Region|Bezirk|Kreis|Landkreis|Gemeinde|Provinz|Departement|Bundesland|Staat)$/;

/** Region nouns that end a hyphenated region name: „Rhein-Main-Gebiet“, „Rhein-Neckar-Region“. */
export const REGION_HEADS = new Set(['Gebiet', 'Gebiets', 'Region', 'Raum', 'Raums', 'Kreis', 'Kreises', 'Dreieck', 'Delta', 'Becken']);

/** Place nouns before a small town's name: „die Gemeinde Strobl“. */
export const PLACE_NOUN = /^(Stadt|Gemeinde|Verbandsgemeinde|Samtgemeinde|Ortsgemeinde|Stadtgemeinde|Gemeindeteil|Ort|Ortschaft|Dorf|Kreis|Landkreis|Bezirk|Region|Kleinstadt|Kurort|Ortsteil|Marktgemeinde|Vorort|Stadtteil|Kanton|Standort|Hauptort|Kreisstadt|Stadtbezirk)$/;

/** Abbreviated place nouns before a town's name (followed by a dot): „Lkr. Kulmbach“, „Kr. Olpe“, „Gem. Strobl“. */
export const PLACE_NOUN_ABBREVIATION = /^(?:Lkr|Ldkr|Lk|LK|Kr|Bez|Gem|Stkr)$/;

/** Prepositions before an unknown place name: „in der Nähe von …“, „nach …“. */
export const PLACE_CONTEXT_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'nahe', 'unweit']);

/** Nouns that name a kind of place before its name: „Region Kursk“, „Stadt X“. */
export const PLACE_NOUNS = /^(Region|Gebiet|Provinz|Bezirk|Kreis|Landkreis|Stadt|Hauptstadt|Hafenstadt|Großstadt|Kleinstadt|Gemeinde|Verbandsgemeinde|Samtgemeinde|Ortsgemeinde|Stadtgemeinde|Gemeindeteil|Ort|Ortschaft|Dorf|Stadtteil|Bundesland|Bundesstaat|Kanton|Oblast|Departement|Insel|Halbinsel|Fluss|Grenzstadt|Metropole|Küstenstadt|Frontstadt|Großraum|Vorort|Standort|Hauptort|Kreisstadt|Stadtbezirk|Ortsteil|Marktgemeinde|Kurort|Badeort|Ferienort|Urlaubsort|Nachbarort|Nachbardorf|Heimatort|Wohnort)$/;

/** First words of geographic names: „Col du Galibier“, „Lago Maggiore“, „Sankt Moritz“. */
export const GEO_PREFIX = new Set(['Col', 'Mont', 'Monte', 'Mount', 'Lac', 'Lake', 'Lago', 'Cap', 'Cape', 'Pic', 'Piz', 'Sierra', 'Costa', 'Puerto', 'Port', 'Porto', 'Saint', 'Sankt', 'San', 'Santa', 'São', 'Isla', 'Isle', 'Golf', 'Cabo', 'Río', 'Rio']);

/** Particles inside geographic names: „Col du …“, „Costa del Sol“. */
export const GEO_PARTICLE = new Set(['du', 'de', 'des', 'la', 'le', 'del', 'di', 'da', 'do', 'dos', 'of', 'the']);

/** Plural place nouns before „wie“ and a list of places: „in Städten wie Plattling und Osterhofen“. */
export const PLACE_LIST_NOUNS = new Set(['Städte', 'Städten', 'Orte', 'Orten', 'Ortschaften', 'Gemeinden', 'Kommunen', 'Dörfer', 'Dörfern', 'Großstädte', 'Großstädten', 'Kleinstädte', 'Kleinstädten', 'Metropolen', 'Regionen', 'Landkreise', 'Landkreisen', 'Kreise', 'Kreisen', 'Bezirke', 'Bezirken', 'Kantone', 'Kantonen', 'Ortsteile', 'Ortsteilen', 'Bundesländer', 'Bundesländern', 'Stadtteile', 'Stadtteilen', 'Länder', 'Ländern', 'Staaten', 'Inseln', 'Kurorte', 'Kurorten', 'Urlaubsorte', 'Urlaubsorten']);

/**
 * A route before „zwischen X und Y“ — a road, a line, a connection or a stretch of it: „Kreisstraße“,
 * „Bahnstrecke“, „Autobahn“, „Zugverbindung“, „Streckenabschnitt“ (the head of the word, any case).
 */
export const ROUTE_HEAD = /(?:straße|strasse|strecke|bahn|verbindung|abschnitt|linie|tunnel|brücke|fähre|route)$/;

/**
 * Regional adjectives before a place: „oberbayerischen“, „nordhessische“, „sächsischen“,
 * „nordrhein-westfälischen“, „französischen“ (lower case, -isch with an ending).
 */
export const REGIONAL_ADJECTIVE = /^[a-zäöü][a-zäöüß-]{2,}isch(?:e|en|er|es|em)$/;

/** Prepositions before a regional adjective and a place: „im oberbayerischen X“, „aus dem sächsischen X“. */
export const PLACE_ADJECTIVE_PREPOSITION = new Set(['im', 'ins', 'in', 'nach', 'aus', 'nahe']);

/** Last parts of street and square names; a word ending in one that the dictionary lacks is a street: „Kanalstraße“, „Lindenallee“. */
export const STREET_HEAD = /^(.{3,}?)(straße|strasse|gasse|allee|damm|chaussee|promenade|ufer)$/;

/** Heads of named places whose modifier must be a name: „Holstentor“, „Alexanderplatz“, „Köhlbrandbrücke“. */
export const NAMED_PLACE_HEAD = /^(.{4,}?)(platz|tor|brücke|turm|markt|park|weg|ring|bahnhof|hafen|kai|stadion|arena)$/;

/** Heads of hyphenated and two-word place names: „Willy-Brandt-Platz“, „Potsdamer Platz“, „Brandenburger Tor“. */
export const PLACE_HEAD_WORDS = new Set(['Straße', 'Strasse', 'Platz', 'Allee', 'Gasse', 'Weg', 'Ring', 'Damm', 'Ufer', 'Tor', 'Brücke', 'Chaussee', 'Promenade', 'Markt', 'Park', 'Kai', 'Turm', 'Passage', 'Arkaden', 'Palast', 'Schloss', 'Stadion', 'Kirche', 'Dom']);

/**
 * Street and square heads of neighbouring languages, as the last part of one word: Danish/Norwegian
 * „Præstegårdsvej“, „Nørregade“, „Stenbjergparken“, „Karl Johans gate“ (-vej, -gade, -parken,
 * -torvet, -veien, -gata), Swedish „Drottninggatan“ (-gatan, -vägen, -torget), Dutch „Damstraat“
 * (-straat, -laan, -plein, -gracht), Hungarian „Andrássy utca“, Polish „ulica“, Turkish „caddesi“.
 */
export const FOREIGN_STREET_HEAD = /^\p{Lu}\p{L}{2,}(?:vej|(?<!i)gade|parken|torvet|veien|gata|gatan|vägen|torget|straat|laan|plein|gracht|utca|ulica|ulice|caddesi|sokak|sokağı)$/u;

/** Facility heads before a name, one LOC with it: „Flughafen Hahn“, „Bahnhof Zoo“, „Park Sanssouci“. */
export const FACILITY_HEADS = new Set(['Flughafen', 'Flugplatz', 'Bahnhof', 'Hauptbahnhof', 'Park', 'Hafen', 'Kloster', 'Schloss', 'Burg', 'Festung', 'Friedhof', 'Campus', 'Truppenübungsplatz', 'Fliegerhorst', 'Kernkraftwerk', 'Atomkraftwerk', 'Stausee', 'Nationalpark', 'Naturpark', 'Tagebau']);

/** Facilities named by a town adjective, places: „am Stuttgarter Flughafen“, „am Darmstädter Kreuz“ (a motorway junction). */
export const TOWN_FACILITY_HEADS = new Set(['Flughafen', 'Hauptbahnhof', 'Hafen', 'Kreuz', 'Autobahnkreuz', 'Dreieck', 'Messegelände', 'Hafengebiet']);

/** Institutions named by a town adjective, organisations: „das Darmstädter Landgericht“, „das Kölner Staatstheater“. */
export const TOWN_INSTITUTION_HEADS = new Set(['Landgericht', 'Amtsgericht', 'Oberlandesgericht', 'Verwaltungsgericht', 'Sozialgericht', 'Arbeitsgericht', 'Staatstheater', 'Stadttheater', 'Schauspielhaus', 'Staatsoper', 'Philharmonie', 'Klinikum', 'Universitätsklinikum', 'Uniklinikum', 'Uniklinik', 'Staatsgalerie', 'Kunsthalle', 'Stadtwerke', 'Verkehrsbetriebe', 'Verkehrs-Betriebe', 'Zoo', 'Tierpark', 'Museum', 'Kunstmuseum', 'Stadtmuseum', 'Landesmuseum', 'Universität', 'Hochschule', 'Fachhochschule', 'Landtag', 'Stadtrat', 'Kreistag', 'Gemeinderat', 'Kunstverein', 'Kantonsrat', 'Regierungsrat', 'Stadtparlament', 'Kantonsparlament', 'Kantonalbank', 'Kantonsspital', 'Festspiele']);

/** Endings that make a compound one of those institution heads: „Heimatmuseum“, „Musikhochschule“, „Jugendgericht“. */
export const TOWN_INSTITUTION_ENDING = /^\p{Lu}\p{Ll}{2,}(?:museum|hochschule|gericht|theater|klinikum|klinik|universität)$/u;

/** Endings of the names of streams and lakes: „Hagenbach“, „Steinrodsee“, „Salzach“ (a dictionary word with one is none). */
export const WATER_ENDING = /.{3,}(?:bach|see|weiher|teich)$/;

/** Endings of German place names: „Klostermoor“, „Kirchwaldheim“, „Obertannbach“, „Wolfsbüttel“ (a dictionary word with one is no name). */
export const TOPONYM_ENDING = /.{3,}(?:moor|fehn|hausen|heim|dorf|ingen|leben|rode|roda|stedt|städt|weiler|kirchen|brück|büttel|hagen|born|beck|büren|bach|berg|burg|feld|furt|hofen|kofen|zell|reuth|ried|grün|walde|wald|au)$/;

/** Offices and parts of a town after its name in the genitive: „Rhauderfehns Bürgermeister“, „Wolkersrieds Altstadt“. */
export const TOWN_GENITIVE_HEADS = new Set(['Bürgermeister', 'Bürgermeisterin', 'Oberbürgermeister', 'Oberbürgermeisterin', 'Landrat', 'Landrätin', 'Stadtrat', 'Gemeinderat', 'Stadtverwaltung', 'Gemeindeverwaltung', 'Innenstadt', 'Altstadt', 'Einwohner', 'Einwohnerinnen', 'Ortskern', 'Ortsmitte', 'Stadtteile', 'Ortsteile', 'Stadtwerke', 'Ortsbürgermeister', 'Ortsvorsteher', 'Ortsvorsteherin']);

/** Nouns of a seat before „in“ + a town: „mit Sitz in Siegen“, „dem Firmensitz in Hof“. */
export const SEAT_NOUN = /^(?:Sitz|Hauptsitz|Firmensitz|Stammsitz|Unternehmenssitz|Verwaltungssitz|Konzernsitz|Stammhaus|Zentrale|Konzernzentrale|Firmenzentrale)$/;

/** Direction nouns before a small town's name (not a common-word town: „Richtung Norden“): „in Fahrtrichtung Wieselburg“. */
export const DIRECTION_NOUN = /^(?:Richtung|Fahrtrichtung)$/;

/** Cardinal directions, no place after „Richtung“ („in Richtung Norden“; the town Norden only in a place slot). */
export const CARDINAL_DIRECTION = /^(?:Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten)$/;

/** Nouns naming airports (all cases and numbers): a pair of towns after one names one airport („Flughafen Köln/Bonn“). */
export const AIRPORT_NOUNS = /^(?:Flughafen|Flughafens|Flughäfen|Airport|Airports|Verkehrsflughafen)$/;

/** Words before a road number („auf der A 7“, „zur B 27“, „bis zu A 7“, „Richtung A 1“): articles and local prepositions. */
export const ROAD_LEAD = new Set(['der', 'die', 'den', 'dem', 'zur', 'zu', 'auf', 'über', 'an', 'am', 'bis', 'von', 'vom', 'ab', 'via', 'entlang', 'Richtung', 'neuen', 'neue', 'alten', 'alte', 'heutigen', 'heutige', 'geplanten', 'geplante', 'sowie', 'und', 'oder']);

/** Road words that make „A 7“, „B 27“ read as roads in an article: „Autobahn“, „Anschlussstelle“, „Fahrtrichtung“ (the head or the whole word, any case). */
export const ROAD_CONTEXT = /(?:autobahn|bundesstraße|bundesstrasse|anschlussstelle|ausfahrt|auffahrt|abfahrt|fahrtrichtung|autobahnkreuz|autobahndreieck|fahrbahn|fahrstreifen|raststätte|rastplatz|umgehungsstraße|verkehr|stau)/i;

/** Long road nouns before a number that have a short form: „Autobahn 44“ → A 44, „Bundesstraße 7“ → B 7; other road classes keep their noun („Kreisstraße 7“). */
export const ROAD_NOUN = /^(Autobahn|Bundesautobahn|Bundesstraße|Bundesstrasse|Landesstraße|Landesstrasse|Kreisstraße|Kreisstrasse|Staatsstraße|Staatsstrasse)$/;

/** Compass parts after a town in a hyphen compound naming a quarter or a motorway junction: „Kassel-Ost“, „Berlin-Mitte“, „Frankfurt-Süd“. */
export const COMPASS_PART = new Set(['Nord', 'Ost', 'Süd', 'West', 'Mitte', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'Zentrum']);
