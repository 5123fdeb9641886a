import rule from '../../../src/rules/entity/work-title.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Zeitung „Tagesblatt“ berichtete am Montag.', name: 'a newspaper is no work noun here' },
    { text: 'Die Serie von Einbrüchen hält an.', name: 'no quotes' },
    { text: 'Das Album „erschien“ nie, sagte sie.', name: 'a lower-case word in quotes' },
    { text: 'Der Film „\nSpäter“ lief.', name: 'a line break inside' },
    { text: 'Der Titel „Weltmeister“ ging an Lea Kron.', name: 'a title won in sport' },
    { text: 'Die Show „Ohne Ende, sagte Lea Kron.', name: 'a quote that never closes' },
  ],
  invalid: [
    { text: 'Es folgt das Ballett "Der Widerspenstigen Zähmung".', expect: [{ name: 'Der Widerspenstigen Zähmung', type: 'MISC' }], exact: true },
    { text: 'Auf dem Spielplan steht das Schauspiel „Die lächerliche Finsternis“ im Stadttheater.', expect: [{ name: 'Die lächerliche Finsternis', type: 'MISC' }], exact: true },
    { text: 'Die Fernsehserie „Breaking Bad“ lief fünf Staffeln.', expect: [{ name: 'Breaking Bad', type: 'MISC' }], exact: true, name: 'an English title after a compound work noun' },
    { text: 'Ihr Songtitel »Was vom Sommer bleibt« kam vor dem Roman „Kalte Ufer“ von Mara Telg.', expect: [{ name: 'Was vom Sommer bleibt', type: 'MISC' }, { name: 'Kalte Ufer', type: 'MISC' }], exact: true },
  ],
});
