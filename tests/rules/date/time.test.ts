import rule from '../../../src/rules/date/time.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Das Spiel endete 2:1 für Freiburg.' },
    { text: 'Bayern führte zur Halbzeit mit 1:0.' },
    { text: 'Das Verhältnis lag bei 3:2.' },
    { text: 'Er kaufte eine Uhr für 200 Euro.' },
    { text: 'Die Gewerkschaft forderte 12 Prozent mehr Lohn.' },
    { text: 'Die Mannschaft lag zur Halbzeit um ein Viertel zurück.' },
  ],
  invalid: [
    { text: 'Der Anstoß ist um 15:30 Uhr.', expect: [{ text: 'um 15:30 Uhr', value: 'T15:30' }], exact: true },
    { text: 'Stand: 13:39 Uhr', expect: [{ text: '13:39 Uhr', value: 'T13:39' }] },
    { text: 'Einlass ist ab 14 Uhr.', expect: [{ value: 'T14', relation: 'from' }] },
    { text: 'Gegen acht Uhr abends kam die Polizei.', expect: [{ value: 'T20' }] },
    { text: 'Um 20.15 Uhr beginnt der Tatort.', expect: [{ value: 'T20:15' }] },
    { text: 'Der Zug fährt um 18:45 ab Köln.', expect: [{ text: 'um 18:45', value: 'T18:45' }] },
    { text: 'Die Explosion ereignete sich um 3 Uhr nachts.', expect: [{ value: 'T03' }] },
    { text: 'Die Sitzung begann um 10 Uhr MEZ.', expect: [{ value: 'T10+01:00' }] },
    { text: 'Um 14 Uhr 30 landete die Maschine.', expect: [{ value: 'T14:30' }] },
    { text: 'Der Zug kam erst um halb acht in Hannover an.', expect: [{ text: 'um halb acht', value: 'T07:30' }] },
    { text: 'Gegen Viertel nach neun abends rückte die Feuerwehr aus.', expect: [{ value: 'T21:15' }] },
    { text: 'Um Mitternacht begann das Feuerwerk.', expect: [{ text: 'Um Mitternacht', value: 'T00:00' }] },
    { text: 'Die Party endete um halb eins nachts.', expect: [{ value: 'T00:30' }] },
  ],
});
