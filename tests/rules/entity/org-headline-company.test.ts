import rule from '../../../src/rules/entity/org-headline-company.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Heinisch sollte Job bleiben lassen\n\nDer Minister kritisierte die Schulbehörde.', name: 'a headline subject the report does not call a company (a person)' },
    { text: 'Porr verdoppelte Verluste\n\nDie Zahlen kamen am Mittwoch.', name: 'no company reference in the report' },
    { text: 'Anna Berg verlässt die Firma\n\nDas Unternehmen bestätigte den Abgang.', name: 'a first name opens the headline' },
    { text: 'Brand in Lagerhalle\n\nDas Unternehmen meldete den Schaden.', name: 'a common word opens the headline' },
  ],
  invalid: [
    { text: 'Porr verdoppelte Verluste im ersten Quartal - Aktie dennoch höher\n\nDer Verlust habe sich erhöht, erklärte das Unternehmen am Mittwoch.', expect: [{ name: 'Porr', type: 'ORG' }], exact: true, name: 'a construction group (realnews-l)' },
    { text: 'Strabag 2021 mit kräftigem Gewinnplus\n\nDer Konzern wies einen Gewinn aus.', expect: [{ name: 'Strabag', type: 'ORG' }], exact: true, name: 'a number after the name (realnews-i)' },
    { text: 'Velmora streicht 300 Stellen in Gera\n\nDer Hersteller von Gartenmöbeln begründete das mit der Flaute.', expect: [{ name: 'Velmora', type: 'ORG' }], exact: true, name: 'invented company, other topic: jobs' },
  ],
});
