import rule from '../../../src/rules/entity/org-english-institution.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Union stimmte zu, der Council tagte nicht.', name: 'a head alone is no name' },
    { text: 'Der Vorstand der Bank sprach.' },
    { text: 'Im Rahmen einer Summer School für Bachelors wolle man das vorantreiben.', name: 'an indefinite article before the phrase: a kind, no name (fresh copy: stuttgarter-nachrichten.de)' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Fresenius Medical Care will Hunderte Jobs streichen.', expect: [{ name: 'Fresenius Medical Care', type: 'ORG' }], exact: true, name: 'a company head (Care) after a known company at the start of a sentence' },
    { text: 'Die Sängerin unterschrieb bei Warner Records.', expect: [{ name: 'Warner Records', type: 'ORG' }], exact: true, name: 'a record label (other topic: music)' },
    { text: 'Die Flüge von Qatar Airways fallen aus.', expect: [{ name: 'Qatar Airways', type: 'ORG' }], name: 'an airline' },
    { text: 'Dem Center for Strategic & International Studies zufolge wuchs der Handel.', expect: [{ name: 'Center for Strategic & International Studies', type: 'ORG' }] },
    { text: 'Laut der International Crisis Group und dem Natural Resources Defense Council droht ein Konflikt.', expect: [{ name: 'International Crisis Group' }, { name: 'Natural Resources Defense Council' }], name: 'English org names with English adjectives' },
    { text: 'Die Daten stammen vom Pew Research Center und vom Global Energy Monitor Project.', expect: [{ name: 'Pew Research Center' }, { name: 'Global Energy Monitor Project' }], name: 'Project as English head' },
  ],
});
