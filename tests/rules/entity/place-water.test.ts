import rule from '../../../src/rules/entity/place-water.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Kritik an der Regierung kam am Montag, am Klinikum blieb es ruhig.', name: 'common nouns in the slot' },
    { text: 'Sie stand an der Seite von Anna und am Ende lachte sie.', name: 'no name word after „an der“ / „am“' },
    { text: 'Die Ministerin in Berlin sagte das.', name: 'a role before „in“ + town' },
    { text: 'Er hinterließ Spuren am Tatort, nur vier nahmen am Bevölkerungsapéro teil.', name: 'tuning sets: nouns the dictionary lacks after „am“ (no water or place ending)' },
    { text: 'Die Rede an der Peter Schmitt Schule fiel aus.', name: 'a first name after „an der“' },
  ],
  invalid: [
    { text: 'Derzeit wird an der Piesting und am Hagenbach gebaut.', expect: [{ name: 'Piesting', type: 'LOC' }, { name: 'Hagenbach', type: 'LOC' }], exact: true, name: 'fresh copy: rivers after „an der“ / „am“ (Hagenbach also a small town)' },
    { text: 'Die Lainsitz in Gmünd trat über die Ufer.', expect: [{ name: 'Lainsitz', type: 'LOC' }], exact: true, name: 'fresh copy: a river before „in“ + town' },
    { text: 'Ein Raub auf dem Parkplatz beim Steinrodsee.', expect: [{ name: 'Steinrodsee', type: 'LOC' }], exact: true, name: 'fresh copy: a lake compound the dictionary lacks' },
    { text: 'Entlang der Wolkach wurden Dämme erhöht.', expect: [{ name: 'Wolkach', type: 'LOC' }], exact: true, name: 'an invented river after „entlang der“' },
  ],
});
