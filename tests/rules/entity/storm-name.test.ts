import rule from '../../../src/rules/entity/storm-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Sturm Graz gewann am Samstag gegen Salzburg.', name: 'a place after „Sturm“ is a club (SK Sturm Graz), no storm' },
    { text: 'Ein Tief Ausläufer brachte Regen, das Hoch Zeit zum Trocknen.', name: 'common nouns after the weather noun' },
    { text: 'Im Sturm Peter Brandts Haus zu retten, war schwer.', name: 'a bare name with a capitalised word after it' },
    { text: 'Der Sturm legte den Bahnverkehr lahm.', name: 'the weather noun alone' },
  ],
  invalid: [
    { text: 'Das Sturmtief Björn zieht von der Nordsee heran.', expect: [{ name: 'Björn', type: 'MISC' }], exact: true, name: 'a first name as a storm (realnews-n: kreiszeitung)' },
    { text: 'Nach dem Abflauen des Sturmtiefs „Zeynep“ fahren wieder Züge.', expect: [{ name: 'Zeynep', type: 'MISC' }], exact: true, name: 'genitive noun, name in quotes (realnews-n: flashup)' },
    { text: 'Orkan "Friederike" hat im Harz schwere Schäden hinterlassen.', expect: [{ name: 'Friederike', type: 'MISC' }], exact: true, name: 'other storm, straight quotes' },
    { text: 'Hurrikan Milton traf am Mittwoch auf Florida.', expect: [{ name: 'Milton', type: 'MISC' }], exact: true, name: 'a hurricane' },
  ],
});
