import rule from '../../../src/rules/entity/org-company-compound.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Bahn-Aktie ist nicht börsennotiert.', name: 'a common word before the head' },
    { text: 'Die Berlin-Chefin der Partei trat zurück.', name: 'a place before the head' },
    { text: 'Die SPD-Chefin sprach.', name: 'an acronym is org-acronym-role’s' },
    { text: 'Die Müller-Aktie stieg.', name: 'a listed surname' },
    { text: 'Der Scholz-Sprecher wich aus.', name: 'a head that follows persons is not listed' },
  ],
  invalid: [
    { text: 'Die Börse warf die Porsche-Aktie 2001 aus dem Index.', expect: [{ name: 'Porsche', type: 'ORG' }], exact: true, name: 'a listed surname before a share is a company (fresh copy: dlf)' },
    { text: 'Übernahmekampf beflügelt Osram-Aktie', expect: [{ name: 'Osram', type: 'ORG' }], exact: true, name: 'a share (realnews-k headline)' },
    { text: 'Charité-Chef Karl Max Einhäupl gab zu bedenken, dass es schwer wird.', expect: [{ name: 'Charité', type: 'ORG' }], exact: true, name: 'a chief (realnews-k)' },
    { text: 'Die Zalvora-Mitarbeiter streikten am Montag in Gera.', expect: [{ name: 'Zalvora', type: 'ORG' }], exact: true, name: 'invented company, other topic: strike' },
  ],
});
