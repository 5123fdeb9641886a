/**
 * Closed word classes of the outlet, byline, event and acronym rules (src/rules/entity/
 * news-outlet.ts, byline.ts, event-name.ts, acronym-definition.ts; the initials of resolve).
 */

/** Media words after an outlet or acronym: „AP News“, „SBS TV“. */
export const MEDIA_SUFFIX = new Set(['TV', 'News', 'Radio', 'Online', 'News Agency', 'Television']);

/** Separators between the names of a byline: „Anna Lee, Tom Baker und Claire Martin“. */
export const BYLINE_SEPARATORS = new Set([',', 'und', 'and', 'et', '&', 'sowie', ';', '/']);

/** Words that open a byline line: „Von …“, „By …“. */
export const BYLINE_START = new Set(['Von', 'Par', 'By', 'Text', 'Autor', 'Autorin', 'Reporting', 'Redaktion', 'Fotos', 'Foto']);

/** Heads of (mostly English) event and law names. */
export const EVENT_HEADS = new Set([
  'Open', 'Week', 'Games', 'Cup', 'Festival', 'Awards', 'Award', 'Summit', 'Masters', 'Championship', 'Championships',
  'Olympics', 'Expo', 'Act', 'Conference', 'Marathon', 'Trophy', 'Prix', 'Bowl', 'Series', 'Con', 'Days', 'Fair',
]);

/**
 * The last word of a noun naming a kind of work, before its title in quotes (rule entity/work-title):
 * „das Ballett „…““, „der Kinofilm „…““ (not „Titel“ alone: „der Titel „Weltmeister““).
 */
export const WORK_NOUN =
  /(?:film|serie|roman|buch|album|song|lied|single|oper|operette|ballett|musical|schauspiel|theaterstück|bühnenstück|komödie|tragödie|drama|inszenierung|ausstellung|gedicht|sendung|show|podcast|dokumentation|hörspiel|buchtitel|songtitel|albumtitel|filmtitel|gemälde|sinfonie|symphonie|bestseller|novelle|erzählung|kinderbuch|videospiel|computerspiel)$/;

/** Cycling and rally tours before a place: „Tour de France“, „Giro d’Italia“. */
export const TOURS = new Set(['Tour', 'Giro', 'Vuelta', 'Rallye', 'Rally']);

/** Connector words ignored when taking initials: "Center for Strategic & International Studies" → CSIS. */
export const INITIAL_SKIP = new Set(['for', 'of', 'and', 'the', '&', 'für', 'der', 'des', 'und', 'de', 'du', 'la', 'le']);

/** Heads of a newspaper's name after a town adjective: „Wiesbadener Kurier“, „Höchster Kreisblatt“, „Leipziger Volkszeitung“. */
export const PAPER_HEAD = /^(?:\p{Lu}\p{Ll}*(?:zeitung|blatt|kurier|anzeiger|rundschau|tagblatt|tageblatt|nachrichten|volksstimme|morgenpost|abendpost)|Zeitung|Kurier|Anzeiger|Rundschau|Nachrichten|Allgemeine|Bote|Merkur|Echo|Tagblatt|Tageblatt|Morgenpost|Volksstimme|Stadt-Anzeiger|General-Anzeiger)$/u;

/**
 * Adjectives inside a newspaper's name, any case, between a town adjective and the head:
 * „Passauer Neue Presse“, „der Passauer Neuen Presse“, „Hannoversche Allgemeine Zeitung“.
 */
export const PAPER_ADJECTIVE = /^(?:Neue|Freie|Allgemeine|Westfälische|Badische|Bayerische|Fränkische|Schwäbische|Sächsische|Thüringische)[nrs]?$/;

/** Heads of a newspaper's name after an adjective or a town with a hyphen: „Neue Presse“, „Offenbach-Post“. */
export const PAPER_HEAD_AFTER = /^(?:Presse|Post)$/;

/** A news website by its domain: „faz.net“, „t-online.de“, „bundesliga.de“, „regionalHeute.de“. */
export const WEB_DOMAIN = /^[a-z][A-Za-z0-9-]*[A-Za-z0-9]\.(?:de|net|com|org|at|ch|eu|info|tv|fm)$/;

/** Words of a source phrase near an outlet's name: „laut“, „zufolge“, „berichtete“, „schreibt“. */
export const SOURCE_CUE = /^(?:laut|Laut|zufolge|berichtet|berichtete|berichten|berichteten|schreibt|schrieb|meldet|meldete|fasst|zitiert|zitierte|sagte|sagt|gegenüber|Angaben|Anfrage)$/;

/** Words that show prizes are awarded in a text (a price is never „verliehen“ or „dotiert“). */
export const PRIZE_CUE = /^(?:verliehen|verleiht|verlieh|vergeben|ausgezeichnet|dotiert|dotierte|dotierten|dotierter|dotiertes|Preisträger|Preisträgerin|Preisträgern|Hauptpreisträger|Laudatio|Jury|Juror|Jurorin|Preisverleihung|Preise)$/;

/** Nouns naming a weather system before its name: „Sturmtief Björn“, „Orkan „Friederike““, „Hurrikan Milton“. */
export const STORM_NOUN = /^(?:Sturmtief|Orkantief|Tief|Hoch|Sturm|Orkan|Wintersturm|Herbststurm|Tiefdruckgebiet|Hochdruckgebiet|Hurrikan|Taifun|Zyklon|Tropensturm|Wirbelsturm)(?:s|es)?$/;
