import rule from '../../../src/rules/entity/org-club-adjective.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Berliner Senat und die Kölner Polizei berieten.', name: 'a town adjective before a noun, no club abbreviation' },
    { text: 'Der Trainer HC aus Bonn ist ein Spitzname.', name: 'a common noun in -er before an abbreviation is no town adjective' },
    { text: 'Günter TV schaute er nie.', name: 'a first name in -er is no town adjective' },
    { text: 'Die Münchner sahen TV bis spät.', name: 'the abbreviation on its own, after a plural noun of inhabitants and a verb' },
  ],
  invalid: [
    { text: 'Der gegen den Abstieg spielende Osternienburger HC schlug den Berliner HC.', expect: [{ name: 'Osternienburger HC', type: 'ORG' }, { name: 'Berliner HC', type: 'ORG' }], exact: true, name: 'realnews-i: town adjective + hockey club (a village of 2,000 people)' },
    { text: 'Die Serie des Höchstadter EC riss in Weiden.', expect: [{ name: 'Höchstadter EC', type: 'ORG' }], name: 'fresh copy: town adjective + ice hockey club' },
    { text: 'Der Soester TV verlor, der Mindener TB gewann.', expect: [{ name: 'Soester TV' }, { name: 'Mindener TB' }], exact: true, name: 'gymnastics clubs (TV, TB) only after a town' },
    { text: 'Beim Deggendorfer SC fehlten drei Stammkräfte.', expect: [{ name: 'Deggendorfer SC', type: 'ORG' }], name: 'a football-style abbreviation after a town adjective' },
    { text: 'Das Tor für den Darmstädter HSG fiel spät.', expect: [{ name: 'Darmstädter HSG', type: 'ORG' }], name: 'umlaut in the town adjective (Darmstadt)' },
  ],
});
