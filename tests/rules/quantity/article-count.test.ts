import rule from '../../../src/rules/quantity/article-count.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    // the article is no count: time spans, speakers, list steps, partitives, other nouns
    { text: 'Ein Jahr später kehrte die Familie Okafor zurück.' },
    { text: 'Eine Frau sagte, sie habe nichts gesehen.' },
    { text: 'Ein weiteres Opfer wurde in einem Nachbarort gefunden.' },
    { text: 'Es sieht so aus, dass keine weiteren Todesopfer hinzukommen.' },
    { text: 'Einer der Verletzten schwebt in Lebensgefahr.' },
    { text: 'Er war ein Opfer der Umstände.' },
    { text: 'Die Taucher bargen eine vierte Leiche aus dem See.' },
    { text: 'Ein erstes Todesopfer meldete die Polizei am Abend.' },
    { text: 'Es werde auch keine Person mehr vermisst.' },
    { text: 'Ein Ast flog in die Scheibe und habe einen Menschen getötet.', name: 'a person noun as object is an incident, not a count' },
    { text: 'Ein Mensch hat unveräußerliche Rechte.' },
    { text: 'Eine Person aus dem Umfeld des Vereins bestätigte den Wechsel.' },
    { text: 'Der Stadtrat hat keine Mehrheit für den Plan.' },
    { text: 'Das Museum zeigt einen Kunstschatz aus Brandners Sammlung.' },
  ],
  invalid: [
    { text: 'Ein Todesopfer bestätigte die Polizei bereits.', exact: true, expect: [{ text: 'Ein Todesopfer', value: 1, bound: 'eq', unit: 'Todesopfer', kind: 'count' }] },
    { text: 'Bei dem Unfall auf der A7 gab es keine Verletzten.', exact: true, expect: [{ text: 'keine Verletzten', value: 0, unit: 'Verletzte' }] },
    { text: 'Bei dem Brand in der Altstadt starb ein Mensch.', expect: [{ text: 'ein Mensch', value: 1, unit: 'Mensch' }] },
    { text: 'Eine Person wurde bei dem Zusammenstoß schwer verletzt.', expect: [{ text: 'Eine Person', value: 1, unit: 'Person' }] },
    { text: 'Die Feuerwehr fand eine Leiche im Keller.', expect: [{ text: 'eine Leiche', value: 1, unit: 'Leiche' }] },
    { text: 'Nach dem Erdrutsch wird noch ein Vermisster gesucht.', expect: [{ text: 'ein Vermisster', value: 1 }] },
    { text: 'Bei dem Anschlag kam kein Mensch ums Leben.', expect: [{ text: 'kein Mensch', value: 0, unit: 'Mensch' }] },
    { text: 'Es gab einen Schwerverletzten und zwei Leichtverletzte.', expect: [{ text: 'einen Schwerverletzten', value: 1 }] },
    { text: 'Verletzte gab es keine.', pending: 'the noun before „keine“ (topicalised) is not read', expect: [{ value: 0, unit: 'Verletzte' }] },
  ],
});
