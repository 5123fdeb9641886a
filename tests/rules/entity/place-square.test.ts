import rule from '../../../src/rules/entity/place-square.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im Kalten Wald der Gefühle verirrt sich der Held.', name: 'a figurative adjective + landscape head (other topic: a novel)' },
    { text: 'Im Kalten Krieg rüsteten beide Seiten auf.', name: 'an adjective + noun naming an era (no place head)' },
    { text: 'Er stand auf dem großen Platz vor dem Rathaus.', name: 'a lower-case adjective: a common noun phrase' },
    { text: 'Am Ersten Weltkrieg nahmen viele teil.', name: 'an ordinal is no square name' },
    { text: 'Die Lage am Arbeitsmarkt bleibt angespannt.', name: 'a compound market of a common noun (economy)' },
    { text: 'Die Preise am Immobilienmarkt steigen.', name: 'a common compound with a market head' },
    { text: 'Alter Markt und Neuer Wall: Die Stadt plant Umbauten.', name: 'no local preposition before the name (headline)' },
  ],
  invalid: [
    { text: 'Die Wehr löschte einen Brand im Limmersdorfer Forst.', expect: [{ name: 'Limmersdorfer Forst', type: 'LOC' }], exact: true, name: 'a forest named by a place adjective in -er (fire)' },
    { text: 'Das Theater spielte auf dem Alten Garten vor 28.000 Zuschauern.', expect: [{ name: 'Alten Garten', type: 'LOC' }], exact: true, name: 'a square named by an adjective (culture)' },
    { text: 'Die Bahn wurde an der „Deutzer Freiheit“ gestoppt.', expect: [{ name: 'Deutzer Freiheit', type: 'LOC' }], exact: true, name: 'a quoted street with a place adjective in -er (police)' },
    { text: 'Die Kameras am Neumarkt zeigten einen Mann mit Waffe.', expect: [{ name: 'Neumarkt', type: 'LOC' }], exact: true, name: 'a square named by an adjective stem compound' },
    { text: 'Der Wochenmarkt zieht vom Heumarkt an die Hohe Straße.', expect: [{ name: 'Heumarkt', type: 'LOC' }, { name: 'Hohe Straße', type: 'LOC' }], exact: true, name: 'two squares, trade (invented scene)' },
    { text: 'Die Demonstranten sammelten sich am Neuen Wall.', expect: [{ name: 'Neuen Wall', type: 'LOC' }], exact: true, name: 'politics: a street named by an adjective' },
  ],
});
