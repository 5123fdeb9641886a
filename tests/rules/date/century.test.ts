import rule from '../../../src/rules/date/century.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Im 5. Jahrhundert v. Chr. lebte der Philosoph.', name: 'before Christ is not given a value' },
    { text: 'Das Jahrhunderthochwasser traf Dresden.' },
  ],
  invalid: [
    { text: 'Im 19. Jahrhundert wuchs Berlin rasant.', expect: [{ text: 'Im 19. Jahrhundert', value: '18' }], exact: true },
    { text: 'Anfang des 20. Jahrhunderts wurde die Brücke gebaut.', expect: [{ value: '19', qualifier: 'early' }] },
    { text: 'Die Herausforderungen im einundzwanzigsten Jahrhundert sind andere.', expect: [{ value: '20' }] },
    { text: 'Seit dem 12. Jahrhundert steht die Burg.', expect: [{ value: '11', relation: 'since' }] },
  ],
});
