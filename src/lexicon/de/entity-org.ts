/**
 * Closed word classes of the organisation-name rules (src/rules/entity/org-*.ts): defined once
 * here, not in the rules. Open lists (organisation heads, club words, outlets) are data files
 * under src/lexicon/data/.
 */

/** Heads of English institution names: „Pew Research Center“, „Harvard University“. */
export const ENGLISH_ORG_HEADS: ReadonlySet<string> = new Set([
  'Center', 'Centre', 'Institute', 'University', 'Council', 'Foundation', 'Agency', 'Department', 'Ministry', 'Office',
  'School', 'Bank', 'Fund', 'Committee', 'Association', 'Organization', 'Organisation', 'Board', 'Commission', 'Federation',
  'League', 'Society', 'Academy', 'Bureau', 'Corporation', 'Authority', 'Party', 'Union', 'Forum', 'Programme', 'Program',
  'Project', 'Group', 'Network', 'Alliance', 'Trust', 'Coalition', 'Observatory', 'Laboratory', 'Initiative', 'Panel',
  // companies, record labels, studios: „Fresenius Medical Care“, „Universal Music“, „Warner Records“
  'Care', 'Records', 'Music', 'Entertainment', 'Pictures', 'Studios', 'Airlines', 'Airways', 'Motors', 'Holdings', 'Technologies',
  'Systems', 'Solutions', 'Services', 'Pharmaceuticals', 'Therapeutics', 'Capital', 'Partners', 'Industries', 'Brands',
]);

/** Words joining the parts of an English institution name: „Center for Strategic & International Studies“. */
export const ENGLISH_ORG_CONNECTORS: ReadonlySet<string> = new Set(['for', 'of', 'and', '&', 'on', 'the']);

/** Legal forms after a company name: „Siemens AG“, „Apple Inc.“. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['GmbH', 'AG', 'SE', 'KG', 'KGaA', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Corp.', 'Corp', 'LLC', 'plc', 'e.V.', 'S.A.', 'N.V.']);

/** Seats of power named for the government that sits there (form → name). */
export const SEATS_OF_POWER: ReadonlyMap<string, string> = new Map([
  ['Kreml', 'Kreml'], ['Kremls', 'Kreml'], ['Pentagon', 'Pentagon'], ['Pentagons', 'Pentagon'], ['Weißes Haus', 'Weißes Haus'],
  ['Weißen Haus', 'Weißes Haus'], ['Weißen Hauses', 'Weißes Haus'], ['Élysée', 'Élysée'], ['Élysée-Palast', 'Élysée'],
  ['Downing Street', 'Downing Street'], ['Kanzleramt', 'Kanzleramt'], ['Kanzleramts', 'Kanzleramt'], ['Bundeskanzleramt', 'Bundeskanzleramt'],
  ['Vatikan', 'Vatikan'], ['Quai d’Orsay', "Quai d'Orsay"],
]);

/** Words continuing a German organisation name: „Bundesamt für Migration und Flüchtlinge“, „Verband der …“. */
export const GERMAN_ORG_TAIL: ReadonlySet<string> = new Set(['für', 'der', 'des', 'von', 'und']);

/** Words that may continue a role phrase before a named apposition („Präsident des Verbands Freier Schwimm- und Tauchschulen, Jan Wolff“). */
export const ROLE_PHRASE_GLUE: ReadonlySet<string> = new Set(['und', 'der', 'des', 'für']);

/** Definite articles (lower case), from the closed classes in articles.ts. */
export { DEFINITE_ARTICLES } from './articles.js';

/** Words before a club's name: „gegen Leeds United“, „zu Crystal Palace“. */
export const CLUB_PREPOSITION = /^(gegen|bei|beim|zu|zum|von|vom|für|aus|nach|an|mit|über|den|dem|der|die|des)$/;

/** Club abbreviations that name a club only after a town adjective: „Soester TV“, „Mindener TB“, „Berliner HC“. */
export const CLUB_ABBREVIATION_AFTER_TOWN = /^(?:TV|TB|TC|HC|EC|EV|EHC|ERC|HSG|HSC|HG|HV|MTV|TSC|BSV|SCC|SpVg)$/;

/** Road numbers, no organisations: „auf der A1“, „die B27“, „der K 20“ (motorway, federal, district, state roads). */
export const ROAD_NUMBER = /^[ABKLS]\d{1,3}$/;

/** Nouns of a book before its publisher in brackets: „ihr Roman „…“ (Luchterhand)“. */
export const BOOK_NOUN = /^(?:Roman|Romans|Romane|Buch|Buchs|Buches|Bücher|Debüt|Debütroman|Erstling|Erzählung|Erzählband|Erzählungen|Gedichtband|Lyrikband|Sachbuch|Kinderbuch|Jugendbuch|Bilderbuch|Essay|Essayband|Biografie|Biographie|Memoir|Memoiren|Krimi|Thriller|Novelle|Band|Titel|Werk|Neuerscheinung)$/;

/** Words of an article about sport: they let „Manchester United“, „Wycombe Wanderers“ be clubs. */
export const SPORTS_CONTEXT = /(?:Bundesliga|Premier League|Champions League|Fußball|Verein|Klub|Club|Trainer|Stürmer|Torwart|Mittelfeld|Abwehr|Transfer|Ablöse|Spieltag|Tabelle|Saison|Liga)/;

/** Words of an article about a team sport the general sports words may miss: „Oberliga“, „Eishockey“, „Drittel“, „Punktspiel“. */
export const TEAM_SPORT_CONTEXT = /(?:liga\b|Eishockey|Handball|Basketball|Volleyball|Hockey|Drittel|Punktspiel|Spitzenspiel|Derby|Playoff|Play-off|Siebenmeter|Penalty)/;

/**
 * Plural nouns that name people or things of a team, never the team itself: „Berliner Fans“,
 * „Hannover Profis“, „Kölner Spieler“ (a nickname of a team is rather an animal or a figure:
 * „Heilbronner Falken“, „Eisbären Berlin“).
 */
export const TEAM_MEMBER_NOUNS = /^(?:Fans|Anhänger|Gäste|Gastgeber|Hausherren|Profis|Spieler|Spielerinnen|Zuschauer|Zuschauern|Frauen|Männer|Herren|Damen|Junioren|Juniorinnen|Jugendlichen|Kinder|Talente|Ultras|Teams|Mannschaften|Vereine|Klubs|Clubs|Behörden|Bürger|Einwohner|Kollegen|Verantwortlichen|Schiedsrichter|Trainer|Sportler|Sportlerinnen|Athleten|Athletinnen|Nachbarn|Rivalen|Konkurrenten|Gegner|Spiele|Tore|Punkte|Siege|Niederlagen|Medien|Zeitungen|Unternehmen|Firmen|Schulen|Straßen|Polizisten|Beamten|Politiker|Grünen|Linken|Stadtwerke|Verkehrsbetriebe|Neuzugänge|Leistungsträger|Torhüter|Stürmer|Verteidiger|Nachwuchs|Senioren|Studenten|Schüler|Eltern|Familien|Gastronomen|Händler|Wirte|Unternehmer|Landwirte)$/;

/** Heads of a university's name before or after its town or name: „Uni Hohenheim“, „Cambridge Universität“. */
export const UNIVERSITY_HEADS = /^(?:Uni|Universität|Hochschule|Fachhochschule|Kunsthochschule|Musikhochschule|Filmhochschule|Sporthochschule|Kunstakademie|TU|FH)$/;

/** Nouns (endings) that introduce an organisation's name: „der Konzern Apple“, „die Gewerkschaft Verdi“. */
export const ORG_INTRO = /(?:konzern|unternehmen|beratung|kanzlei|brauerei|spedition|hersteller|zulieferer|mittelständler|kaufhaus|warenhaus|modehaus|fabrik|werft|molkerei|druckerei|autobauer|firma|bank|versicherer|gewerkschaft|partei|verband|verein|sender|zeitung|magazin|plattform|portal|netzwerk|fluggesellschaft|airline|reederei|klub|club|kette|discounter|händler|anbieter|betreiber|entwickler|start-up|startup|agentur|organisation|stiftung|institut|team|rennstall|behörde|miliz|zentrale|initiative|rockergruppe|rockerclub|motorradclub)$|^(?:rock|pop|punk|metal|kult|jazz|folk|schlager|boy|girl)?band$|^musikgruppe$/;

/** Acronyms that name no organisation: „TV-Moderator“, „KI-Experte“. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set(['TV', 'KI', 'AI', 'IT', 'PR', 'EM', 'WM', 'PC', 'DJ', 'CEO', 'CFO', 'PhD', 'MBA', 'NS', 'DDR', 'BRD', 'SUV', 'LKW', 'PKW', 'Lkw', 'Pkw', 'E', 'U', 'VIP']);

/** Prepositions before a place: a compound after them names the place's institution, not a company. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'nach', 'aus', 'bei', 'von', 'nahe']);

/** Prefixes of state institutions: „Bundesamt“, „Landeskriminalamt“, „Staatsanwaltschaft“. */
export const STATE_PREFIX = /^(Bundes|Landes|Staats|Reichs)[a-zäöü]/;

/** Words after an acronym that make a two-word company name: „DZ Bank“, „DB Cargo“, „BMW Group“. */
export const BRAND_TAILS: ReadonlySet<string> = new Set(['Bank', 'Cargo', 'Group', 'Gruppe', 'Holding', 'Energy', 'Energie', 'Capital', 'Airlines', 'Logistics', 'Systems', 'Netz', 'Regio', 'Fernverkehr', 'Motors', 'Pharma', 'Chemie', 'Versicherung', 'Versicherungen', 'Leasing', 'Solutions', 'Technologies', 'Media', 'Mobile']);

/** Party words that are adjectives („die Grünen“, „der Linken“) → the party's name. */
export const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([['Grünen', 'Grüne'], ['Grüne', 'Grüne'], ['Linken', 'Linke'], ['Linke', 'Linke'], ['Liberalen', 'Liberale'], ['Grünliberalen', 'Grünliberale']]);

/** Modifiers of an organisation compound that are an adverb or prefix, no name: „Innenbehörde“, „Oberlandesgericht“. */
export const NON_NAME_ORG_MODIFIER = /^(innen|außen|aussen|ober|unter|haupt|zentral|gesamt|landes|kreis|stadt|bezirks|gemeinde|staats)$/i;

/**
 * Heads of associations, chambers and councils a region's adjective names (the compound's last
 * part): „Bauernverband“, „Gemeindebund“, „Flüchtlingsrat“, „Ärztekammer“, „Bischofskonferenz“.
 */
export const ASSOCIATION_HEAD = /^(?:Verband|Bund|Rat|Kammer|Verein|Vereinigung|Konferenz)$/;

/** Of the conferences only standing bodies: „Bischofskonferenz“, „Kultusministerkonferenz“, „Rektorenkonferenz“. */
export const STANDING_CONFERENCE = /(?:bischofs|minister|rektoren)konferenz$/;
