import rule from '../../../src/rules/quantity/bounded-number.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Jahr 2024 wählte Sachsen einen neuen Landtag.' },
    { text: 'Die Sitzung begann um 13:39 Uhr.' },
    { text: 'Am 3. März streikten die Lokführer.' },
    { text: 'Nach Artikel 5 des Vertrags gilt der Bündnisfall.' },
    { text: 'Mehr als die Hälfte der Wähler blieb zu Hause.' },
    { text: 'Über 3 Brücken musst du gehen.', pending: '"über" as a preposition before a number is read as "more than"' },
    { text: 'Das war mehr als ein Fehler.' },
    { text: 'Die Abstimmung ist mehr als ein Symbol.' },
    { text: 'Über eine Brücke führt der Weg ins Dorf.' },
    { text: 'Bis zu einem gewissen Grad stimmt das.' },
    { text: 'Der Prozess erstreckte sich über sechs Verhandlungstage.' },
    { text: 'Die EM-Spiele sind verteilt über zehn Stadien.' },
    { text: 'Mindestens einer der Spieler war verletzt.' },
    { text: '1.500 Soldaten sind im Einsatz.' },
  ],
  invalid: [
    { text: 'Die USA sagen, dass mindestens 10.000 Soldaten geschickt wurden.', expect: [{ text: 'mindestens 10.000 Soldaten', value: 10000, bound: 'gte', unit: 'Soldat' }] },
    { text: 'Pjöngjang lieferte mehr als eine Million Artilleriegranaten.', expect: [{ text: 'mehr als eine Million Artilleriegranaten', value: 1e6, bound: 'gt' }] },
    { text: 'Es wurden mehr als 8 Millionen Artillerie -Hanteln verschickt.', expect: [{ text: 'mehr als 8 Millionen Artillerie -Hanteln', value: 8e6, bound: 'gt', unit: 'Artillerie-Hantel' }] },
    { text: 'Nordkorea hat über 1.000 Soldaten entsandt.', expect: [{ text: 'über 1.000 Soldaten', value: 1000, bound: 'gt', unit: 'Soldat' }] },
    { text: 'Bei dem Hochwasser mussten bis zu 3.000 Anwohner ihre Häuser verlassen.', expect: [{ text: 'bis zu 3.000 Anwohner', value: 3000, bound: 'lte', unit: 'Anwohner', interval: { min: null, max: 3000, minInclusive: false, maxInclusive: true } }] },
    { text: 'Zur Kundgebung kamen weniger als 200 Teilnehmer.', expect: [{ value: 200, bound: 'lt', unit: 'Teilnehmer' }] },
    { text: 'Im Stadion saßen höchstens 40.000 Zuschauer.', expect: [{ value: 40000, bound: 'lte', unit: 'Zuschauer' }] },
    { text: 'Der Streik betraf unter 50 Filialen.', expect: [{ value: 50, bound: 'lt', unit: 'Filiale' }] },
    { text: 'Rund 500 Gäste feierten den Aufstieg.', expect: [{ text: 'Rund 500 Gäste', value: 500, bound: 'approx', unit: 'Gast', interval: { min: 450, max: 550 } }] },
    { text: 'Die Polizei zählte etwa 2.000 Demonstranten.', expect: [{ text: 'etwa 2.000 Demonstranten', bound: 'approx', unit: 'Demonstrant' }] },
    { text: 'Der Deich hielt ca. 300 Tonnen Sand.', expect: [{ text: 'ca. 300 Tonnen', value: 300, bound: 'approx' }] },
    { text: 'Nach der Wahl fehlten knapp 300 Stimmen.', expect: [{ text: 'knapp 300 Stimmen', bound: 'approx', interval: { min: 270, max: 300 } }] },
    { text: 'Der Verein hat in etwa 120 Mitglieder.', expect: [{ text: 'in etwa 120 Mitglieder', bound: 'approx', unit: 'Mitglied' }] },
    { text: 'Fast 90 Feuerwehrleute waren im Einsatz.', expect: [{ value: 90, bound: 'approx' }] },
    { text: 'Es meldeten sich nicht weniger als 70 Freiwillige.', expect: [{ value: 70, bound: 'gte' }] },
    // the numeral "ein" after a qualifier
    { text: 'Mindestens ein Mensch kam ums Leben.', expect: [{ text: 'Mindestens ein Mensch', value: 1, bound: 'gte', unit: 'Mensch', interval: { min: 1, max: null } }] },
    { text: 'Bei dem Unfall wurde mindestens eine weitere Person verletzt.', expect: [{ text: 'mindestens eine weitere Person', value: 1, bound: 'gte', unit: 'Person' }] },
    { text: 'Es gab nicht mehr als einen Toten.', expect: [{ value: 1, bound: 'lte' }] },
    { text: 'Höchstens eine Partei kann die Mehrheit erreichen.', expect: [{ value: 1, bound: 'lte', unit: 'Partei' }] },
    // "über" stays "more than" after another preposition or with verbs that are not "across"
    { text: 'Die Hilfe wurde an über 1.000 Familien verteilt.', expect: [{ text: 'über 1.000 Familien', bound: 'gt', unit: 'Familie' }] },
    { text: 'Das Stadtfest zog über 10.000 Besucher an.', expect: [{ value: 10000, bound: 'gt' }] },
    { text: 'Für Samstag werden bis zu 38 Grad erwartet.', expect: [{ value: 38, bound: 'lte', unit: 'Grad' }] },
    { text: 'Die Temperaturen sinken auf unter minus zehn Grad.', expect: [{ value: -10, bound: 'lt', unit: 'Grad' }] },
    { text: 'Die Gewerkschaft fordert mindestens aber 350 Euro mehr.', expect: [{ value: 350, bound: 'gte' }], pending: 'a particle between qualifier and number ("mindestens aber 350") drops the qualifier' },
  ],
});
