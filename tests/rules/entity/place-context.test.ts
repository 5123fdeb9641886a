import rule from '../../../src/rules/entity/place-context.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Auf der Straße Menschen zu helfen ist gut, an der Straße "sehr eng" parken viele.', name: 'a common noun or a lower-case quote after a street noun is no street name' },
    { text: 'Die Gäste gewannen nach Penaltyschießen, beim Elfmeterschießen verlor er.', name: 'fresh copy: a compound of a verb infinitive after „nach“ / „beim“ is an activity' },
    { text: 'Der Mann wurde in Gewahrsam genommen.', name: 'tuning sets: a noun the dictionary lacked (noun-forms.txt)' },
    { text: 'Die Studie prüft Schmerzmittel nach Hämorrhoiden-OP und zog in Corona-WG um.', name: 'a word + an abbreviation after a preposition is no place' },
    { text: 'Die Daten kommen in Echtzeit, viele arbeiten in Teilzeit, die Lage in Grenznähe bleibt ruhig.', name: 'compound common nouns after a bare preposition' },
    { text: 'Im Landkreis Artilleriecontainern stand Wasser.', name: 'an inflected compound after a place noun' },
    { text: 'Das geschah in Putins Krieg gegen die Ukraine.', name: 'a genitive name before a noun' },
    { text: 'Nach Angaben der Polizei gab es keine Verletzten.' },
    { text: 'Der Streik begann in Berlin und erreichte Plattling.', name: 'known places are the gazetteer rule\'s' },
    { text: 'Das Wasser stand in Kellern und Garagen.', name: 'common nouns' },
    { text: 'Das Spiel fand im Umfeld statt, die Spieler standen in Überzahl auf dem Spielfeld.', name: 'dictionary words with a place-name ending' },
    { text: 'Bei Amoxicillin stammten 80 Prozent aus China. Nach Trump kam Biden.', name: 'sentence-initial „Bei“ and „Nach“ are no place cues' },
    { text: 'Im Bahnhofsviertel und im Regierungsviertel blieb es ruhig.', name: 'a quarter named by a common noun is a description' },
  ],
  invalid: [
    { text: 'Die Kita soll in der Straße Lindenwinkel gebaut werden.', expect: [{ name: 'Lindenwinkel', type: 'LOC' }], exact: true, name: 'realnews-t class („in der Straße Waldwinkel“): a street name after the noun (child care, invented)' },
    { text: 'Der Markt an der Gasse „Am Mühlbach“ zieht um.', expect: [{ name: 'Am Mühlbach', type: 'LOC' }], exact: true, name: 'realnews-t class („an der Straße "Am Busch"“): a quoted street name after the noun (trade, invented)' },
    { text: 'Der Damm am Bach in St. Andrä-Wördern wird erhöht.', expect: [{ name: 'St. Andrä-Wördern', type: 'LOC' }], exact: true, name: 'fresh copy: a town named after a saint the gazetteer lacks, after a place preposition' },
    { text: 'Pogačar setzte sich am Col du Galibier ab und gewann in Valloire.', expect: [{ name: 'Col du Galibier', type: 'LOC' }, { name: 'Valloire', type: 'LOC' }], exact: true, name: 'foreign geographic name; unknown word that only looks like a compound (…ire)' },
    { text: 'Der Landrat besuchte das Katastrophengebiet in der Gemeinde Kirchwaldheim.', expect: [{ name: 'Kirchwaldheim', type: 'LOC' }], exact: true, name: 'a place name that splits as a compound, after a place noun' },
    { text: 'Der Landrat reiste ebenfalls nach Kirchwaldheim.', expect: [{ name: 'Kirchwaldheim', type: 'LOC' }], exact: true, name: 'a place name that splits as a compound, with a place-name ending, after a bare preposition' },
    { text: 'Die dicksten Brocken waren der Hallenbrand in Klostermoor und ein Unfall.', expect: [{ name: 'Klostermoor', type: 'LOC' }], exact: true, name: 'invented-looking village with the ending -moor' },
    { text: 'In Wolkersried stand das Wasser hoch.', expect: [{ name: 'Wolkersried', type: 'LOC' }], exact: true, name: 'sentence-initial „In“' },
    { text: 'Die Schiffe wurden in der Nähe von Wladiwostok-Süd entdeckt.', expect: [{ type: 'LOC' }], pending: 'hyphenated unknown place names with a compass part' },
    { text: 'Ukrainische Truppen zogen sich in der Region Kupjansk zurück.', expect: [{ name: 'Kupjansk', type: 'LOC' }], exact: true },
    { text: 'Nordkoreanische Offiziere wurden in die Region Donezk geschickt.', expect: [], exact: true, name: 'a known region is left to the gazetteer rule' },
    { text: 'Die Kämpfe erreichten am Sonntag auch Teile von Marjinka, viele Menschen flohen nach Pokrowsk.', expect: [{ name: 'Pokrowsk', type: 'LOC' }], exact: true, name: '"nach" (and not "von")' },
    { text: 'Im russischen Gebiet um Schebekino schlugen Drohnen ein, sagte der Gouverneur in Schebekino.', expect: [{ name: 'Schebekino', type: 'LOC' }] },
    { text: 'Der Konvoi kam aus Awdijiwka.', expect: [{ name: 'Awdijiwka', type: 'LOC' }], exact: true },
    { text: 'Der Bürgermeister aus dem Vorort Kifisia warnte die Bewohner.', expect: [{ name: 'Kifisia', type: 'LOC' }], name: 'place noun Vorort' },
    { text: 'Die Schlägerei geschah im Frankfurter Gallusviertel, später im Wrangelkiez.', expect: [{ name: 'Gallusviertel', type: 'LOC' }, { name: 'Wrangelkiez', type: 'LOC' }], exact: true, name: 'named city quarters' },
    { text: 'Ein Mann wurde in einem Wald bei Marathon festgenommen.', expect: [{ name: 'Marathon', type: 'LOC' }], pending: 'a town named like a common noun after a bare preposition (not in the German-speaking gazetteer)' },
  ],
});
