import rule from '../../../src/rules/entity/place-dateline.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'KRIEG IN DER UKRAINE: NEUE ANGRIFFE\nDie Lage bleibt angespannt.', name: 'a headline in capitals is no dateline' },
    { text: 'Die NATO (Brüssel) tagte.\nDAS ENDE. Ein Roman von Ida Berg.', name: 'capitals at a line start that are no place' },
    { text: 'Der Bericht nennt BERLIN (dpa) als Quelle.', name: 'not at the start of a line' },
    { text: 'ACHTUNG – die Straße ist gesperrt.', name: 'a word in capitals no gazetteer knows, without an agency' },
    { text: 'Wolkersried – ein Dorf', name: 'a short title-case line is a headline' },
    { text: 'Thomas – Der Trainer sprach lange über die Fehler seiner jungen Mannschaft.', name: 'a first name before a dash' },
  ],
  invalid: [
    { text: 'KASSEL. Die nordhessische Stadt meldet Hochwasser.', expect: [{ name: 'Kassel', type: 'LOC' }], exact: true, name: 'capitals and a full stop' },
    { text: 'BERLIN (dpa) – Der Senat beschloss den Haushalt.', expect: [{ name: 'Berlin', type: 'LOC' }], exact: true, name: 'capitals and an agency' },
    { text: 'PLATTLING (dpa) – Ein Lastwagen kippte um.', expect: [{ name: 'Plattling', type: 'LOC' }], exact: true, name: 'a small town' },
    { text: 'HALLE. Im Stadtrat gab es Streit.', expect: [{ name: 'Halle', type: 'LOC' }], exact: true, name: 'a town named like a common word' },
    { text: 'PASSAU/DEGGENDORF – Das Hochwasser geht zurück.', expect: [{ name: 'Passau' }, { name: 'Deggendorf' }], exact: true, name: 'two places joined by a slash' },
    { text: 'BAD TÖLZ (AFP) – Die Isar stieg weiter.', expect: [{ name: 'Bad Tölz', type: 'LOC' }], exact: true, name: 'a place of two words' },
    { text: 'KIRCHWALDHEIM (dpa) – Ein Feuer zerstörte eine Scheune.', expect: [{ name: 'Kirchwaldheim', type: 'LOC' }], exact: true, name: 'an unknown (invented) place before an agency and a dash' },
    { text: 'Wolkersried – Die Freiwillige Feuerwehr zog auf ihrer Versammlung Bilanz für das vergangene Jahr.', expect: [{ name: 'Wolkersried', type: 'LOC' }], exact: true, name: 'an unknown (invented) place in title case before a dash and a long line' },
  ],
});
