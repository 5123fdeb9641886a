import rule from '../../../src/rules/entity/org-region-adjective.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der französische Bauernverband protestierte in Paris.', name: 'a foreign country\'s association is no name in German copy (agriculture)' },
    { text: 'Die bayerischen Bauernverbände und ein hessischer Flüchtlingsrat klagten.', name: 'a plural head; an indefinite article' },
    { text: 'Der bayerische Landesverband der Grünen und der hessische Kreisverband tagten.', name: 'branches of a party or state level are no own names' },
    { text: 'Der sächsische Bauernverband Mitte wählte.', name: 'a further capitalised word: a longer name this rule does not read' },
    { text: 'Die bayerische Staatsregierung und die hessische Polizei berieten.', name: 'governments and authorities are no association heads' },
    { text: 'Der politische Rat kam spät, der katholische Verband auch.', name: 'an adjective that names no region' },
    { text: 'Der bayerische Stadtrat Huber sprach.', name: 'a council that is also a person noun' },
  ],
  invalid: [
    { text: 'Viele Betriebe geben nach Einschätzung des hessischen Bauernverbandes auf.', expect: [{ name: 'Hessischer Bauernverband', type: 'ORG', mentions: [{ text: 'hessischen Bauernverbandes' }] }], exact: true, name: 'realnews-u class („des bayerischen Bauernverbandes“): a region adjective + an association in the genitive (agriculture, invented)' },
    { text: 'Der sächsische Flüchtlingsrat wies die Kritik zurück.', expect: [{ name: 'Sächsischer Flüchtlingsrat', type: 'ORG' }], exact: true, name: 'realnews-u class („der bayerische Flüchtlingsrat“): a council of a region (migration, invented)' },
    { text: 'Die österreichische Bischofskonferenz tagt in Mariazell.', expect: [{ name: 'Österreichische Bischofskonferenz', type: 'ORG' }], exact: true, name: 'a home country adjective + a standing conference (church)' },
    { text: 'Kritik kam vom nordrhein-westfälischen Städteverband.', expect: [{ name: 'Nordrhein-Westfälischer Städteverband', type: 'ORG' }], exact: true, name: 'a hyphenated region adjective after a fused article (local politics)' },
    { text: 'Das sagte ein Sprecher der baden-württembergischen Architektenkammer.', expect: [{ name: 'Baden-Württembergische Architektenkammer', type: 'ORG' }], exact: true, name: 'a chamber, feminine head (building)' },
  ],
});
