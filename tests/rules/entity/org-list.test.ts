import rule from '../../../src/rules/entity/org-list.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Zu den Kunden zählen Firmen wie die Sparkasse.', name: 'a common noun after the article is no name' },
    { text: 'Es kamen Vertreter von Firmen wie Ida Berg.', name: 'a person’s name (two words) is none' },
    { text: 'In Städten wie Plattling fehlen Wohnungen.', name: 'a plural of places, not of organisations' },
    { text: 'Vereine wie diese brauchen Hilfe.', name: 'a pronoun after „wie“' },
  ],
  invalid: [
    { text: 'Zu den Kunden zählen regionale Firmen wie Ihle und viele mehr.', expect: [{ name: 'Ihle', type: 'ORG' }], exact: true, name: 'one unknown firm (economy)' },
    { text: 'Autohersteller wie Tesla, Brevana und Nio wachsen schneller.', expect: [{ name: 'Brevana', type: 'ORG' }, { name: 'Nio', type: 'ORG' }], exact: true, name: 'a list goes on over a known name (the gazetteer rule’s) (cars, invented Brevana)' },
    { text: 'Sportvereine wie der TSV Kessling und Rotwald klagen über Nachwuchssorgen.', expect: [{ name: 'Rotwald', type: 'ORG' }], name: 'an article inside the list, sports, invented' , pending: 'a two-word club ends the list' },
  ],
});
