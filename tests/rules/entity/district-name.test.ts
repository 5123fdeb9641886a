import rule from '../../../src/rules/entity/district-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der SPD-Kreis tagte am Montag, die CDU-Kreis-Chefin fehlte.', name: 'a party acronym before Kreis' },
    { text: 'Im Rhein-Kreis Neuss wurde gewählt.', name: 'one name part before Kreis (the name follows)' },
    { text: 'Die Gemeinde Ost-West ist ein Spiel, der Kreis Nord-Süd auch.', name: 'common words in the compound' },
    { text: 'Im Landkreis Rosenheim regnet es.', name: 'no hyphen compound' },
    { text: 'Der Freundes-Kreis traf sich.', name: 'a common noun before Kreis' },
  ],
  invalid: [
    { text: 'In Lindwiesen im Rems-Murr-Kreis ließ ein Radfahrer sein Rad stehen.', expect: [{ name: 'Rems-Murr-Kreis', type: 'LOC' }], exact: true },
    { text: 'Die Feuerwehr im Main-Taunus-Kreis rückte aus.', expect: [{ name: 'Main-Taunus-Kreis', type: 'LOC' }], exact: true },
    { text: 'In Neustadt im Landkreis Ostprignitz-Ruppin starb eine Autofahrerin.', expect: [{ name: 'Ostprignitz-Ruppin', type: 'LOC' }], exact: true },
    { text: 'Der Bezirk Treptow-Köpenick baut eine Schule.', expect: [{ name: 'Treptow-Köpenick', type: 'LOC' }], exact: true },
  ],
});
