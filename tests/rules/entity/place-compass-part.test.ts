import rule from '../../../src/rules/entity/place-compass-part.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Nord-Süd-Konflikt prägte die Konferenz, ebenso die Ost-West-Achse.', name: 'compass words without a town (politics)' },
    { text: 'Die Mannschaft aus Korea-Süd gewann das Turnier.', name: 'a country before a compass part' },
    { text: 'Die Tagung Hessen-Nord fand in der Stadthalle statt.', name: 'a region before a compass part' },
    { text: 'Das Team Alpha-Ost gewann das Spiel.', name: 'no town before the compass part (sport)' },
  ],
  invalid: [
    { text: 'Die Anschlussstelle Kassel-Ost wird zum Autobahndreieck umgebaut.', expect: [{ name: 'Kassel-Ost', type: 'LOC' }], exact: true, name: 'a motorway junction named by its town (traffic)' },
    { text: 'In Berlin-Mitte eröffnet am Montag eine neue Bibliothek.', expect: [{ name: 'Berlin-Mitte', type: 'LOC' }], exact: true, name: 'a city quarter (culture)' },
    { text: 'Der Unfall ereignete sich kurz vor der Ausfahrt Würzburg-Süd.', expect: [{ name: 'Würzburg-Süd', type: 'LOC' }], exact: true, name: 'a motorway exit (police)' },
    { text: 'Der Verein aus Passau-West sucht neue Mitglieder.', expect: [{ name: 'Passau-West', type: 'LOC' }], exact: true, name: 'a part of a small town (clubs)' },
  ],
});
