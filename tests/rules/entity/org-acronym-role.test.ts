import rule from '../../../src/rules/entity/org-acronym-role.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der TV-Moderator und die Radio-Kommentatorin lachten.', name: 'a medium (no acronym of an organisation) before a media role' },
    { text: 'Der TV-Moderator schwieg, der KI-Experte sprach.', name: 'acronyms that name no organisation' },
    { text: 'Der US-Präsident reiste ab.', name: 'a country acronym' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Der ZDF-Moderator fragte nach, die ARD-Kommentatorin schwieg.', expect: [{ name: 'ZDF', type: 'ORG' }, { name: 'ARD', type: 'ORG' }], exact: true, name: 'realnews-t class („ORF-Moderator“): a broadcaster before a media role (television, invented)' },
    { text: 'CDU-Chef Friedrich Merz und SPD-Generalsekretär Kevin Kühnert stritten, der TV-Moderator schwieg.', expect: [{ name: 'CDU', type: 'ORG' }, { name: 'SPD', type: 'ORG' }], exact: true, name: 'party acronym before a role' },
  ],
});
