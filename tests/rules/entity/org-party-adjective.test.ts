import rule from '../../../src/rules/entity/org-party-adjective.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die europäische Linke ist zerstritten. Seine Linke traf den Gegner am Kinn.', name: 'brief (tuning sets): „Linke“ as a common noun — after an adjective or a possessive — is no party' },
    { text: 'Die Grüne Woche beginnt, die Linken Kräfte im Land wachsen.', name: 'party adjectives before a noun are no party' },
    { text: 'Grünen Tee trinkt sie gern.' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Auch Bundesminister Cem Özdemir (58, Grüne) war betroffen.', expect: [{ name: 'Grüne', type: 'ORG' }], exact: true, name: 'realnews-i: the party after an age in brackets' },
    { text: 'Die SPÖ erreichte 21 Prozent, die Grünen 9,8 Prozent. Die Grünen-Chefin trat ab.', expect: [{ name: 'Grüne', type: 'ORG', mentions: [{ text: 'Grünen' }, { text: 'Grünen' }] }], name: 'party adjective after an article and as compound modifier before a role' },
    { text: 'Die Stimmen der Linken reichten nicht.', expect: [{ name: 'Linke', type: 'ORG' }], name: 'after an article, nominative name' },
  ],
});
